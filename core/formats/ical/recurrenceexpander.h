// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

namespace crmsync {

/*!
 * \brief Client-side expansion of a recurring VEVENT/VTODO into its instances, for the
 * events date-range filter.
 *
 * The set is DTSTART plus RRULE and RDATE, minus EXDATE, with RECURRENCE-ID overrides
 * applied (moved or cancelled instances). libical's icalcomponent_foreach_recurrence does
 * not apply overrides (reference/protocols.md §5.1), and servers' C:expand is not to be
 * trusted (§4.4), hence this class. Times are UTC; all-day dates start at 00:00 UTC as in
 * ICalCodec (docs/icalendar.md).
 */
class RecurrenceExpander
{
public:
    using Occurrence = QPair<QDateTime, QDateTime>;

    //! Instances overlapping [\a from, \a to), sorted by start; empty for unreadable data.
    static QList<Occurrence> occurrences(const QByteArray &raw, const QDateTime &from, const QDateTime &to);
    //! Whether any instance overlaps [\a from, \a to).
    static bool occursBetween(const QByteArray &raw, const QDateTime &from, const QDateTime &to);

    //! Guard against rules such as FREQ=SECONDLY without an end.
    static constexpr int MaxInstances = 100000;
};

} // namespace crmsync
