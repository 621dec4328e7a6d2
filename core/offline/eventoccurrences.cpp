// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventoccurrences.h"

#include "formats/canonicalvalue.h"
#include "formats/ical/recurrenceexpander.h"

#include <QRegularExpression>
#include <QStringList>

namespace crmsync {

namespace {

QString icalTime(const QDateTime &utc, bool allDay)
{
    return allDay ? QStringLiteral(";VALUE=DATE:") + utc.toUTC().date().toString(QStringLiteral("yyyyMMdd"))
                  : QLatin1Char(':') + utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace

QString EventOccurrences::rfcRule(const QString &rule)
{
    QStringList parts = rule.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (QString &part : parts) {
        if (part.startsWith(QLatin1String("UNTIL="), Qt::CaseInsensitive))
            part = QStringLiteral("UNTIL=") + part.mid(6).remove(QLatin1Char('-')).remove(QLatin1Char(':'));
    }
    return parts.join(QLatin1Char(';'));
}

QList<EventOccurrences::Occurrence> EventOccurrences::onDay(const QJsonObject &fields, const QDate &day,
                                                            const QTimeZone &zone)
{
    const bool allDay = fields.value(QLatin1String("All_day")).toBool();
    const QDateTime start = CanonicalValue::parseDateTime(fields.value(QLatin1String("Start_DateTime")).toString());
    QDateTime end = CanonicalValue::parseDateTime(fields.value(QLatin1String("End_DateTime")).toString());
    if (!start.isValid() || !day.isValid())
        return {};
    if (!end.isValid() || end < start)
        end = allDay ? start.addDays(1) : start;
    // All-day dates sit at 00:00 UTC (ZohoRecordCodec::normalizeAllDay), so their day is
    // the UTC day; a timed event's day is the user's local one.
    const QDateTime from = allDay ? day.startOfDay(QTimeZone::utc()) : day.startOfDay(zone);
    const QDateTime to = allDay ? day.addDays(1).startOfDay(QTimeZone::utc()) : day.addDays(1).startOfDay(zone);
    const auto overlaps = [&](const QDateTime &s, const QDateTime &e) {
        // A zero-length event at the day's start still belongs to that day.
        return s < to && (e > from || (s == e && s >= from));
    };

    const QString rule = fields.value(QLatin1String("Recurring_Activity")).toString();
    if (rule.isEmpty())
        return overlaps(start, end) ? QList<Occurrence>{{start, end}} : QList<Occurrence>{};

    const QString ics = QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CRM Sync//agenda//EN\r\n"
                                       "BEGIN:VEVENT\r\nUID:agenda\r\nDTSTAMP:20000101T000000Z\r\n"
                                       "DTSTART%1\r\nDTEND%2\r\nRRULE:%3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                            .arg(icalTime(start, allDay), icalTime(end, allDay), rfcRule(rule));
    QList<Occurrence> out;
    for (const RecurrenceExpander::Occurrence &o : RecurrenceExpander::occurrences(ics.toUtf8(), from, to)) {
        if (overlaps(o.first, o.second))
            out.append({o.first, o.second});
    }
    if (out.isEmpty() && RecurrenceExpander::occurrences(ics.toUtf8(), start, start.addSecs(1)).isEmpty()
        && overlaps(start, end)) {
        // A rule libical cannot read: show the first instance rather than nothing.
        out.append({start, end});
    }
    return out;
}

} // namespace crmsync
