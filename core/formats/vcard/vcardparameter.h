// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace crmsync {

/*!
 * \brief One parameter of a vCard property, in the order it was written.
 *
 * "TYPE=work,voice" is one parameter with two values; "TYPE=work;TYPE=voice" is two
 * parameters (RFC 6350 §5: both spellings mean the same). A vCard 2.1 bare parameter
 * ("TEL;WORK;VOICE:") is stored as name TYPE (or ENCODING/CHARSET for the encoding
 * words) with \c bare set, so lookups treat both dialects alike.
 */
struct VCardParameter
{
    QString name;
    QStringList values;
    bool bare = false;

    bool is(QStringView other) const { return name.compare(other, Qt::CaseInsensitive) == 0; }
    bool operator==(const VCardParameter &o) const
    {
        return name == o.name && values == o.values && bare == o.bare;
    }
};

} // namespace crmsync
