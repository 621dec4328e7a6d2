// SPDX-License-Identifier: GPL-3.0-or-later
// Bounded recurrence expansion (docs/icalendar.md "Limits"): at most
// ParseLimits::MaxRecurrenceInstances instances across all RRULEs, RDATEs and DTSTART,
// EXDATEs looked up rather than scanned, and the callers (DAV filter, offline agenda)
// degrading to the first instances instead of hanging.
#include "connectors/dav/davitemfilter.h"
#include "formats/ical/recurrenceexpander.h"
#include "formats/parselimits.h"
#include "offline/eventoccurrences.h"

#include <QJsonObject>
#include <QTest>

using namespace crmsync;

namespace {

const int cap = ParseLimits::MaxRecurrenceInstances;

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QByteArray calendar(const QByteArray &eventLines)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:series\r\n"
           "DTSTAMP:20250101T000000Z\r\n" + eventLines + "END:VEVENT\r\nEND:VCALENDAR\r\n";
}

//! \a count values of \a name, \a perLine on each line, from \a first stepping \a step.
QByteArray manyValues(const QByteArray &name, const QDateTime &first, qint64 step, int count, bool dates)
{
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        const QDateTime t = first.addSecs(step * i);
        const QByteArray v = dates ? t.date().toString(QStringLiteral("yyyyMMdd")).toLatin1()
                                   : t.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
        out += (i % 500 == 0 ? (i ? "\r\n" : "") + name + ':' : QByteArray(",")) + v;
    }
    return out + "\r\n";
}

} // namespace

class TestRecurrenceLimits : public QObject
{
    Q_OBJECT
private slots:
    void expand_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("truncated");

        const QDateTime start = utc("2025-01-01T00:00:00Z");
        QTest::newRow("secondly without end")
            << calendar("DTSTART:20250101T000000Z\r\nRRULE:FREQ=SECONDLY\r\n") << start << start.addYears(10) << cap << true;
        // Three rules used to get the cap each.
        QTest::newRow("three minutely rules")
            << calendar("DTSTART:20250101T000000Z\r\nRRULE:FREQ=MINUTELY;BYSECOND=0\r\n"
                        "RRULE:FREQ=MINUTELY;BYSECOND=20\r\nRRULE:FREQ=MINUTELY;BYSECOND=40\r\n")
            << start << start.addYears(10) << cap << true;
        const int rdates = 10000;
        QTest::newRow("ten thousand RDATEs beside a rule")
            << calendar("DTSTART:20250101T000000Z\r\nRRULE:FREQ=HOURLY;COUNT=" + QByteArray::number(cap - rdates / 2) + "\r\n"
                        + manyValues("RDATE", start.addSecs(1800), 3600, rdates, false))
            << start << start.addYears(20) << cap << true;
        const int exdates = 100000;
        // Every EXDATE takes out one instance of the rule; the five after them remain.
        QTest::newRow("hundred thousand EXDATEs")
            << calendar("DTSTART:20250101T000000Z\r\nRRULE:FREQ=HOURLY;COUNT=" + QByteArray::number(exdates + 5) + "\r\n"
                        + manyValues("EXDATE", start, 3600, exdates, false))
            << start << start.addYears(20) << 5 << false;
        QTest::newRow("hundred thousand all-day EXDATEs")
            << calendar("DTSTART;VALUE=DATE:20250101\r\nDTEND;VALUE=DATE:20250102\r\nRRULE:FREQ=DAILY;COUNT="
                        + QByteArray::number(exdates + 5) + "\r\n"
                        + manyValues("EXDATE;VALUE=DATE", start, 86400, exdates, true))
            << start << start.addYears(300) << 5 << false;
    }
    void expand()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(int, count);
        QFETCH(bool, truncated);
        const RecurrenceExpander::Expansion e = RecurrenceExpander::expand(raw, from, to);
        QCOMPARE(e.occurrences.size(), count);
        QCOMPARE(e.truncated, truncated);
    }

    // A series cut off before the filter's start keeps its item in the sync: without the
    // instances past the cut nothing tells that it does not occur.
    void davFilterKeepsTruncatedSeries()
    {
        const QByteArray raw = calendar("DTSTART:20000101T000000Z\r\nRRULE:FREQ=SECONDLY\r\n");
        QVERIFY(DavItemFilter::recurrenceInRange(raw, utc("2020-01-01T00:00:00Z")));
        const QByteArray ended = calendar("DTSTART:20000101T000000Z\r\nRRULE:FREQ=SECONDLY;COUNT=10\r\n");
        QVERIFY(!DavItemFilter::recurrenceInRange(ended, utc("2020-01-01T00:00:00Z")));
    }

    void agendaSecondlyRule_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("count");
        QTest::newRow("first day: every second of it") << QDate(2025, 1, 1) << 86400;
        QTest::newRow("past the cap: nothing, at once") << QDate(2025, 1, 3) << 0;
    }
    void agendaSecondlyRule()
    {
        QFETCH(QDate, day);
        QFETCH(int, count);
        const QJsonObject fields{{QStringLiteral("Start_DateTime"), QStringLiteral("2025-01-01T00:00:00+00:00")},
                                 {QStringLiteral("End_DateTime"), QStringLiteral("2025-01-01T00:00:00+00:00")},
                                 {QStringLiteral("Recurring_Activity"), QStringLiteral("FREQ=SECONDLY")}};
        QCOMPARE(EventOccurrences::onDay(fields, day, QTimeZone::utc()).size(), count);
    }
};

QTEST_GUILESS_MAIN(TestRecurrenceLimits)
#include "tst_recurrencelimits.moc"
