// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "icaldocument.h"

#include <QJsonValue>
#include <QStringList>

namespace crmsync {

/*!
 * \brief Reads the remote paths of the field map (core/model/fieldmapping.h) from the
 * master component of an ICalDocument, in canonical form (formats/canonicalvalue.h).
 *
 * The value conversions are listed in docs/icalendar.md.
 */
class ICalFieldReader
{
public:
    explicit ICalFieldReader(const ICalDocument &doc) : m_doc(doc), m_comp(doc.master()) {}
    //! Reads \a component (an override) instead of the master.
    ICalFieldReader(const ICalDocument &doc, icalcomponent *component) : m_doc(doc), m_comp(component) {}

    //! The canonical value of \a path; a null QJsonValue when the item has none.
    Result<QJsonValue> read(const QString &path) const;

    //! DTSTART; an invalid ICalTime when there is none.
    Result<ICalTime> start() const;
    //! VEVENT: DTEND, else DTSTART+DURATION, else DTSTART+1 day for a DATE, else DTSTART
    //! (RFC 5545 §3.6.1). VTODO: DUE, else DTSTART+DURATION (§3.6.2).
    Result<QDateTime> end() const;
    //! The instant of the first DISPLAY/AUDIO alarm's trigger; invalid when there is none.
    Result<QDateTime> alarmInstant() const;

    QString uid() const;
    bool isPrivate() const;
    QStringList categories() const;
    //! Lower-case addresses of the mailto: attendees, sorted, without duplicates.
    QStringList attendees() const;

    //! The first VALARM whose ACTION is DISPLAY or AUDIO (EMAIL alarms are not reminders).
    static icalcomponent *firstAlarm(icalcomponent *comp);
    //! The e-mail address in a mailto: cal-address, lower-case; empty for other URIs.
    static QString mailtoAddress(const char *calAddress);
    //! The text of a property's value, unescaped (TEXT and X values).
    static QString propertyText(icalproperty *prop);
    //! The first property called \a name (also X- names); null when absent.
    static icalproperty *findProperty(icalcomponent *comp, const QByteArray &name);

private:
    Result<QDateTime> plusDuration(const ICalTime &from, icalproperty *duration) const;
    QJsonValue taskStatus() const;
    QJsonValue taskPriority() const;

    const ICalDocument &m_doc;
    icalcomponent *m_comp;
};

} // namespace crmsync
