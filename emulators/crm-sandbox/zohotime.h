// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace crmsandbox {

/*!
 * \brief Zoho's date and date-time text forms (reference/zoho-crm-api.md §3.1):
 * `yyyy-MM-dd` and ISO 8601 with seconds and a numeric offset, no milliseconds.
 */
class ZohoTime
{
public:
    //! Parses `2024-01-15T15:26:49+05:30` (or `Z`); nullopt when malformed or offset-less.
    static std::optional<qint64> parseDateTime(const QString &text);
    static bool isValidDate(const QString &text);
    //! Renders epoch seconds in the org offset, e.g. `2023-10-15T14:20:00+09:00`.
    static QString format(qint64 epochSecs, int utcOffsetSecs);
    static qint64 nowSecs();
    static qint64 nowMsecs();
};

} // namespace crmsandbox
