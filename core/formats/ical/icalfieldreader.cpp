// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalfieldreader.h"

#include "formats/canonicalvalue.h"
#include "icaltaskvalues.h"

#include <QJsonArray>

namespace crmsync {

namespace {

QString ruleText(const icalrecurrencetype &rule)
{
    char *s = icalrecurrencetype_as_string_r(const_cast<icalrecurrencetype *>(&rule));
    const QString out = ICalDocument::text(s);
    icalmemory_free_buffer(s);
    return out;
}

} // namespace

icalproperty *ICalFieldReader::findProperty(icalcomponent *comp, const QByteArray &name)
{
    const icalproperty_kind kind = icalproperty_string_to_kind(name.constData());
    const bool named = kind == ICAL_X_PROPERTY || kind == ICAL_NO_PROPERTY;
    for (icalproperty *p = icalcomponent_get_first_property(comp, named ? ICAL_ANY_PROPERTY : kind); p;
         p = icalcomponent_get_next_property(comp, named ? ICAL_ANY_PROPERTY : kind)) {
        if (!named || qstricmp(icalproperty_get_property_name(p), name.constData()) == 0)
            return p;
    }
    return nullptr;
}

QString ICalFieldReader::propertyText(icalproperty *prop)
{
    icalvalue *v = icalproperty_get_value(prop);
    if (!v)
        return {};
    switch (icalvalue_isa(v)) {
    case ICAL_TEXT_VALUE: return ICalDocument::text(icalvalue_get_text(v));
    case ICAL_X_VALUE: return ICalDocument::text(icalvalue_get_x(v));
    default: return ICalDocument::text(icalproperty_get_value_as_string(prop));
    }
}

QString ICalFieldReader::mailtoAddress(const char *calAddress)
{
    const QString a = ICalDocument::text(calAddress).trimmed();
    if (!a.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        return {};
    return a.mid(7).trimmed().toLower();
}

icalcomponent *ICalFieldReader::firstAlarm(icalcomponent *comp)
{
    for (icalcomponent *a = icalcomponent_get_first_component(comp, ICAL_VALARM_COMPONENT); a;
         a = icalcomponent_get_next_component(comp, ICAL_VALARM_COMPONENT)) {
        icalproperty *action = icalcomponent_get_first_property(a, ICAL_ACTION_PROPERTY);
        const icalproperty_action act = action ? icalproperty_get_action(action) : ICAL_ACTION_NONE;
        if (act == ICAL_ACTION_DISPLAY || act == ICAL_ACTION_AUDIO)
            return a;
    }
    return nullptr;
}

Result<ICalTime> ICalFieldReader::start() const
{
    icalproperty *p = icalcomponent_get_first_property(m_comp, ICAL_DTSTART_PROPERTY);
    return p ? m_doc.readTime(p) : Result<ICalTime>(ICalTime{});
}

Result<QDateTime> ICalFieldReader::plusDuration(const ICalTime &from, icalproperty *duration) const
{
    const icaldurationtype d = icalproperty_get_duration(duration);
    // Days and weeks are nominal (RFC 5545 §3.3.6): add them to the wall-clock time, so a
    // one-day event across a DST change still ends at the same clock time.
    const Result<ICalTime> t = m_doc.interpret(icaltime_add(from.raw, d), from.tzid);
    if (!t)
        return t.error();
    return t->utc;
}

Result<QDateTime> ICalFieldReader::end() const
{
    icalcomponent *m = m_comp;
    const bool todo = m_doc.kind() == ICAL_VTODO_COMPONENT;
    if (icalproperty *p = icalcomponent_get_first_property(m, todo ? ICAL_DUE_PROPERTY : ICAL_DTEND_PROPERTY)) {
        Result<ICalTime> t = m_doc.readTime(p);
        if (!t)
            return t.error();
        return t->utc;
    }
    const Result<ICalTime> s = start();
    if (!s)
        return s.error();
    if (!s->isValid())
        return QDateTime();
    if (icalproperty *dur = icalcomponent_get_first_property(m, ICAL_DURATION_PROPERTY))
        return plusDuration(*s, dur);
    if (todo)
        return QDateTime();
    return s->isDate ? s->utc.addDays(1) : s->utc;
}

Result<QDateTime> ICalFieldReader::alarmInstant() const
{
    icalcomponent *alarm = firstAlarm(m_comp);
    icalproperty *trigger = alarm ? icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY) : nullptr;
    if (!trigger)
        return QDateTime();
    const icaltriggertype t = icalproperty_get_trigger(trigger);
    if (!icaltime_is_null_time(t.time)) {
        // An absolute trigger must be UTC (RFC 5545 §3.8.6.3); read it as written anyway.
        Result<ICalTime> abs = m_doc.interpret(t.time, QByteArray(icalproperty_get_parameter_as_string(trigger, "TZID")));
        if (!abs)
            return abs.error();
        return abs->utc;
    }
    icalparameter *rel = icalproperty_get_first_parameter(trigger, ICAL_RELATED_PARAMETER);
    const bool fromEnd = rel && icalparameter_get_related(rel) == ICAL_RELATED_END;
    QDateTime anchor;
    if (!fromEnd) {
        const Result<ICalTime> s = start();
        if (!s)
            return s.error();
        anchor = s->isValid() ? s->utc : QDateTime();
    }
    // RELATED=END, or a VTODO without DTSTART: measure from the end / DUE (§3.8.6.3).
    if (fromEnd || (!anchor.isValid() && m_doc.kind() == ICAL_VTODO_COMPONENT)) {
        const Result<QDateTime> e = end();
        if (!e)
            return e.error();
        anchor = *e;
    }
    if (!anchor.isValid())
        return QDateTime();
    return anchor.addSecs(icaldurationtype_as_int(t.duration));
}

QString ICalFieldReader::uid() const
{
    icalproperty *p = icalcomponent_get_first_property(m_comp, ICAL_UID_PROPERTY);
    return p ? propertyText(p) : QString();
}

bool ICalFieldReader::isPrivate() const
{
    icalproperty *p = icalcomponent_get_first_property(m_comp, ICAL_CLASS_PROPERTY);
    if (!p)
        return false;
    const icalproperty_class c = icalproperty_get_class(p);
    return c == ICAL_CLASS_PRIVATE || c == ICAL_CLASS_CONFIDENTIAL;
}

QStringList ICalFieldReader::categories() const
{
    // libical splits "CATEGORIES:a,b" into one property per value.
    QStringList out;
    icalcomponent *m = m_comp;
    for (icalproperty *p = icalcomponent_get_first_property(m, ICAL_CATEGORIES_PROPERTY); p;
         p = icalcomponent_get_next_property(m, ICAL_CATEGORIES_PROPERTY)) {
        const QString c = propertyText(p).trimmed();
        if (!c.isEmpty() && !out.contains(c))
            out << c;
    }
    return out;
}

QStringList ICalFieldReader::attendees() const
{
    QStringList out;
    icalcomponent *m = m_comp;
    for (icalproperty *p = icalcomponent_get_first_property(m, ICAL_ATTENDEE_PROPERTY); p;
         p = icalcomponent_get_next_property(m, ICAL_ATTENDEE_PROPERTY)) {
        const QString a = mailtoAddress(icalproperty_get_attendee(p));
        if (!a.isEmpty() && !out.contains(a))
            out << a;
    }
    out.sort();
    return out;
}

QJsonValue ICalFieldReader::taskStatus() const
{
    icalproperty *p = icalcomponent_get_first_property(m_comp, ICAL_STATUS_PROPERTY);
    const icalproperty_status st = p ? icalproperty_get_status(p) : ICAL_STATUS_NONE;
    // X-CRMSYNC-STATUS holds a Zoho value without an iCalendar twin; it counts only while
    // STATUS still says what we wrote with it, so a client's later edit wins.
    if (st == ICAL_STATUS_INPROCESS) {
        if (icalproperty *x = findProperty(m_comp, "X-CRMSYNC-STATUS")) {
            const QString v = propertyText(x).trimmed();
            if (!v.isEmpty())
                return v;
        }
    }
    const QString v = ICalTaskValues::statusToCrm(st);
    return v.isEmpty() ? QJsonValue() : QJsonValue(v);
}

QJsonValue ICalFieldReader::taskPriority() const
{
    icalproperty *p = icalcomponent_get_first_property(m_comp, ICAL_PRIORITY_PROPERTY);
    const int prio = p ? icalproperty_get_priority(p) : 0;
    if (prio == 0) {
        if (icalproperty *x = findProperty(m_comp, "X-CRMSYNC-PRIORITY")) {
            const QString v = propertyText(x).trimmed();
            if (!v.isEmpty())
                return v;
        }
    }
    return ICalTaskValues::priorityToCrm(prio);
}

Result<QJsonValue> ICalFieldReader::read(const QString &path) const
{
    icalcomponent *m = m_comp;
    const bool todo = m_doc.kind() == ICAL_VTODO_COMPONENT;
    const QString p = path.trimmed().toUpper();
    if (p == QLatin1String("DTSTART") || p == QLatin1String("ALLDAY")) {
        const Result<ICalTime> s = start();
        if (!s)
            return s.error();
        if (!s->isValid())
            return QJsonValue();
        return p == QLatin1String("ALLDAY") ? QJsonValue(s->isDate) : QJsonValue(CanonicalValue::dateTime(s->utc));
    }
    if (p == QLatin1String("DTEND")) {
        const Result<QDateTime> e = end();
        if (!e)
            return e.error();
        return e->isValid() ? QJsonValue(CanonicalValue::dateTime(*e)) : QJsonValue();
    }
    if (p == QLatin1String("DUE")) {
        // Zoho's Due_Date is a date (reference/zoho-crm-api.md §3.2): the date as written.
        icalproperty *due = icalcomponent_get_first_property(m, ICAL_DUE_PROPERTY);
        if (!due)
            return QJsonValue();
        const Result<ICalTime> t = m_doc.readTime(due);
        if (!t)
            return t.error();
        return QJsonValue(CanonicalValue::date(t->wallDate));
    }
    if (p == QLatin1String("VALARM")) {
        const Result<QDateTime> a = alarmInstant();
        if (!a)
            return a.error();
        return a->isValid() ? QJsonValue(CanonicalValue::dateTime(*a)) : QJsonValue();
    }
    if (p == QLatin1String("RRULE")) {
        icalproperty *r = icalcomponent_get_first_property(m, ICAL_RRULE_PROPERTY);
        return r ? QJsonValue(ruleText(icalproperty_get_rrule(r))) : QJsonValue();
    }
    if (p == QLatin1String("ATTENDEE")) {
        const QStringList a = attendees();
        return a.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(a));
    }
    if (p == QLatin1String("CATEGORIES")) {
        const QStringList c = categories();
        return c.isEmpty() ? QJsonValue() : QJsonValue(c.join(QLatin1Char(',')));
    }
    if (todo && p == QLatin1String("STATUS"))
        return taskStatus();
    if (todo && p == QLatin1String("PRIORITY"))
        return taskPriority();
    icalproperty *prop = findProperty(m, p.toUtf8());
    const QString v = prop ? propertyText(prop) : QString();
    return v.isEmpty() ? QJsonValue() : QJsonValue(v);
}

} // namespace crmsync
