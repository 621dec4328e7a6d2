// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "icaldocument.h"

#include <QJsonValue>

#include <optional>

namespace crmsync {

/*!
 * \brief Writes canonical field values into the master component of an ICalDocument,
 * touching only the property a path names and keeping its parameters (TZID, LANGUAGE,
 * ATTENDEE's PARTSTAT …) — the patching half of ICalCodec (ARCHITECTURE.md "Fidelity").
 *
 * The caller writes a path only when its value changed; an empty value removes it.
 */
class ICalFieldWriter
{
public:
    ICalFieldWriter(ICalDocument &doc, const QDateTime &now) : m_doc(doc), m_now(now) {}

    //! ALLDAY, DTSTART and DTEND depend on each other (value types must match,
    //! RFC 5545 §3.8.2.2), so they are written together; nullopt = not mapped.
    Status writeTimes(const std::optional<QJsonValue> &allDay, const std::optional<QJsonValue> &start,
                      const std::optional<QJsonValue> &end);
    //! Any other path: text, DUE, STATUS, PRIORITY, VALARM, RRULE, ATTENDEE, CATEGORIES, X-…
    Status write(const QString &path, const QJsonValue &value);

    //! Whether SUMMARY, DTSTART, DTEND or LOCATION was rewritten (SEQUENCE matters,
    //! reference/protocols.md §4.5).
    bool schedulingChanged() const { return m_schedulingChanged; }
    //! Whether anything was written at all.
    bool changed() const { return m_changed; }

private:
    void setTime(icalproperty_kind kind, const QDateTime &utc, bool asDate, const ICalTime &like);
    Status writeDue(const QJsonValue &value);
    Status writeAlarm(const QJsonValue &value);
    Status writeRule(const QJsonValue &value);
    void writeAttendees(const QJsonValue &value);
    void writeCategories(const QJsonValue &value);
    void writeTaskStatus(const QJsonValue &value);
    void writeTaskPriority(const QJsonValue &value);
    void writeText(const QByteArray &name, const QString &value);
    void removeFirst(const QByteArray &name);
    Error invalidValue(const QString &path, const QJsonValue &value) const;

    ICalDocument &m_doc;
    QDateTime m_now;
    bool m_schedulingChanged = false;
    bool m_changed = false;
};

} // namespace crmsync
