// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vcard.h"

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace crmsync {

/*!
 * \brief Reads vCard 2.1, 3.0 and 4.0 text into VCard objects without losing anything.
 *
 * Lenient where real exporters are sloppy (a missing VERSION, a missing BEGIN or END,
 * bare LF line endings, vCard 2.1 base64 lines without leading white space), strict where
 * guessing would corrupt data: a line that is not a property, END without BEGIN, broken
 * quoted-printable or an unknown CHARSET give an Error of category Data naming the source
 * and line.
 */
class VCardParser
{
public:
    //! All cards in \a data; \a sourceName (a file name or URL) appears in error messages.
    static Result<QList<VCard>> parse(const QByteArray &data, const QString &sourceName);
};

} // namespace crmsync
