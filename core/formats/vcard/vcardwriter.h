// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vcard.h"

#include <QByteArray>
#include <QList>

namespace crmsync {

/*!
 * \brief Writes VCard objects as vCard 3.0 or 4.0 text.
 *
 * A property that still has its original bytes is written as those bytes; any other is
 * serialised in the card's dialect with the card's line ending and folded at 75 octets
 * (RFC 6350 §3.2). Cards built from scratch get CRLF line breaks (RFC 6350 §3.2).
 */
class VCardWriter
{
public:
    static QByteArray write(const QList<VCard> &cards);
    static QByteArray write(const VCard &card);
    //! One property as a folded content line ending with \a eol.
    static QByteArray writeProperty(const VCardProperty &property, VCardVersion version,
                                    const QByteArray &eol = QByteArrayLiteral("\r\n"));
};

} // namespace crmsync
