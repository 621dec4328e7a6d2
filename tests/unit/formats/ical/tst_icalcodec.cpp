// SPDX-License-Identifier: GPL-3.0-or-later
// Golden files (tests/data/ical/<name>.ics + .ics.ref) and round trips for ICalCodec.
#include "formats/canonicalvalue.h"
#include "formats/ical/icalcodec.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <libical/ical.h>

#include <cstdlib>
#include <ctime>

using namespace crmsync;

namespace {

const QString dataDir = QStringLiteral(CRMSYNC_TEST_DATA_DIR "/ical");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

FieldMap mapFor(bool todo, const QJsonObject &extra = {})
{
    QList<FieldMapping> m = FieldMap::defaultFor(todo ? ModuleInfo::Module::Tasks : ModuleInfo::Module::Events).mappings();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        m << FieldMapping{it.key(), it.value().toString()};
    return FieldMap(m);
}

QString dump(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

class TestICalCodec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Floating times are read in the local zone; pin it (also set by CTest).
        qputenv("TZ", "Europe/Berlin");
        tzset();
    }

    void systemZoneinfoIsUsed()
    {
        // libical resolves Olson names through /usr/share/zoneinfo (tzdata), reference/protocols.md §5.1.
        QVERIFY(QFile::exists(QStringLiteral("/usr/share/zoneinfo/Asia/Tokyo")));
        QCOMPARE(icaltimezone_get_builtin_tzdata(), 0);
        const QString zoneDir = QString::fromUtf8(icaltzutil_get_zone_directory());
        QVERIFY2(zoneDir.endsWith(QLatin1String("zoneinfo")) && QFile::exists(zoneDir + QStringLiteral("/America/New_York")),
                 qPrintable(zoneDir));
        icaltimezone *ny = icaltimezone_get_builtin_timezone("America/New_York");
        QVERIFY(ny);
        icaltimetype summer = icaltime_from_string("20250701T120000");
        icaltimetype winter = icaltime_from_string("20250115T120000");
        QCOMPARE(qint64(icaltime_as_timet_with_zone(summer, ny)), QDateTime::fromString("2025-07-01T16:00:00Z", Qt::ISODate).toSecsSinceEpoch());
        QCOMPARE(qint64(icaltime_as_timet_with_zone(winter, ny)), QDateTime::fromString("2025-01-15T17:00:00Z", Qt::ISODate).toSecsSinceEpoch());
    }

    void goldenFilesAreThere()
    {
        const QStringList files = QDir(dataDir).entryList({QStringLiteral("*.ics")}, QDir::Files);
        QVERIFY2(files.size() >= 20, qPrintable(QString::number(files.size())));
        for (const QString &f : files)
            QVERIFY2(QFile::exists(dataDir + QLatin1Char('/') + f + QStringLiteral(".ref")), qPrintable(f));
    }

