// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/decodeditem.h"
#include "model/fieldmap.h"
#include "util/result.h"

#include <QByteArray>

namespace crmsync {

/*!
 * \brief Converts between a store's payload and mapped, canonical field values.
 *
 * decode() reads the fields \a map names. encode() writes \a fields into \a original
 * (empty for a new item): a mapped field absent from \a fields is removed from the
 * payload, and everything unmapped in \a original — properties, parameters, groups,
 * alarms, photos, line folding — is kept as it was (ARCHITECTURE.md "Fidelity").
 * A new item gets \a uid as its UID.
 */
class ItemCodec
{
public:
    virtual ~ItemCodec() = default;
    virtual Result<DecodedItem> decode(const QByteArray &raw, const FieldMap &map) const = 0;
    virtual Result<QByteArray> encode(const QJsonObject &fields, const QByteArray &original,
                                      const FieldMap &map, const QString &uid) const = 0;
};

} // namespace crmsync
