// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace crmsync {

/*!
 * \brief Client-side checks on calendar members a server listed: which component an
 * object holds (mixed calendars, docs/dav.md) and whether a recurring series the server
 * matched by time-range really occurs in the range (reference/protocols.md §4.4: expansion
 * is done here with RecurrenceExpander, never by the server's C:expand).
 */
namespace DavItemFilter {

//! The first component of \a raw other than VTIMEZONE ("VEVENT", "VTODO", "VJOURNAL"), or
//! an empty string when there is none.
QString componentOf(const QByteArray &raw);

/*!
 * Whether \a raw has an instance starting on or after \a from within kHorizonYears.
 * Objects without RRULE or RDATE are taken as the server matched them: the profile's own
 * filter (SyncFilter) looks at their start again. A VTODO series without DTSTART always
 * takes part, as SyncFilter lets undated and recurring tasks take part.
 */
bool recurrenceInRange(const QByteArray &raw, const QDateTime &from);

//! How far ahead recurrenceInRange() looks for an instance.
constexpr int kHorizonYears = 10;

} // namespace DavItemFilter
} // namespace crmsync