    void decodeGolden_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &f : QDir(dataDir).entryList({QStringLiteral("*.ics")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f)) << f;
    }

    void decodeGolden()
    {
        QFETCH(QString, name);
        const QByteArray raw = readFile(dataDir + QLatin1Char('/') + name);
        const QJsonObject ref = QJsonDocument::fromJson(readFile(dataDir + QLatin1Char('/') + name + QStringLiteral(".ref"))).object();
        QVERIFY(!ref.isEmpty());
        const bool todo = ref.value(QStringLiteral("component")).toString() == QLatin1String("VTODO");
        const ICalCodec codec(todo ? ModuleInfo::Format::VTodo : ModuleInfo::Format::VEvent);
        const Result<DecodedItem> r = codec.decode(raw, mapFor(todo, ref.value(QStringLiteral("map")).toObject()));
        if (ref.contains(QStringLiteral("error"))) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().category, Error::Category::Data);
            QVERIFY2(r.error().userMessage.contains(ref.value(QStringLiteral("error")).toString()), qPrintable(r.error().userMessage));
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.error().userMessage));
        QVERIFY2(r->fields == ref.value(QStringLiteral("fields")).toObject(),
                 qPrintable(dump(r->fields) + QStringLiteral("\n   expected ") + dump(ref.value(QStringLiteral("fields")).toObject())));
        QCOMPARE(r->uid, ref.value(QStringLiteral("uid")).toString());
        QCOMPARE(r->isPrivate, ref.value(QStringLiteral("isPrivate")).toBool());
        QStringList cats;
        for (const QJsonValue &c : ref.value(QStringLiteral("categories")).toArray())
            cats << c.toString();
        QCOMPARE(r->categories, cats);

        // Writing back what was read changes nothing, so the server copy and ETag stay.
        const Result<QByteArray> again = codec.encode(r->fields, raw, mapFor(todo, ref.value(QStringLiteral("map")).toObject()), r->uid);
        QVERIFY2(again.ok(), qPrintable(again.error().userMessage));
        QCOMPARE(*again, raw);
    }

    void roundTrip_data()
    {
        QTest::addColumn<bool>("todo");
        QTest::addColumn<QJsonObject>("extraMap");
        QTest::addColumn<QJsonObject>("fields");
        const QJsonObject none;
        QTest::newRow("event minimal") << false << none << QJsonObject{
            {"Event_Title", "Lunch"}, {"Start_DateTime", "2025-05-01T03:00:00+00:00"},
            {"End_DateTime", "2025-05-01T04:00:00+00:00"}, {"All_day", false}};
        QTest::newRow("event everything, Japanese") << false << none << QJsonObject{
            {"Event_Title", "新製品発表会のリハーサル（最終確認・資料配布・会場設営の打ち合わせを含む）"},
            {"Start_DateTime", "2025-05-01T01:00:00+00:00"}, {"End_DateTime", "2025-05-01T02:30:00+00:00"},
            {"All_day", false}, {"Venue", "東京都千代田区丸の内一丁目 本社ビル 十二階 大会議室"},
            {"Description", "持ち物：\nノートPC; 資料, 名刺\n\\バックスラッシュ"},
            {"Remind_At", "2025-05-01T00:45:00+00:00"}, {"Recurring_Activity", "FREQ=WEEKLY;BYDAY=MO,WE"},
            {"Participants", QJsonArray{"a@example.jp", "b@example.jp"}}};
        QTest::newRow("event all-day") << false << none << QJsonObject{
            {"Event_Title", "Offsite"}, {"Start_DateTime", "2025-06-02T00:00:00+00:00"},
            {"End_DateTime", "2025-06-04T00:00:00+00:00"}, {"All_day", true}};
        QTest::newRow("event reminder after start") << false << none << QJsonObject{
            {"Event_Title", "x"}, {"Start_DateTime", "2025-06-02T10:00:00+00:00"},
            {"End_DateTime", "2025-06-02T11:00:00+00:00"}, {"All_day", false}, {"Remind_At", "2025-06-02T10:05:00+00:00"}};
        QTest::newRow("event X- and CATEGORIES") << false
            << QJsonObject{{"Tag", "CATEGORIES"}, {"Zoho_Id", "X-ZOHO-ID"}, {"Url", "URL"}}
            << QJsonObject{{"Event_Title", "x"}, {"Start_DateTime", "2025-06-02T10:00:00+00:00"},
                           {"End_DateTime", "2025-06-02T10:00:00+00:00"}, {"All_day", false},
                           {"Tag", "Kunde,営業"}, {"Zoho_Id", "4876876000000123; a,b"}, {"Url", "https://example.com/a?b=c"}};
        QTest::newRow("task statuses: Not Started/Highest") << true << none << QJsonObject{
            {"Subject", "電話する"}, {"Due_Date", "2025-07-01"}, {"Status", "Not Started"}, {"Priority", "Highest"}};
        QTest::newRow("task In Progress/High") << true << none << QJsonObject{
            {"Subject", "a"}, {"Status", "In Progress"}, {"Priority", "High"}};
        QTest::newRow("task Completed/Low") << true << none << QJsonObject{
            {"Subject", "a"}, {"Status", "Completed"}, {"Priority", "Low"}, {"Description", "done\nreally"}};
        QTest::newRow("task Deferred/Lowest") << true << none << QJsonObject{
            {"Subject", "a"}, {"Status", "Deferred"}, {"Priority", "Lowest"}};
        QTest::newRow("task Waiting for input/Normal") << true << none << QJsonObject{
            {"Subject", "a"}, {"Status", "Waiting for input"}, {"Priority", "Normal"}};
        QTest::newRow("task org picklist values") << true << none << QJsonObject{
            {"Subject", "a"}, {"Status", "Waiting on someone else"}, {"Priority", "Urgent"}};
        QTest::newRow("task reminder and rule") << true << none << QJsonObject{
            {"Subject", "a"}, {"Priority", "Normal"}, {"Due_Date", "2025-07-01"},
            {"Remind_At", "2025-06-30T23:00:00+00:00"}, {"Recurring_Activity", "FREQ=MONTHLY;UNTIL=20251231T000000Z;BYMONTHDAY=1"}};
    }

    void roundTrip()
    {
        QFETCH(bool, todo);
        QFETCH(QJsonObject, extraMap);
        QFETCH(QJsonObject, fields);
        const ICalCodec codec(todo ? ModuleInfo::Format::VTodo : ModuleInfo::Format::VEvent,
                              [] { return QDateTime::fromString("2026-01-02T03:04:05Z", Qt::ISODate); });
        const FieldMap map = mapFor(todo, extraMap);
        const Result<QByteArray> out = codec.encode(fields, {}, map, QStringLiteral("uid-rt-1@crmsync"));
        QVERIFY2(out.ok(), qPrintable(out.error().userMessage));
        const QByteArray &bytes = *out;

        // A new item: VERSION, PRODID, DTSTAMP, UID, CRLF, folded lines (RFC 5545 §3.1, §3.6).
        QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(bytes.contains("\r\nVERSION:2.0\r\n"));
        QVERIFY(bytes.contains("\r\nPRODID:-//CRM Sync//EN\r\n"));
        QVERIFY(bytes.contains("\r\nDTSTAMP:20260102T030405Z\r\n"));
        QVERIFY(bytes.contains("\r\nUID:uid-rt-1@crmsync\r\n"));
        QVERIFY(!bytes.contains("\r\nSEQUENCE"));
        for (const QByteArray &line : bytes.split('\n')) {
            if (line.isEmpty())
                continue;
            QVERIFY2(line.endsWith('\r'), line.constData());
            QVERIFY2(line.size() - 1 <= 75, line.constData());
        }
        icalcomponent *parsed = icalparser_parse_string(bytes.constData());
        QVERIFY(parsed);
        QCOMPARE(icalcomponent_count_errors(parsed), 0);
        icalcomponent_free(parsed);

        const Result<DecodedItem> back = codec.decode(bytes, map);
        QVERIFY2(back.ok(), qPrintable(back.error().userMessage));
        QVERIFY2(back->fields == fields, qPrintable(dump(back->fields) + QStringLiteral("\n   expected ") + dump(fields)));
        QCOMPARE(back->uid, QStringLiteral("uid-rt-1@crmsync"));
    }

    void encodeErrors_data()
    {
        QTest::addColumn<bool>("todo");
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("message");
        QTest::newRow("event without start") << false << QJsonObject{{"Event_Title", "x"}} << QStringLiteral("start time");
        QTest::newRow("bad start") << false << QJsonObject{{"Start_DateTime", "2025-06-02 10:00"}} << QStringLiteral("DTSTART");
        QTest::newRow("bad rule") << false
            << QJsonObject{{"Start_DateTime", "2025-06-02T10:00:00+00:00"}, {"Recurring_Activity", "EVERY MONDAY"}} << QStringLiteral("RRULE");
        QTest::newRow("bad due") << true << QJsonObject{{"Due_Date", "next week"}} << QStringLiteral("DUE");
        QTest::newRow("bad reminder") << true << QJsonObject{{"Remind_At", "soon"}} << QStringLiteral("VALARM");
    }

    void encodeErrors()
    {
        QFETCH(bool, todo);
        QFETCH(QJsonObject, fields);
        QFETCH(QString, message);
        const ICalCodec codec(todo ? ModuleInfo::Format::VTodo : ModuleInfo::Format::VEvent);
        const Result<QByteArray> out = codec.encode(fields, {}, mapFor(todo), QStringLiteral("u1"));
        QVERIFY(!out.ok());
        QCOMPARE(out.error().category, Error::Category::Data);
        QVERIFY2(out.error().userMessage.contains(message), qPrintable(out.error().userMessage));
    }

    void canonicalRRule_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("interval 1 dropped") << "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO" << "FREQ=WEEKLY;BYDAY=MO";
        QTest::newRow("order") << "BYDAY=SA;FREQ=WEEKLY;INTERVAL=2;COUNT=3" << "FREQ=WEEKLY;COUNT=3;INTERVAL=2;BYDAY=SA";
        QTest::newRow("invalid") << "FREQ=SOMETIMES" << "";
    }

    void canonicalRRule()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(ICalCodec::canonicalRRule(in), out);
    }
};

QTEST_GUILESS_MAIN(TestICalCodec)
#include "tst_icalcodec.moc"
