// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalfieldwriter.h"

#include "formats/canonicalvalue.h"
#include "icalfieldreader.h"
#include "icaltaskvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

namespace crmsync {

namespace {

QDateTime midnightUtc(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), Qt::UTC);
}

icalproperty *firstOrNew(icalcomponent *comp, icalproperty_kind kind)
{
    if (icalproperty *p = icalcomponent_get_first_property(comp, kind))
        return p;
    icalproperty *p = icalproperty_new(kind);
    icalcomponent_add_property(comp, p);
    return p;
}

void removeAll(icalcomponent *comp, icalproperty_kind kind)
{
    while (icalproperty *p = icalcomponent_get_first_property(comp, kind)) {
        icalcomponent_remove_property(comp, p);
        icalproperty_free(p);
    }
}

} // namespace

Error ICalFieldWriter::invalidValue(const QString &path, const QJsonValue &value) const
{
    const QString shown = value.isString()
        ? value.toString()
        : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    const QString uid = ICalFieldReader(m_doc).uid();
    return Error::make(Error::Category::Data,
                       QCoreApplication::translate("ICalCodec", "Cannot write \"%1\" into %2 of item %3: not a valid value.")
                           .arg(shown, path, uid));
}

void ICalFieldWriter::setTime(icalproperty_kind kind, const QDateTime &utc, bool asDate, const ICalTime &like)
{
    m_changed = true;
    icalproperty *p = firstOrNew(m_doc.master(), kind);
    // The value type is decided anew; libical writes VALUE=DATE itself when needed.
    icalproperty_remove_parameter_by_kind(p, ICAL_VALUE_PARAMETER);
    if (asDate) {
        icaltimetype t = icaltime_null_time();
        const QDate d = utc.toUTC().date();
        t.year = d.year();
        t.month = d.month();
        t.day = d.day();
        t.is_date = 1;
        icalproperty_remove_parameter_by_kind(p, ICAL_TZID_PARAMETER);
        icalproperty_set_value(p, icalvalue_new_date(t));
        return;
    }
    // Keep the form the item used: its TZID (wall time there), floating, or UTC
    // (ARCHITECTURE.md "Fidelity"); a DATE or a new property becomes UTC.
    const bool keepZone = like.isValid() && !like.isDate && like.zone;
    const bool floating = like.isValid() && !like.isDate && like.floating;
    if (keepZone)
        icalproperty_set_parameter_from_string(p, "TZID", like.tzid.constData());
    else
        icalproperty_remove_parameter_by_kind(p, ICAL_TZID_PARAMETER);
    icaltimetype t = ICalDocument::wallTime(utc, keepZone ? like.zone : nullptr, floating);
    if (keepZone)
        t.zone = nullptr; // "TZID=UTC" exists in the wild; a TZID'd value must not end in Z (RFC 5545 §3.3.5)
    icalproperty_set_value(p, icalvalue_new_datetime(t));
}

