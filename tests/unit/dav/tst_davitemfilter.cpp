// SPDX-License-Identifier: GPL-3.0-or-later
// Client-side checks of calendar members: component of an object, recurrence in range,
// and the calendar-query body the first ranged listing sends.
#include "connectors/dav/davitemfilter.h"
#include "connectors/dav/davqueryrequest.h"

#include <QTest>
#include <QTimeZone>

using namespace crmsync;

namespace {
QByteArray wrap(const QByteArray &inner, const QByteArray &zone = {})
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n" + zone + inner + "END:VCALENDAR\r\n";
}
const QByteArray kZone = "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\n"
                         "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                         "END:STANDARD\r\nEND:VTIMEZONE\r\n";
QByteArray eventIcs(const QByteArray &start, const QByteArray &rule = {})
{
    return wrap("BEGIN:VEVENT\r\nUID:e\r\nDTSTAMP:20240101T000000Z\r\nDTSTART:" + start + "\r\nDURATION:PT1H\r\n"
                + (rule.isEmpty() ? QByteArray() : "RRULE:" + rule + "\r\n") + "SUMMARY:x\r\nEND:VEVENT\r\n");
}
} // namespace

class TestDavItemFilter : public QObject
{
    Q_OBJECT

private slots:
    void componentOf_data();
    void componentOf();
    void recurrenceInRange_data();
    void recurrenceInRange();
    void calendarQueryBody();
};

void TestDavItemFilter::componentOf_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("component");
    QTest::addRow("event") << eventIcs("20240108T100000Z") << "VEVENT";
    QTest::addRow("task after a zone") << wrap("BEGIN:VTODO\r\nUID:t\r\nEND:VTODO\r\n", kZone) << "VTODO";
    QTest::addRow("lower case") << QByteArray("begin:vcalendar\nbegin:vtodo\nend:vtodo\nend:vcalendar\n") << "VTODO";
    QTest::addRow("nothing") << wrap({}) << "";
}

void TestDavItemFilter::componentOf()
{
    QFETCH(QByteArray, raw);
    QTEST(DavItemFilter::componentOf(raw), "component");
}

void TestDavItemFilter::recurrenceInRange_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("inRange");
    // from = 2026-03-15 00:00 UTC
    QTest::addRow("single, trusted as matched") << eventIcs("20200101T100000Z") << true;
    QTest::addRow("weekly, no end") << eventIcs("20200106T100000Z", "FREQ=WEEKLY") << true;
    QTest::addRow("weekly, ended 2021") << eventIcs("20200106T100000Z", "FREQ=WEEKLY;UNTIL=20210101T000000Z") << false;
    QTest::addRow("daily, COUNT used up") << eventIcs("20260301T100000Z", "FREQ=DAILY;COUNT=5") << false;
    QTest::addRow("yearly, next one in range") << eventIcs("20200401T100000Z", "FREQ=YEARLY") << true;
    QTest::addRow("zone RRULE is not the event's")
        << wrap("BEGIN:VEVENT\r\nUID:z\r\nDTSTAMP:20240101T000000Z\r\nDTSTART;TZID=Europe/Berlin:20200101T100000\r\n"
                "SUMMARY:x\r\nEND:VEVENT\r\n", kZone)
        << true;
    QTest::addRow("task series without DTSTART")
        << wrap("BEGIN:VTODO\r\nUID:t\r\nDTSTAMP:20240101T000000Z\r\nDUE:20200101T100000Z\r\nRRULE:FREQ=WEEKLY;COUNT=2\r\n"
                "END:VTODO\r\n")
        << true;
}

void TestDavItemFilter::recurrenceInRange()
{
    QFETCH(QByteArray, raw);
    const QDateTime from(QDate(2026, 3, 15), QTime(0, 0), Qt::UTC);
    QTEST(DavItemFilter::recurrenceInRange(raw, from), "inRange");
    QVERIFY(DavItemFilter::recurrenceInRange(raw, QDateTime())); // no range: everything
}

void TestDavItemFilter::calendarQueryBody()
{
    // Tokyo midnight is 15:00 UTC the day before: the range is sent in UTC basic format.
    const QDateTime from(QDate(2026, 3, 15), QTime(0, 0), QTimeZone("Asia/Tokyo"));
    const QByteArray ranged = DavQueryRequest::calendarQueryBody(QStringLiteral("VTODO"), from);
    QVERIFY(ranged.contains("name=\"VCALENDAR\""));
    QVERIFY(ranged.contains("name=\"VTODO\""));
    QVERIFY(ranged.contains("start=\"20260314T150000Z\""));
    QVERIFY(!ranged.contains("end="));
    QVERIFY(!ranged.contains("expand"));
    QVERIFY(!ranged.contains("calendar-data"));
    QVERIFY(ranged.contains("getetag"));
    const QByteArray all = DavQueryRequest::calendarQueryBody(QStringLiteral("VEVENT"), QDateTime());
    QVERIFY(!all.contains("time-range"));
    QVERIFY(all.contains("name=\"VEVENT\""));
    const QByteArray series = DavQueryRequest::recurringQueryBody(QStringLiteral("VEVENT"));
    QVERIFY(series.contains("prop-filter name=\"RRULE\""));
    QVERIFY(!series.contains("time-range"));
}

QTEST_GUILESS_MAIN(TestDavItemFilter)
#include "tst_davitemfilter.moc"
