// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "icaltime.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <libical/ical.h>

namespace crmsync {

/*!
 * \brief Owns one parsed VCALENDAR and answers what the iCalendar codec needs of it:
 * the master component, its RECURRENCE-ID overrides, time zone resolution and
 * serialisation (reference/protocols.md §5.1).
 */
class ICalDocument
{
public:
    //! Parses \a raw and finds the master of \a kind; \a what names the item in messages.
    static Result<ICalDocument> parse(const QByteArray &raw, icalcomponent_kind kind, const QString &what);
    //! An empty calendar with one \a kind component carrying \a uid and DTSTAMP \a now.
    static ICalDocument create(icalcomponent_kind kind, const QString &uid, const QDateTime &now);

    ICalDocument(ICalDocument &&other) noexcept;
    ICalDocument &operator=(ICalDocument &&other) noexcept;
    ICalDocument(const ICalDocument &) = delete;
    ICalDocument &operator=(const ICalDocument &) = delete;
    ~ICalDocument();

    icalcomponent *calendar() const { return m_calendar; }
    //! The component without RECURRENCE-ID; for an orphan override, the first component.
    icalcomponent *master() const { return m_master; }
    icalcomponent_kind kind() const { return m_kind; }
    //! The components of the same kind that carry a RECURRENCE-ID.
    QList<icalcomponent *> overrides() const;

    //! The zone a TZID names: embedded VTIMEZONE first, then the system's Olson data.
    icaltimezone *zoneForTzid(const QByteArray &tzid) const;
    //! Reads a DATE or DATE-TIME property; an error when its TZID is unknown.
    Result<ICalTime> readTime(icalproperty *prop) const;
    //! Converts a libical time as written (with \a tzid) to UTC.
    Result<ICalTime> interpret(icaltimetype t, const QByteArray &tzid) const;
    //! Adds a VTIMEZONE for every TZID used that has none (RFC 5545 §3.2.19).
    void addMissingTimezones();

    QByteArray serialize() const;

    //! Wall-clock libical time of \a utc as seen in \a zone (null: floating local, UTC zone: "Z").
    static icaltimetype wallTime(const QDateTime &utc, icaltimezone *zone, bool floating);
    static QString text(const char *s) { return s ? QString::fromUtf8(s) : QString(); }

private:
    ICalDocument(icalcomponent *root, icalcomponent *calendar, icalcomponent_kind kind);

    icalcomponent *m_root = nullptr;
    icalcomponent *m_calendar = nullptr;
    icalcomponent *m_master = nullptr;
    icalcomponent_kind m_kind = ICAL_NO_COMPONENT;
    QString m_what;
};

} // namespace crmsync