Status ICalFieldWriter::writeTimes(const std::optional<QJsonValue> &allDay, const std::optional<QJsonValue> &start,
                                   const std::optional<QJsonValue> &end)
{
    const ICalFieldReader reader(m_doc);
    const Result<ICalTime> curStart = reader.start();
    if (!curStart)
        return curStart.error();
    const Result<QDateTime> curEnd = reader.end();
    if (!curEnd)
        return curEnd.error();
    const bool event = m_doc.kind() == ICAL_VEVENT_COMPONENT;

    const bool curAllDay = curStart->isValid() && curStart->isDate;
    const bool wantAllDay = allDay && allDay->isBool() ? allDay->toBool() : curAllDay;
    QDateTime wantStart = curStart->utc;
    if (start && !CanonicalValue::isEmpty(*start)) {
        wantStart = CanonicalValue::parseDateTime(start->toString());
        if (!wantStart.isValid())
            return invalidValue(QStringLiteral("DTSTART"), *start);
    }
    QDateTime wantEnd = *curEnd;
    if (end) {
        wantEnd = CanonicalValue::isEmpty(*end) ? QDateTime() : CanonicalValue::parseDateTime(end->toString());
        if (!CanonicalValue::isEmpty(*end) && !wantEnd.isValid())
            return invalidValue(QStringLiteral("DTEND"), *end);
    }
    const bool toggled = curStart->isValid() && wantAllDay != curAllDay;

    if (wantStart.isValid()) {
        const QDateTime written = wantAllDay ? midnightUtc(wantStart.toUTC().date()) : wantStart;
        if (toggled || !curStart->isValid() || written != curStart->utc) {
            setTime(ICAL_DTSTART_PROPERTY, written, wantAllDay, *curStart);
            m_schedulingChanged = true;
        }
    }
    if (!event)
        return success();

    icalcomponent *m = m_doc.master();
    icalproperty *dtend = icalcomponent_get_first_property(m, ICAL_DTEND_PROPERTY);
    if (!wantEnd.isValid()) {
        if (dtend || icalcomponent_get_first_property(m, ICAL_DURATION_PROPERTY)) {
            removeAll(m, ICAL_DTEND_PROPERTY);
            removeAll(m, ICAL_DURATION_PROPERTY);
            m_schedulingChanged = true;
            m_changed = true;
        }
        return success();
    }
    QDateTime written = wantEnd;
    if (wantAllDay) {
        // DTEND of an all-day event is the exclusive next date (RFC 5545 §3.6.1); an end
        // given inside a day (Zoho's 23:59) closes that day.
        const QDateTime u = wantEnd.toUTC();
        QDate d = u.time() == QTime(0, 0) ? u.date() : u.date().addDays(1);
        const QDate startDate = wantStart.toUTC().date();
        if (d <= startDate)
            d = startDate.addDays(1);
        written = midnightUtc(d);
    }
    if (toggled || written != *curEnd) {
        ICalTime like;
        if (dtend) {
            const Result<ICalTime> t = m_doc.readTime(dtend);
            if (t)
                like = *t;
        } else {
            like = *curStart; // the end follows the start's zone when it had none of its own
        }
        if (like.isDate) // an event turning timed: take the start's form
            like = ICalTime{};
        removeAll(m, ICAL_DURATION_PROPERTY); // DTEND and DURATION exclude each other
        setTime(ICAL_DTEND_PROPERTY, written, wantAllDay, like);
        m_schedulingChanged = true;
    }
    return success();
}

Status ICalFieldWriter::write(const QString &path, const QJsonValue &value)
{
    const QString p = path.trimmed().toUpper();
    const bool todo = m_doc.kind() == ICAL_VTODO_COMPONENT;
    m_changed = true;
    if (p == QLatin1String("DUE"))
        return writeDue(value);
    if (p == QLatin1String("VALARM"))
        return writeAlarm(value);
    if (p == QLatin1String("RRULE"))
        return writeRule(value);
    if (p == QLatin1String("ATTENDEE")) {
        writeAttendees(value);
    } else if (p == QLatin1String("CATEGORIES")) {
        writeCategories(value);
    } else if (todo && p == QLatin1String("STATUS")) {
        writeTaskStatus(value);
    } else if (todo && p == QLatin1String("PRIORITY")) {
        writeTaskPriority(value);
    } else {
        if (!value.isString() && !CanonicalValue::isEmpty(value))
            return invalidValue(p, value);
        writeText(p.toUtf8(), value.toString());
        if (p == QLatin1String("SUMMARY") || p == QLatin1String("LOCATION"))
            m_schedulingChanged = true;
    }
    return success();
}

Status ICalFieldWriter::writeDue(const QJsonValue &value)
{
    icalcomponent *m = m_doc.master();
    if (CanonicalValue::isEmpty(value)) {
        removeAll(m, ICAL_DUE_PROPERTY);
        return success();
    }
    const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
    if (!d.isValid())
        return invalidValue(QStringLiteral("DUE"), value);
    removeAll(m, ICAL_DURATION_PROPERTY); // DUE and DURATION exclude each other (RFC 5545 §3.6.2)
    icalproperty *due = icalcomponent_get_first_property(m, ICAL_DUE_PROPERTY);
    const Result<ICalTime> cur = due ? m_doc.readTime(due) : Result<ICalTime>(ICalTime{});
    if (cur && cur->isValid() && !cur->isDate) {
        // A due time of day stays as written (with its TZID); only the date moves.
        icaltimetype t = cur->raw;
        t.year = d.year();
        t.month = d.month();
        t.day = d.day();
        icalproperty_set_value(due, icalvalue_new_datetime(t));
        return success();
    }
    setTime(ICAL_DUE_PROPERTY, midnightUtc(d), true, ICalTime{});
    return success();
}

