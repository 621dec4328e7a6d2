// SPDX-License-Identifier: GPL-3.0-or-later
#include "recurrenceexpander.h"

#include "icaldocument.h"
#include "icalfieldreader.h"

#include <QMap>

#include <algorithm>

namespace crmsync {

namespace {

struct Span
{
    QDateTime start;
    QDateTime end;
};

bool overlaps(const Span &s, const QDateTime &from, const QDateTime &to)
{
    if (s.start == s.end) // an instant belongs to the range it falls in
        return s.start >= from && s.start < to;
    return s.start < to && s.end > from;
}

//! Instances of the master: DTSTART, RRULE and RDATE minus EXDATE (RFC 5545 §3.8.5).
QMap<QDateTime, QDateTime> expandMaster(const ICalDocument &doc, const ICalTime &start, qint64 length,
                                        const QDateTime &to)
{
    icalcomponent *m = doc.master();
    QMap<QDateTime, QDateTime> set;
    // DTSTART is always the first instance, matching the rule or not (§3.8.5.3).
    set.insert(start.utc, start.utc.addSecs(length));
    // Iterate in DTSTART's wall-clock time (09:00 stays 09:00 across DST); the zone lets
    // libical compare a UTC UNTIL correctly (RFC 5545 §3.3.10).
    icaltimetype first = start.raw;
    if (!start.isDate && !start.floating && start.tzid.isEmpty())
        first.zone = icaltimezone_get_utc_timezone();
    else
        first.zone = start.isDate ? nullptr : start.zone;
    for (icalproperty *p = icalcomponent_get_first_property(m, ICAL_RRULE_PROPERTY); p;
         p = icalcomponent_get_next_property(m, ICAL_RRULE_PROPERTY)) {
        icalrecur_iterator *it = icalrecur_iterator_new(icalproperty_get_rrule(p), first);
        if (!it)
            continue;
        int n = 0;
        for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t) && n < RecurrenceExpander::MaxInstances;
             t = icalrecur_iterator_next(it), ++n) {
            const Result<ICalTime> inst = doc.interpret(t, start.tzid);
            if (!inst)
                break;
            if (inst->utc >= to)
                break;
            set.insert(inst->utc, inst->utc.addSecs(length));
        }
        icalrecur_iterator_free(it);
    }
    for (icalproperty *p = icalcomponent_get_first_property(m, ICAL_RDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(m, ICAL_RDATE_PROPERTY)) {
        const icaldatetimeperiodtype rd = icalproperty_get_rdate(p);
        const QByteArray tzid(icalproperty_get_parameter_as_string(p, "TZID"));
        const bool isPeriod = icaltime_is_null_time(rd.time);
        const Result<ICalTime> s = doc.interpret(isPeriod ? rd.period.start : rd.time, tzid);
        if (!s)
            continue;
        QDateTime e = s->utc.addSecs(length);
        if (isPeriod) {
            if (!icaltime_is_null_time(rd.period.end)) {
                const Result<ICalTime> pe = doc.interpret(rd.period.end, tzid);
                e = pe ? pe->utc : e;
            } else {
                e = s->utc.addSecs(icaldurationtype_as_int(rd.period.duration));
            }
        }
        set.insert(s->utc, e);
    }
    for (icalproperty *p = icalcomponent_get_first_property(m, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(m, ICAL_EXDATE_PROPERTY)) {
        const Result<ICalTime> ex = doc.readTime(p);
        if (!ex)
            continue;
        if (!ex->isDate) {
            set.remove(ex->utc);
            continue;
        }
        // A DATE exclusion removes that day's instance (all-day events).
        for (auto it = set.begin(); it != set.end();) {
            it = it.key().date() == ex->wallDate ? set.erase(it) : std::next(it);
        }
    }
    return set;
}

} // namespace

QList<RecurrenceExpander::Occurrence> RecurrenceExpander::occurrences(const QByteArray &raw, const QDateTime &from,
                                                                      const QDateTime &to)
{
    Result<ICalDocument> parsed = ICalDocument::parse(raw, ICAL_VEVENT_COMPONENT, QString());
    if (!parsed)
        parsed = ICalDocument::parse(raw, ICAL_VTODO_COMPONENT, QString());
    if (!parsed)
        return {};
    const ICalDocument &doc = *parsed;
    const QDateTime fromUtc = from.toUTC();
    const QDateTime toUtc = to.toUTC();

    const ICalFieldReader master(doc);
    Result<ICalTime> start = master.start();
    Result<QDateTime> end = master.end();
    if (!start || !end)
        return {};
    if (!start->isValid() && end->isValid()) { // a VTODO with only DUE
        start = doc.interpret(icaltime_from_timet_with_zone(end->toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone()), {});
        if (!start)
            return {};
    }
    QMap<QDateTime, QDateTime> set;
    const bool orphan = icalcomponent_get_first_property(doc.master(), ICAL_RECURRENCEID_PROPERTY);
    const qint64 length = end->isValid() && start->isValid() ? start->utc.secsTo(*end) : 0;
    if (start->isValid() && !orphan)
        set = expandMaster(doc, *start, length, toUtc);

    // Overrides replace the instance their RECURRENCE-ID names (RFC 5545 §3.8.4.4); a
    // cancelled one just removes it. RANGE=THISANDFUTURE is read as this instance only.
    QList<Span> moved;
    for (icalcomponent *o : doc.overrides()) {
        icalproperty *rid = icalcomponent_get_first_property(o, ICAL_RECURRENCEID_PROPERTY);
        const Result<ICalTime> id = doc.readTime(rid);
        if (!id)
            continue;
        set.remove(id->utc);
        if (icalcomponent_get_status(o) == ICAL_STATUS_CANCELLED)
            continue;
        const ICalFieldReader r(doc, o);
        const Result<ICalTime> os = r.start();
        const Result<QDateTime> oe = r.end();
        Span s;
        s.start = os && os->isValid() ? os->utc : id->utc;
        const bool ownEnd = icalcomponent_get_first_property(o, ICAL_DTEND_PROPERTY)
            || icalcomponent_get_first_property(o, ICAL_DURATION_PROPERTY)
            || icalcomponent_get_first_property(o, ICAL_DUE_PROPERTY);
        s.end = ownEnd && oe && oe->isValid() ? *oe : s.start.addSecs(length);
        moved << s;
    }

    QList<Occurrence> out;
    for (auto it = set.cbegin(); it != set.cend(); ++it) {
        if (overlaps(Span{it.key(), it.value()}, fromUtc, toUtc))
            out << Occurrence(it.key(), it.value());
    }
    for (const Span &s : std::as_const(moved)) {
        if (overlaps(s, fromUtc, toUtc))
            out << Occurrence(s.start, s.end);
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool RecurrenceExpander::occursBetween(const QByteArray &raw, const QDateTime &from, const QDateTime &to)
{
    return !occurrences(raw, from, to).isEmpty();
}

} // namespace crmsync
