// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>

namespace crmsync {

/*!
 * \brief The times an event of the offline copy takes place on one day, recurring ones
 * included.
 *
 * Works on canonical Events fields (Start_DateTime, End_DateTime, All_day,
 * Recurring_Activity: an RRULE without DTSTART, docs/field-mapping.md). The rule is
 * expanded by RecurrenceExpander from the stored start in UTC: the base keeps no TZID, so
 * a timed weekly event crossing a daylight-saving change shows one hour off on the far
 * side of it. All-day events are dates (00:00 UTC of the wall date, exclusive end) and
 * are matched by date, whatever the zone.
 */
class EventOccurrences
{
public:
    struct Occurrence
    {
        QDateTime start;
        QDateTime end;
    };
    //! Occurrences overlapping \a day in \a zone, sorted by start.
    static QList<Occurrence> onDay(const QJsonObject &fields, const QDate &day, const QTimeZone &zone);
    //! Zoho writes UNTIL as yyyy-MM-dd (reference/zoho-crm-api.md §3.2); RFC 5545 wants
    //! yyyyMMdd. Returns \a rule in the RFC spelling.
    static QString rfcRule(const QString &rule);
};

} // namespace crmsync
