// SPDX-License-Identifier: GPL-3.0-or-later
#include "recurrenceexpander.h"

#include "icaldocument.h"
#include "icalfieldreader.h"

#include "formats/parselimits.h"

#include <QLoggingCategory>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace crmsync {

namespace {

Q_LOGGING_CATEGORY(lcRecurrence, "crmsync.ical", QtInfoMsg)

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

//! EXDATE values (RFC 5545 §3.8.5.1): DATE-TIMEs by instant, DATEs by the day they name.
struct Exclusions
{
    QSet<QDateTime> instants;
    QSet<QDate> days;

    bool excludes(const QDateTime &utc) const { return instants.contains(utc) || (!days.isEmpty() && days.contains(utc.date())); }
    qsizetype size() const { return instants.size() + days.size(); }
};

Exclusions exclusionsOf(const ICalDocument &doc)
{
    Exclusions ex;
    icalcomponent *m = doc.master();
    for (icalproperty *p = icalcomponent_get_first_property(m, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(m, ICAL_EXDATE_PROPERTY)) {
        const Result<ICalTime> t = doc.readTime(p);
        if (!t)
            continue;
        if (t->isDate)
            ex.days.insert(t->wallDate); // that day's instance goes (all-day events)
        else
            ex.instants.insert(t->utc);
    }
    return ex;
}

/*!
 * Instances of the master: DTSTART, RRULE and RDATE minus EXDATE (RFC 5545 §3.8.5), at
 * most ParseLimits::MaxRecurrenceInstances of them. Sets \a truncated when that cut the
 * series short.
 */
QMap<QDateTime, QDateTime> expandMaster(const ICalDocument &doc, const ICalTime &start, qint64 length,
                                        const QDateTime &to, bool &truncated)
{
    icalcomponent *m = doc.master();
    const Exclusions ex = exclusionsOf(doc);
    QMap<QDateTime, QDateTime> set;
    // Candidates that add nothing (excluded, or an instant already in the set) are
    // counted too, so that a rule whose instances are all excluded still ends: each
    // EXDATE excuses one, and MaxRecurrenceInstances more are allowed.
    const qint64 maxIdle = qint64(ParseLimits::MaxRecurrenceInstances) + ex.size();
    qint64 idle = 0;
    auto add = [&](const QDateTime &s, const QDateTime &e) {
        const bool adds = !ex.excludes(s) && !set.contains(s);
        if ((adds && set.size() >= ParseLimits::MaxRecurrenceInstances) || (!adds && ++idle > maxIdle)) {
            truncated = true;
            return false;
        }
        if (!ex.excludes(s))
            set.insert(s, e);
        return true;
    };
    // DTSTART is always the first instance, matching the rule or not (§3.8.5.3).
    add(start.utc, start.utc.addSecs(length));
    // Iterate in DTSTART's wall-clock time (09:00 stays 09:00 across DST); the zone lets
    // libical compare a UTC UNTIL correctly (RFC 5545 §3.3.10).
    icaltimetype first = start.raw;
    if (!start.isDate && !start.floating && start.tzid.isEmpty())
        first.zone = icaltimezone_get_utc_timezone();
    else
        first.zone = start.isDate ? nullptr : start.zone;
    for (icalproperty *p = icalcomponent_get_first_property(m, ICAL_RRULE_PROPERTY); p && !truncated;
         p = icalcomponent_get_next_property(m, ICAL_RRULE_PROPERTY)) {
        icalrecur_iterator *it = icalrecur_iterator_new(icalproperty_get_rrule(p), first);
        if (!it)
            continue;
        for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t); t = icalrecur_iterator_next(it)) {
            const Result<ICalTime> inst = doc.interpret(t, start.tzid);
            if (!inst || inst->utc >= to)
                break;
            if (!add(inst->utc, inst->utc.addSecs(length)))
                break;
        }
        icalrecur_iterator_free(it);
    }
    for (icalproperty *p = icalcomponent_get_first_property(m, ICAL_RDATE_PROPERTY); p && !truncated;
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
        add(s->utc, e);
    }
    return set;
}

} // namespace

RecurrenceExpander::Expansion RecurrenceExpander::expand(const QByteArray &raw, const QDateTime &from, const QDateTime &to)
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
    bool truncated = false;
    const bool orphan = icalcomponent_get_first_property(doc.master(), ICAL_RECURRENCEID_PROPERTY);
    const qint64 length = end->isValid() && start->isValid() ? start->utc.secsTo(*end) : 0;
    if (start->isValid() && !orphan)
        set = expandMaster(doc, *start, length, toUtc, truncated);
    if (truncated) {
        qCWarning(lcRecurrence).noquote() << "Expansion of" << ICalFieldReader(doc).uid() << "stopped after"
                                          << ParseLimits::MaxRecurrenceInstances << "instances (the limit).";
    }

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
    return Expansion{out, truncated};
}

QList<RecurrenceExpander::Occurrence> RecurrenceExpander::occurrences(const QByteArray &raw, const QDateTime &from,
                                                                      const QDateTime &to)
{
    return expand(raw, from, to).occurrences;
}

bool RecurrenceExpander::occursBetween(const QByteArray &raw, const QDateTime &from, const QDateTime &to)
{
    const Expansion e = expand(raw, from, to);
    return !e.occurrences.isEmpty() || e.truncated;
}

} // namespace crmsync
