// SPDX-License-Identifier: GPL-3.0-or-later
// ICalCodec::encode() on an existing item: one mapped field changes, everything else
// survives. libical re-serialises, so survival is checked per property: every property
// (with its parameters and value) of every component is still there afterwards.
#include "formats/ical/icalcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <libical/ical.h>

#include <ctime>

using namespace crmsync;

namespace {

const QString dataDir = QStringLiteral(CRMSYNC_TEST_DATA_DIR "/ical");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray unfold(QByteArray s)
{
    return s.replace("\r\n ", "").replace("\r\n\t", "");
}

struct Prop
{
    QString component; //!< e.g. "VCALENDAR/VEVENT[master]/VALARM[0]"
    QString line;      //!< unfolded content line
    bool inMaster;     //!< belongs to the master or its alarms
    bool operator==(const Prop &o) const { return component == o.component && line == o.line; }
};

void collect(icalcomponent *c, const QString &path, bool inMaster, QList<Prop> &out)
{
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_ANY_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_ANY_PROPERTY)) {
        char *s = icalproperty_as_ical_string_r(p);
        out << Prop{path, QString::fromUtf8(unfold(QByteArray(s)).trimmed()), inMaster};
        icalmemory_free_buffer(s);
    }
    QHash<QString, int> counts;
    for (icalcomponent *k = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); k;
         k = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT)) {
        const QString kind = QString::fromLatin1(icalcomponent_kind_to_string(icalcomponent_isa(k)));
        QString key = QString::number(counts[kind]++);
        bool master = inMaster;
        if (icalcomponent_isa(k) == ICAL_VTIMEZONE_COMPONENT) {
            icalproperty *tzid = icalcomponent_get_first_property(k, ICAL_TZID_PROPERTY);
            key = tzid ? QString::fromUtf8(icalproperty_get_tzid(tzid)) : key;
        } else if (icalcomponent_isa(k) == ICAL_VEVENT_COMPONENT || icalcomponent_isa(k) == ICAL_VTODO_COMPONENT) {
            icalproperty *rid = icalcomponent_get_first_property(k, ICAL_RECURRENCEID_PROPERTY);
            key = rid ? QString::fromUtf8(icalproperty_get_value_as_string(rid)) : QStringLiteral("master");
            master = !rid;
        }
        collect(k, path + QLatin1Char('/') + kind + QLatin1Char('[') + key + QLatin1Char(']'), master, out);
    }
}

QList<Prop> properties(const QByteArray &raw)
{
    QList<Prop> out;
    icalcomponent *c = icalparser_parse_string(raw.constData());
    if (c) {
        collect(c, QStringLiteral("VCALENDAR"), false, out);
        icalcomponent_free(c);
    }
    return out;
}

} // namespace

class TestICalCodecPatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Europe/Berlin");
        tzset();
    }

    void patchOneField_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        //! Master/alarm properties allowed to change (line prefixes).
        QTest::addColumn<QStringList>("changes");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        QTest::addColumn<int>("sequence");

        QTest::newRow("Tokyo start moves, TZID and relative reminder kept")
            << "apple-tokyo-meeting" << "Start_DateTime" << QJsonValue("2025-03-10T02:00:00+00:00")
            << QStringList{"DTSTART", "TRIGGER"}
            << QStringList{"DTSTART;TZID=Asia/Tokyo:20250310T110000", "TRIGGER:-PT1H15M", "DTEND;TZID=Asia/Tokyo:20250310T113000"}
            << QStringList{"DTSTART:2025"} << 2;
        QTest::newRow("Tokyo end moves") << "apple-tokyo-meeting" << "End_DateTime" << QJsonValue("2025-03-10T03:00:00+00:00")
            << QStringList{"DTEND"} << QStringList{"DTEND;TZID=Asia/Tokyo:20250310T120000"} << QStringList{} << 2;
        QTest::newRow("attendee removed, the other keeps its parameters")
            << "apple-tokyo-meeting" << "Participants" << QJsonValue(QJsonArray{"taro@example.jp"})
            << QStringList{"ATTENDEE;CN=Hanako"} << QStringList{"PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:Taro@Example.JP"}
            << QStringList{"hanako@example.jp"} << 1;
        QTest::newRow("reminder removed") << "apple-tokyo-meeting" << "Remind_At" << QJsonValue()
            << QStringList{"X-WR-ALARMUID", "UID:9A1C2B3D", "TRIGGER", "ACTION", "DESCRIPTION:Reminder"}
            << QStringList{} << QStringList{"BEGIN:VALARM"} << 1;
        QTest::newRow("X- property rewritten") << "apple-tokyo-meeting" << "Travel" << QJsonValue("DISABLED")
            << QStringList{"X-APPLE-TRAVEL-ADVISORY-BEHAVIOR"} << QStringList{"X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:DISABLED"}
            << QStringList{} << 1;
        QTest::newRow("series renamed, override and EXDATE untouched")
            << "google-newyork-weekly" << "Event_Title" << QJsonValue("Weekly sync (renamed)")
            << QStringList{"SUMMARY"} << QStringList{"SUMMARY:Weekly sync (renamed)", "SUMMARY:Weekly sync (moved)"}
            << QStringList{} << 1;
        QTest::newRow("recurring master moves, EXDATE left alone")
            << "google-newyork-weekly" << "Start_DateTime" << QJsonValue("2025-03-03T15:00:00+00:00")
            << QStringList{"DTSTART", "TRIGGER"}
            << QStringList{"DTSTART;TZID=America/New_York:20250303T100000", "EXDATE;TZID=America/New_York:20250317T090000"}
            << QStringList{} << 1;
        // Google writes "LOCATION:" and "DESCRIPTION:" for none; libical alone would drop them.
        QTest::newRow("empty LOCATION kept when the title changes") << "google-empty-location" << "Event_Title"
            << QJsonValue("1on1 佐藤さん") << QStringList{"SUMMARY", "X-LIC-ERROR"} // this test's libical parse of the original
            << QStringList{"SUMMARY:1on1 佐藤さん", "\r\nLOCATION:\r\n", "\r\nDESCRIPTION:\r\n"}
            << QStringList{"X-LIC-ERROR"} << 1;
        QTest::newRow("rule changed") << "google-newyork-weekly" << "Recurring_Activity" << QJsonValue("FREQ=WEEKLY;COUNT=10;BYDAY=MO")
            << QStringList{"RRULE"} << QStringList{"RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=MO"} << QStringList{} << 0;
        QTest::newRow("description is not a scheduling change") << "google-newyork-weekly" << "Description" << QJsonValue("新しい議題")
            << QStringList{"DESCRIPTION:Agenda"} << QStringList{"DESCRIPTION:新しい議題"} << QStringList{} << 0;
        QTest::newRow("absolute reminder stays absolute") << "thunderbird-berlin-private" << "Remind_At"
            << QJsonValue("2025-03-27T14:00:00+00:00") << QStringList{"TRIGGER"}
            << QStringList{"TRIGGER;VALUE=DATE-TIME:20250327T140000Z"} << QStringList{} << 2;
        QTest::newRow("attendee added") << "thunderbird-berlin-private" << "Participants" << QJsonValue(QJsonArray{"new@example.com"})
            << QStringList{} << QStringList{"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:new@example.com"}
            << QStringList{} << 2;
        QTest::newRow("categories") << "thunderbird-berlin-private" << "Tag" << QJsonValue("Business")
            << QStringList{"CATEGORIES:Planning"} << QStringList{"CATEGORIES:Business"} << QStringList{"CATEGORIES:Planning"} << 2;
        QTest::newRow("all-day becomes timed") << "allday-single" << "All_day" << QJsonValue(false)
            << QStringList{"DTSTART", "DTEND"} << QStringList{"DTSTART:20250505T000000Z", "DTEND:20250506T000000Z"}
            << QStringList{"VALUE=DATE"} << 1;
        QTest::newRow("all-day moves a day") << "allday-single" << "Start_DateTime" << QJsonValue("2025-05-04T00:00:00+00:00")
            << QStringList{"DTSTART"} << QStringList{"DTSTART;VALUE=DATE:20250504", "DTEND;VALUE=DATE:20250506"}
            << QStringList{} << 1;
        QTest::newRow("DURATION becomes DTEND") << "duration-utc" << "End_DateTime" << QJsonValue("2025-06-01T10:00:00+00:00")
            << QStringList{"DURATION"} << QStringList{"DTEND:20250601T100000Z", "TRIGGER;RELATED=START:-PT1H"}
            << QStringList{"DURATION"} << 1;
        QTest::newRow("floating stays floating") << "floating-local" << "Start_DateTime" << QJsonValue("2025-09-01T06:00:00+00:00")
            << QStringList{"DTSTART"} << QStringList{"DTSTART:20250901T080000"} << QStringList{"DTSTART:20250901T080000Z"} << 1;
        QTest::newRow("missing VTIMEZONEs are added") << "builtin-tz-no-vtimezone" << "Venue" << QJsonValue("Call")
            << QStringList{} << QStringList{"BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "TZID:America/New_York", "LOCATION:Call"}
            << QStringList{"freeassociation"} << 1;
        QTest::newRow("TZID=UTC kept without Z") << "tzid-utc-no-vtimezone" << "Start_DateTime" << QJsonValue("2025-04-02T08:30:00+00:00")
            << QStringList{"DTSTART"} << QStringList{"DTSTART;TZID=UTC:20250402T083000"} << QStringList{"083000Z", "BEGIN:VTIMEZONE"} << 1;
        QTest::newRow("task completed") << "todo-apple-reminder" << "Status" << QJsonValue("Completed")
            << QStringList{"STATUS"} << QStringList{"STATUS:COMPLETED", "COMPLETED:20260102T030405Z", "DUE;TZID=Asia/Tokyo:20250415T180000"}
            << QStringList{"SEQUENCE"} << -1;
        QTest::newRow("task due date keeps time and TZID") << "todo-apple-reminder" << "Due_Date" << QJsonValue("2025-04-18")
            << QStringList{"DUE"} << QStringList{"DUE;TZID=Asia/Tokyo:20250418T180000", "TRIGGER;VALUE=DATE-TIME:20250415T080000Z"}
            << QStringList{"SEQUENCE"} << -1;
        QTest::newRow("task status loses X-CRMSYNC-STATUS") << "todo-thunderbird-waiting" << "Status" << QJsonValue("In Progress")
            << QStringList{"X-CRMSYNC-STATUS"} << QStringList{"STATUS:IN-PROCESS", "PERCENT-COMPLETE:40"}
            << QStringList{"X-CRMSYNC-STATUS"} << -1;
        QTest::newRow("task priority") << "todo-thunderbird-waiting" << "Priority" << QJsonValue("Low")
            << QStringList{"PRIORITY"} << QStringList{"PRIORITY:7", "X-CRMSYNC-STATUS:Waiting for input"} << QStringList{} << -1;
        QTest::newRow("task reopened") << "todo-completed-lowest" << "Status" << QJsonValue("Not Started")
            << QStringList{"STATUS", "COMPLETED"} << QStringList{"STATUS:NEEDS-ACTION"} << QStringList{"COMPLETED:"} << -1;
    }

    void patchOneField()
    {
        QFETCH(QString, file);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QStringList, changes);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        QFETCH(int, sequence);

        const QByteArray raw = readFile(dataDir + QLatin1Char('/') + file + QStringLiteral(".ics"));
        const QJsonObject ref = QJsonDocument::fromJson(readFile(dataDir + QLatin1Char('/') + file + QStringLiteral(".ics.ref"))).object();
        const bool todo = ref.value(QStringLiteral("component")).toString() == QLatin1String("VTODO");
        QList<FieldMapping> mappings = FieldMap::defaultFor(todo ? ModuleInfo::Module::Tasks : ModuleInfo::Module::Events).mappings();
        const QJsonObject extra = ref.value(QStringLiteral("map")).toObject();
        for (auto it = extra.begin(); it != extra.end(); ++it)
            mappings << FieldMapping{it.key(), it.value().toString()};
        const FieldMap map(mappings);
        const ICalCodec codec(todo ? ModuleInfo::Format::VTodo : ModuleInfo::Format::VEvent,
                              [] { return QDateTime::fromString("2026-01-02T03:04:05Z", Qt::ISODate); });

        const Result<DecodedItem> before = codec.decode(raw, map);
        QVERIFY2(before.ok(), qPrintable(before.error().userMessage));
        QJsonObject fields = before->fields;
        if (value.isNull())
            fields.remove(field);
        else
            fields.insert(field, value);

        const Result<QByteArray> out = codec.encode(fields, raw, map, QStringLiteral("ignored-for-updates"));
        QVERIFY2(out.ok(), qPrintable(out.error().userMessage));
        const QByteArray text = unfold(*out);

        // The change took, and nothing else changed in meaning.
        const Result<DecodedItem> after = codec.decode(*out, map);
        QVERIFY2(after.ok(), qPrintable(after.error().userMessage));
        QVERIFY2(after->fields == fields, QJsonDocument(after->fields).toJson().constData());
        QCOMPARE(after->uid, before->uid);

        // Every property that was not meant to change is still there, parameters and all.
        const QList<Prop> now = properties(*out);
        for (const Prop &p : properties(raw)) {
            const bool revised = p.inMaster
                && (p.line.startsWith(QLatin1String("DTSTAMP")) || p.line.startsWith(QLatin1String("LAST-MODIFIED"))
                    || p.line.startsWith(QLatin1String("SEQUENCE")));
            const bool allowed = p.inMaster && std::any_of(changes.begin(), changes.end(), [&](const QString &c) { return p.line.startsWith(c); });
            if (!revised && !allowed)
                QVERIFY2(now.contains(p), qPrintable(p.component + QStringLiteral(": ") + p.line));
        }
        for (const QString &e : expected)
            QVERIFY2(text.contains(e.toUtf8()), qPrintable(e + QStringLiteral("\n") + QString::fromUtf8(text)));
        for (const QString &a : absent)
            QVERIFY2(!text.contains(a.toUtf8()), qPrintable(a + QStringLiteral("\n") + QString::fromUtf8(text)));
        QVERIFY(text.contains("DTSTAMP:20260102T030405Z"));
        if (sequence >= 0)
            QVERIFY2(text.contains(QByteArray("\r\nSEQUENCE:") + QByteArray::number(sequence) + "\r\n"), text.constData());
        for (const QByteArray &line : out->split('\n'))
            QVERIFY2(line.isEmpty() || (line.endsWith('\r') && line.size() - 1 <= 75), line.constData());
    }

    void brokenOriginalIsRefused()
    {
        const QByteArray raw = readFile(dataDir + QStringLiteral("/broken-dtstart.ics"));
        const ICalCodec codec(ModuleInfo::Format::VEvent);
        const Result<QByteArray> out = codec.encode(QJsonObject{{"Event_Title", "x"}}, raw,
                                                    FieldMap::defaultFor(ModuleInfo::Module::Events), QStringLiteral("u"));
        QVERIFY(!out.ok());
        QCOMPARE(out.error().category, Error::Category::Data);
        QVERIFY(out.error().userMessage.contains(QLatin1String("DTSTART")));
    }
};

QTEST_GUILESS_MAIN(TestICalCodecPatch)
#include "tst_icalcodecpatch.moc"