Status ICalFieldWriter::writeAlarm(const QJsonValue &value)
{
    icalcomponent *m = m_doc.master();
    icalcomponent *alarm = ICalFieldReader::firstAlarm(m);
    if (CanonicalValue::isEmpty(value)) {
        if (alarm) {
            icalcomponent_remove_component(m, alarm);
            icalcomponent_free(alarm);
        }
        return success();
    }
    const QDateTime instant = CanonicalValue::parseDateTime(value.toString());
    if (!instant.isValid())
        return invalidValue(QStringLiteral("VALARM"), value);

    const ICalFieldReader reader(m_doc);
    icalproperty *trigger = alarm ? icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY) : nullptr;
    const Result<ICalTime> start = reader.start();
    // A new reminder on a timed event is written relative to DTSTART, as calendar clients
    // do, so that it moves with the event (docs/icalendar.md "Reminders").
    bool relative = m_doc.kind() == ICAL_VEVENT_COMPONENT && start && start->isValid() && !start->isDate;
    bool fromEnd = false;
    if (trigger) {
        relative = icaltime_is_null_time(icalproperty_get_trigger(trigger).time);
        icalparameter *rel = icalproperty_get_first_parameter(trigger, ICAL_RELATED_PARAMETER);
        fromEnd = rel && icalparameter_get_related(rel) == ICAL_RELATED_END;
    }
    QDateTime anchor;
    if (relative && !fromEnd)
        anchor = start && start->isValid() ? start->utc : QDateTime();
    if (relative && (fromEnd || !anchor.isValid()) && (fromEnd || m_doc.kind() == ICAL_VTODO_COMPONENT)) {
        const Result<QDateTime> e = reader.end();
        anchor = e ? *e : QDateTime();
    }
    if (!alarm) {
        alarm = icalcomponent_new(ICAL_VALARM_COMPONENT);
        icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
        // A DISPLAY alarm must carry DESCRIPTION (RFC 5545 §3.6.6).
        const QString summary = ICalFieldReader(m_doc).read(QStringLiteral("SUMMARY")).value().toString();
        const QString text = summary.isEmpty() ? QCoreApplication::translate("ICalCodec", "Reminder") : summary;
        icalcomponent_add_property(alarm, icalproperty_new_description(text.toUtf8().constData()));
        trigger = icalproperty_new(ICAL_TRIGGER_PROPERTY);
        icalcomponent_add_property(alarm, trigger);
        icalcomponent_add_component(m, alarm);
    }
    icaltriggertype t;
    if (anchor.isValid()) {
        t.time = icaltime_null_time();
        t.duration = icaldurationtype_from_int(int(anchor.secsTo(instant)));
    } else {
        icalproperty_remove_parameter_by_kind(trigger, ICAL_RELATED_PARAMETER);
        t.time = ICalDocument::wallTime(instant, icaltimezone_get_utc_timezone(), false);
        t.duration = icaldurationtype_null_duration();
    }
    icalproperty_remove_parameter_by_kind(trigger, ICAL_VALUE_PARAMETER);
    icalproperty_set_trigger(trigger, t);
    return success();
}

Status ICalFieldWriter::writeRule(const QJsonValue &value)
{
    icalcomponent *m = m_doc.master();
    if (CanonicalValue::isEmpty(value)) {
        // EXDATE and overrides stay: harmless without a rule, and kept if it returns.
        removeFirst("RRULE");
        return success();
    }
    const icalrecurrencetype rule = icalrecurrencetype_from_string(value.toString().toUtf8().constData());
    if (rule.freq == ICAL_NO_RECURRENCE)
        return invalidValue(QStringLiteral("RRULE"), value);
    icalproperty_set_rrule(firstOrNew(m, ICAL_RRULE_PROPERTY), rule);
    return success();
}

void ICalFieldWriter::writeAttendees(const QJsonValue &value)
{
    icalcomponent *m = m_doc.master();
    QSet<QString> wanted;
    for (const QJsonValue &v : value.toArray())
        wanted.insert(v.toString().trimmed().toLower());
    wanted.remove(QString());
    QList<icalproperty *> drop;
    for (icalproperty *p = icalcomponent_get_first_property(m, ICAL_ATTENDEE_PROPERTY); p;
         p = icalcomponent_get_next_property(m, ICAL_ATTENDEE_PROPERTY)) {
        const QString a = ICalFieldReader::mailtoAddress(icalproperty_get_attendee(p));
        if (a.isEmpty()) // not an e-mail attendee: outside what we map
            continue;
        if (!wanted.remove(a))
            drop << p;
    }
    for (icalproperty *p : std::as_const(drop)) {
        icalcomponent_remove_property(m, p);
        icalproperty_free(p);
    }
    QStringList added(wanted.begin(), wanted.end());
    added.sort();
    for (const QString &a : std::as_const(added)) {
        icalproperty *p = icalproperty_new_attendee(("mailto:" + a).toUtf8().constData());
        icalproperty_add_parameter(p, icalparameter_new_role(ICAL_ROLE_REQPARTICIPANT));
        icalproperty_add_parameter(p, icalparameter_new_partstat(ICAL_PARTSTAT_NEEDSACTION));
        icalcomponent_add_property(m, p);
    }
}

