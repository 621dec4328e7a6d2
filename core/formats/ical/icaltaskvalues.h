// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <libical/ical.h>

namespace crmsync {

/*!
 * \brief VTODO STATUS and PRIORITY ⇄ Zoho Tasks picklist values
 * (reference/zoho-crm-api.md §3.2 "Tasks"; the tables are in docs/icalendar.md).
 */
namespace ICalTaskValues {

//! NEEDS-ACTION→"Not Started", IN-PROCESS→"In Progress", COMPLETED→"Completed",
//! CANCELLED→"Deferred"; empty for none.
QString statusToCrm(icalproperty_status status);
//! The STATUS for a Zoho value; \a exact is false when the value has no iCalendar
//! twin (then IN-PROCESS, and the codec keeps the text in X-CRMSYNC-STATUS).
icalproperty_status statusFromCrm(const QString &value, bool *exact);

//! 1–2 "Highest", 3–4 "High", 5 and 0 (undefined) "Normal", 6–7 "Low", 8–9 "Lowest".
QString priorityToCrm(int priority);
//! "Highest" 1, "High" 3, "Normal" 5, "Low" 7, "Lowest" 9; 0 when unknown (case-insensitive).
int priorityFromCrm(const QString &value);

} // namespace ICalTaskValues
} // namespace crmsync
