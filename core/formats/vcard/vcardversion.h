// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace crmsync {

/*!
 * \brief The vCard dialect a card or property is written in. It decides escaping
 * (2.1 knows only "\;", vCard 2.1 spec §2.1.3; 3.0/4.0 use RFC 6350 §3.4) and date syntax.
 */
enum class VCardVersion { V21, V30, V40 };

namespace VCardVersions {

//! "2.1", "3.0", "4.0"; anything else (or a missing VERSION) reads as 3.0, the CardDAV baseline
//! (RFC 6352 §5.1).
inline VCardVersion fromString(const QString &text)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("2.1"))
        return VCardVersion::V21;
    if (t == QLatin1String("4.0"))
        return VCardVersion::V40;
    return VCardVersion::V30;
}

inline QString toString(VCardVersion v)
{
    switch (v) {
    case VCardVersion::V21: return QStringLiteral("2.1");
    case VCardVersion::V30: return QStringLiteral("3.0");
    case VCardVersion::V40: return QStringLiteral("4.0");
    }
    return QStringLiteral("3.0");
}

} // namespace VCardVersions
} // namespace crmsync
