// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>

#include <libical/ical.h>

namespace crmsync {

/*!
 * \brief A time read from an iCalendar property, with how it was written so that a
 * rewrite can keep the same form (ARCHITECTURE.md "Fidelity": keep the original TZID).
 */
struct ICalTime
{
    //! The instant in UTC; for a DATE value the date at 00:00 UTC (docs/icalendar.md).
    QDateTime utc;
    //! The wall-clock date as written (in its TZID, UTC or floating).
    QDate wallDate;
    bool isDate = false;
    //! Neither TZID nor "Z" (RFC 5545 §3.3.5 form #1).
    bool floating = false;
    //! The TZID parameter as written; empty for UTC, floating and DATE values.
    QByteArray tzid;
    icaltimezone *zone = nullptr;
    //! The raw libical value (wall-clock fields).
    icaltimetype raw = icaltime_null_time();

    bool isValid() const { return utc.isValid(); }
};

} // namespace crmsync
