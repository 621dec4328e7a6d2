// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vcard.h"
#include "vcardpath.h"

#include <QString>

namespace crmsync {

/*!
 * \brief Reads and writes one mapped value in a VCard, in canonical form
 * (formats/canonicalvalue.h): text with "\n" line breaks, dates as yyyy-MM-dd.
 */
class VCardFieldAccess
{
public:
    //! The value \a path selects, or an empty string when the card has none.
    static QString read(const VCard &card, const VCardPath &path);
    /*!
     * Sets the value \a path selects; an empty \a value removes it (a component is blanked,
     * and the property goes when all its components are empty). A missing property is
     * created with the path's TYPE and appended before END:VCARD. Only the property touched
     * loses its original bytes. The card must not be vCard 2.1 (see VCard::convertToVersion30).
     */
    static void write(VCard &card, const VCardPath &path, const QString &value);

    //! Index of the first property \a path selects, or -1.
    static int find(const VCard &card, const VCardPath &path);
    //! yyyy-MM-dd from 1980-01-15, 19800115 or a date-time; empty for "--0115" and text.
    static QString canonicalDate(const QString &value);
};

} // namespace crmsync