void ICalFieldWriter::writeCategories(const QJsonValue &value)
{
    icalcomponent *m = m_doc.master();
    removeAll(m, ICAL_CATEGORIES_PROPERTY);
    const QStringList parts = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &c : parts) {
        if (!c.trimmed().isEmpty())
            icalcomponent_add_property(m, icalproperty_new_categories(c.trimmed().toUtf8().constData()));
    }
}

void ICalFieldWriter::writeTaskStatus(const QJsonValue &value)
{
    icalcomponent *m = m_doc.master();
    removeFirst("X-CRMSYNC-STATUS");
    if (CanonicalValue::isEmpty(value)) {
        removeAll(m, ICAL_STATUS_PROPERTY);
        return;
    }
    bool exact = true;
    const icalproperty_status st = ICalTaskValues::statusFromCrm(value.toString(), &exact);
    icalproperty_set_status(firstOrNew(m, ICAL_STATUS_PROPERTY), st);
    if (!exact)
        writeText("X-CRMSYNC-STATUS", value.toString());
    // COMPLETED tells clients when a task was done (RFC 5545 §3.8.2.1).
    icalproperty *completed = icalcomponent_get_first_property(m, ICAL_COMPLETED_PROPERTY);
    if (st == ICAL_STATUS_COMPLETED && !completed)
        icalcomponent_add_property(m, icalproperty_new_completed(ICalDocument::wallTime(m_now, icaltimezone_get_utc_timezone(), false)));
    else if (st != ICAL_STATUS_COMPLETED && completed)
        removeAll(m, ICAL_COMPLETED_PROPERTY);
}

void ICalFieldWriter::writeTaskPriority(const QJsonValue &value)
{
    icalcomponent *m = m_doc.master();
    removeFirst("X-CRMSYNC-PRIORITY");
    removeAll(m, ICAL_PRIORITY_PROPERTY);
    if (CanonicalValue::isEmpty(value))
        return;
    const int prio = ICalTaskValues::priorityFromCrm(value.toString());
    if (prio > 0)
        icalcomponent_add_property(m, icalproperty_new_priority(prio));
    else
        writeText("X-CRMSYNC-PRIORITY", value.toString());
}

void ICalFieldWriter::writeText(const QByteArray &name, const QString &value)
{
    icalcomponent *m = m_doc.master();
    if (value.isEmpty()) {
        removeFirst(name);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    icalproperty *p = ICalFieldReader::findProperty(m, name);
    const icalproperty_kind kind = icalproperty_string_to_kind(name.constData());
    if (!p) {
        if (kind == ICAL_X_PROPERTY || kind == ICAL_NO_PROPERTY) {
            p = icalproperty_new_x(utf8.constData());
            icalproperty_set_x_name(p, name.constData());
            icalcomponent_add_property(m, p);
            return;
        }
        p = icalproperty_new(kind);
        icalcomponent_add_property(m, p);
    }
    icalvalue *old = icalproperty_get_value(p);
    const icalvalue_kind vk = old ? icalvalue_isa(old) : icalproperty_kind_to_value_kind(kind);
    if (vk == ICAL_TEXT_VALUE)
        icalproperty_set_value(p, icalvalue_new_text(utf8.constData()));
    else if (vk == ICAL_X_VALUE || kind == ICAL_X_PROPERTY)
        icalproperty_set_value(p, icalvalue_new_x(utf8.constData()));
    else
        icalproperty_set_value_from_string(p, utf8.constData(), icalvalue_kind_to_string(vk));
}

void ICalFieldWriter::removeFirst(const QByteArray &name)
{
    if (icalproperty *p = ICalFieldReader::findProperty(m_doc.master(), name)) {
        icalcomponent_remove_property(m_doc.master(), p);
        icalproperty_free(p);
    }
}

} // namespace crmsync
