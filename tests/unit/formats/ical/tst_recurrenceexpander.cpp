// SPDX-License-Identifier: GPL-3.0-or-later
// RecurrenceExpander: RRULE/RDATE minus EXDATE, overrides applied, across DST changes.
#include "formats/ical/recurrenceexpander.h"

#include <QTest>

#include <ctime>

using namespace crmsync;

namespace {

const QString dataDir = QStringLiteral(CRMSYNC_TEST_DATA_DIR "/ical");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray inlineCal(const QByteArray &body)
{
    return QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n" + body + "END:VCALENDAR\r\n").replace("\n", "\r\n").replace("\r\r\n", "\r\n");
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// Daily at 10:00Z five times; the 3rd is cancelled, the 4th moved to 15:00, and an RDATE
// and an EXDATE on top.
const QByteArray dailyWithOverrides = inlineCal(R"(BEGIN:VEVENT
UID:daily-1
DTSTAMP:20250101T000000Z
DTSTART:20250505T100000Z
DTEND:20250505T110000Z
RRULE:FREQ=DAILY;COUNT=5
RDATE:20250512T080000Z
EXDATE:20250506T100000Z
SUMMARY:Daily
END:VEVENT
BEGIN:VEVENT
UID:daily-1
DTSTAMP:20250101T000000Z
RECURRENCE-ID:20250507T100000Z
DTSTART:20250507T100000Z
DTEND:20250507T110000Z
STATUS:CANCELLED
SUMMARY:Cancelled
END:VEVENT
BEGIN:VEVENT
UID:daily-1
DTSTAMP:20250101T000000Z
RECURRENCE-ID:20250508T100000Z
DTSTART:20250508T150000Z
SUMMARY:Moved, no end of its own
END:VEVENT
)");

} // namespace

class TestRecurrenceExpander : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Europe/Berlin");
        tzset();
    }

    void occurrences_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<QStringList>("expected"); // "start/end" in UTC

        const QByteArray ny = readFile(dataDir + QStringLiteral("/google-newyork-weekly.ics"));
        // US DST starts 2025-03-09: 09:00 New York is 14:00Z before, 13:00Z after. The 17th
        // is excluded, the 24th moved to 10:00 EDT.
        QTest::newRow("New York weekly across DST, EXDATE, override") << ny << utc("2025-03-01T00:00:00Z") << utc("2025-04-01T00:00:00Z")
            << QStringList{"2025-03-03T14:00:00Z/2025-03-03T14:30:00Z", "2025-03-10T13:00:00Z/2025-03-10T13:30:00Z",
                           "2025-03-24T14:00:00Z/2025-03-24T14:30:00Z", "2025-03-31T13:00:00Z/2025-03-31T13:30:00Z"};
        QTest::newRow("range starts inside an instance") << ny << utc("2025-03-10T13:15:00Z") << utc("2025-03-20T00:00:00Z")
            << QStringList{"2025-03-10T13:00:00Z/2025-03-10T13:30:00Z"};
        QTest::newRow("moved instance found at its new time only") << ny << utc("2025-03-24T13:00:00Z") << utc("2025-03-24T13:30:00Z")
            << QStringList{};
        QTest::newRow("infinite rule stops at the range end") << ny << utc("2026-01-01T00:00:00Z") << utc("2026-01-13T00:00:00Z")
            << QStringList{"2026-01-05T14:00:00Z/2026-01-05T14:30:00Z", "2026-01-12T14:00:00Z/2026-01-12T14:30:00Z"};

        // EU DST starts 2025-03-30: 09:00 Berlin is 08:00Z, then 07:00Z.
        QTest::newRow("Berlin daily across DST") << readFile(dataDir + QStringLiteral("/berlin-daily-dst.ics"))
            << utc("2025-03-01T00:00:00Z") << utc("2025-05-01T00:00:00Z")
            << QStringList{"2025-03-28T08:00:00Z/2025-03-28T08:15:00Z", "2025-03-29T08:00:00Z/2025-03-29T08:15:00Z",
                           "2025-03-30T07:00:00Z/2025-03-30T07:15:00Z", "2025-03-31T07:00:00Z/2025-03-31T07:15:00Z"};

        // UNTIL is UTC (RFC 5545 §3.3.10): 07:00Z on 30 March is 09:00 CEST, so that day counts.
        QTest::newRow("UNTIL in UTC against a TZID start") << inlineCal(R"(BEGIN:VEVENT
UID:until-1
DTSTAMP:20250101T000000Z
DTSTART;TZID=Europe/Berlin:20250328T090000
DTEND;TZID=Europe/Berlin:20250328T100000
RRULE:FREQ=DAILY;UNTIL=20250330T070000Z
END:VEVENT
)") << utc("2025-03-01T00:00:00Z") << utc("2025-05-01T00:00:00Z")
            << QStringList{"2025-03-28T08:00:00Z/2025-03-28T09:00:00Z", "2025-03-29T08:00:00Z/2025-03-29T09:00:00Z",
                           "2025-03-30T07:00:00Z/2025-03-30T08:00:00Z"};
        QTest::newRow("all-day yearly") << readFile(dataDir + QStringLiteral("/allday-yearly-noend.ics"))
            << utc("2025-01-01T00:00:00Z") << utc("2027-06-01T00:00:00Z")
            << QStringList{"2025-12-31T00:00:00Z/2026-01-01T00:00:00Z", "2026-12-31T00:00:00Z/2027-01-01T00:00:00Z"};

        QTest::newRow("cancelled, moved, RDATE, EXDATE") << dailyWithOverrides << utc("2025-05-01T00:00:00Z") << utc("2025-06-01T00:00:00Z")
            << QStringList{"2025-05-05T10:00:00Z/2025-05-05T11:00:00Z", "2025-05-08T15:00:00Z/2025-05-08T16:00:00Z",
                           "2025-05-09T10:00:00Z/2025-05-09T11:00:00Z", "2025-05-12T08:00:00Z/2025-05-12T09:00:00Z"};

        const QByteArray single = readFile(dataDir + QStringLiteral("/confidential-noend.ics"));
        QTest::newRow("instant event inside") << single << utc("2025-07-01T12:00:00Z") << utc("2025-07-01T12:01:00Z")
            << QStringList{"2025-07-01T12:00:00Z/2025-07-01T12:00:00Z"};
        QTest::newRow("instant event at the range end") << single << utc("2025-07-01T11:00:00Z") << utc("2025-07-01T12:00:00Z")
            << QStringList{};

        QTest::newRow("orphan override") << readFile(dataDir + QStringLiteral("/orphan-override.ics"))
            << utc("2025-10-01T00:00:00Z") << utc("2025-11-01T00:00:00Z")
            << QStringList{"2025-10-06T02:00:00Z/2025-10-06T03:00:00Z"};

        QTest::newRow("task by DUE") << readFile(dataDir + QStringLiteral("/todo-completed-lowest.ics"))
            << utc("2025-03-01T00:00:00Z") << utc("2025-03-02T00:00:00Z")
            << QStringList{"2025-03-01T23:00:00Z/2025-03-01T23:00:00Z"};

        QTest::newRow("broken data has no instances") << readFile(dataDir + QStringLiteral("/broken-not-ical.ics"))
            << utc("2000-01-01T00:00:00Z") << utc("2100-01-01T00:00:00Z") << QStringList{};
    }

    void occurrences()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(QStringList, expected);
        QVERIFY(!raw.isEmpty());
        QStringList got;
        for (const RecurrenceExpander::Occurrence &o : RecurrenceExpander::occurrences(raw, from, to))
            got << o.first.toUTC().toString(Qt::ISODate) + QLatin1Char('/') + o.second.toUTC().toString(Qt::ISODate);
        QCOMPARE(got, expected);
        QCOMPARE(RecurrenceExpander::occursBetween(raw, from, to), !expected.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecurrenceExpander)
#include "tst_recurrenceexpander.moc"
