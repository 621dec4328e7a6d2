// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/itemcodec.h"

namespace crmsync {

class VCard;

/*!
 * \brief ItemCodec for Contacts, Leads and Vendors stored as vCards (docs/vcard.md).
 *
 * decode() reads the first card of the payload through the map's remote paths (VCardPath).
 * encode() patches the original: only properties whose canonical value changed are
 * rewritten, so an unchanged card comes back byte for byte, and a changed one keeps its
 * unmapped properties, groups, photos and folding. New cards are vCard 3.0, the version
 * every CardDAV server takes (RFC 6352 §5.1; reference/protocols.md §4.3).
 */
class VCardCodec : public ItemCodec
{
public:
    Result<DecodedItem> decode(const QByteArray &raw, const FieldMap &map) const override;
    Result<QByteArray> encode(const QJsonObject &fields, const QByteArray &original,
                              const FieldMap &map, const QString &uid) const override;

    //! The name a card shows under: "given family", "familygiven" for CJK family names,
    //! else the organisation, else the first email.
    static QString displayName(const VCard &card);
    //! True when \a text holds Han, kana or Hangul characters.
    static bool containsCjk(const QString &text);
};

} // namespace crmsync
