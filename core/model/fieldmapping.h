// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace crmsync {

/*!
 * \brief One CRM field paired with one property of the other side's format.
 *
 * remote uses a small path language shared by the codecs (docs/field-mapping.md):
 * vCard "N.family", "EMAIL;TYPE=work", "ADR;TYPE=work.locality", "ORG.name", "X-FOO";
 * iCalendar "SUMMARY", "DTSTART", "DTEND", "ALLDAY", "VALARM", "ATTENDEE", "X-FOO".
 */
struct FieldMapping
{
    QString crm;
    QString remote;

    bool operator==(const FieldMapping &o) const { return crm == o.crm && remote == o.remote; }
};

} // namespace crmsync
