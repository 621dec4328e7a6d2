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
 *
 * Expansion is bounded (docs/icalendar.md "Limits"): at most
 * ParseLimits::MaxRecurrenceInstances instances across all RRULEs, RDATEs and DTSTART
 * together (a FREQ=SECONDLY rule without an end, or thousands of RDATEs beside a rule,
 * stop there, with a log line), and EXDATEs are looked up in hash sets, never scanned.
 */
class RecurrenceExpander
{
public:
    using Occurrence = QPair<QDateTime, QDateTime>;

    struct Expansion
    {
        //! Instances overlapping the range, sorted by start.
        QList<Occurrence> occurrences;
        //! The series has more instances before the range's end than
        //! ParseLimits::MaxRecurrenceInstances: only the first ones were looked at.
        bool truncated = false;
    };

    //! Instances overlapping [\a from, \a to); empty for unreadable data.
    static Expansion expand(const QByteArray &raw, const QDateTime &from, const QDateTime &to);
    //! Instances overlapping [\a from, \a to), sorted by start; empty for unreadable data.
    static QList<Occurrence> occurrences(const QByteArray &raw, const QDateTime &from, const QDateTime &to);
    /*!
     * Whether any instance overlaps [\a from, \a to). A series cut off by the instance
     * limit before it reached the range counts as occurring: an item is kept in the sync
     * rather than dropped on a guess.
     */
    static bool occursBetween(const QByteArray &raw, const QDateTime &from, const QDateTime &to);
};

} // namespace crmsync
