// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/zoho/zohorecordcodec.h"

#include <QJsonDocument>
#include <QTest>

using namespace crmsync;

namespace {

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

FieldMap mapOf(const QStringList &crmFields)
{
    QList<FieldMapping> m;
    for (const QString &f : crmFields)
        m.append(FieldMapping{f, QStringLiteral("X-") + f.toUpper()});
    return FieldMap(m);
}

} // namespace

Q_DECLARE_METATYPE(ModuleInfo::Module)

class TestZohoRecordCodec : public QObject
{
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<ModuleInfo::Module>("module");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("text kept, empty and null dropped")
            << ModuleInfo::Module::Contacts << QStringList{"Last_Name", "First_Name", "Email", "Phone"}
            << QByteArray(R"({"id":"41","Last_Name":"Doe ","First_Name":"","Email":null,"Phone":"+1 555"})")
            << QByteArray(R"({"Last_Name":"Doe ","Phone":"+1 555"})");
        QTest::newRow("unmapped fields ignored")
            << ModuleInfo::Module::Contacts << QStringList{"Last_Name"}
            << QByteArray(R"({"id":"41","Last_Name":"Doe","Mobile":"123"})")
            << QByteArray(R"({"Last_Name":"Doe"})");
        QTest::newRow("date-time to UTC, date as is")
            << ModuleInfo::Module::Contacts << QStringList{"Date_of_Birth", "Modified_Time"}
            << QByteArray(R"({"id":"41","Date_of_Birth":"1980-02-29","Modified_Time":"2024-01-15T15:26:49+05:30"})")
            << QByteArray(R"({"Date_of_Birth":"1980-02-29","Modified_Time":"2024-01-15T09:56:49+00:00"})");
        QTest::newRow("lookup to name")
            << ModuleInfo::Module::Contacts << QStringList{"Account_Name", "Owner"}
            << QByteArray(R"({"id":"41","Account_Name":{"name":"ACME","id":"9"},"Owner":{"name":"Ann","id":"1","email":"a@x"}})")
            << QByteArray(R"({"Account_Name":"ACME","Owner":"Ann"})");
        QTest::newRow("boolean kept")
            << ModuleInfo::Module::Events << QStringList{"All_day"}
            << QByteArray(R"({"id":"7","All_day":false})")
            << QByteArray(R"({"All_day":false})");
        QTest::newRow("participants sorted lower-case")
            << ModuleInfo::Module::Events << QStringList{"Participants"}
            << QByteArray(R"({"id":"7","Participants":[{"type":"contact","participant":"55","name":"Bo","Email":"Bo@Example.com"},{"type":"email","participant":"ann@example.com"},{"type":"lead","participant":"56","name":"No Mail"},{"type":"email","participant":"ANN@example.com"}]})")
            << QByteArray(R"({"Participants":["ann@example.com","bo@example.com"]})");
        QTest::newRow("task alarm to date-time")
            << ModuleInfo::Module::Tasks << QStringList{"Remind_At"}
            << QByteArray(R"({"id":"8","Remind_At":{"ALARM":"FREQ=NONE;ACTION=POPUP;TRIGGER=DATE-TIME:2021-01-18T12:45:00+05:30"}})")
            << QByteArray(R"({"Remind_At":"2021-01-18T07:15:00+00:00"})");
        QTest::newRow("event reminder is a date-time")
            << ModuleInfo::Module::Events << QStringList{"Remind_At"}
            << QByteArray(R"({"id":"8","Remind_At":"2021-01-18T12:45:00+09:00"})")
            << QByteArray(R"({"Remind_At":"2021-01-18T03:45:00+00:00"})");
        QTest::newRow("recurrence without DTSTART")
            << ModuleInfo::Module::Tasks << QStringList{"Recurring_Activity"}
            << QByteArray(R"({"id":"8","Recurring_Activity":{"RRULE":"FREQ=WEEKLY;INTERVAL=1;UNTIL=2020-05-16;BYDAY=SA;DTSTART=2020-05-02"}})")
            << QByteArray(R"({"Recurring_Activity":"FREQ=WEEKLY;INTERVAL=1;UNTIL=2020-05-16;BYDAY=SA"})");
        QTest::newRow("multi-select sorted")
            << ModuleInfo::Module::Leads << QStringList{"Interests"}
            << QByteArray(R"({"id":"9","Interests":["b","a",""]})")
            << QByteArray(R"({"Interests":["a","b"]})");
    }
    void decode()
    {
        QFETCH(ModuleInfo::Module, module);
        QFETCH(QStringList, fields);
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, expected);
        const ZohoRecordCodec codec(ModuleInfo::of(module));
        const Result<DecodedItem> item = codec.decode(raw, mapOf(fields));
        QVERIFY2(item.ok(), qPrintable(item.error().userMessage));
        QCOMPARE(QJsonDocument(item->fields).toJson(QJsonDocument::Compact),
                 QJsonDocument(QJsonDocument::fromJson(expected).object()).toJson(QJsonDocument::Compact));
        QCOMPARE(item->uid, QJsonDocument::fromJson(raw).object().value("id").toString());
    }

    void decodeTags()
    {
        const ZohoRecordCodec codec(ModuleInfo::of(ModuleInfo::Module::Contacts));
        const auto item = codec.decode(R"({"id":"1","Tag":[{"name":"VIP","id":"3"}]})", mapOf({"Last_Name"}));
        QVERIFY(item.ok());
        QCOMPARE(item->categories, QStringList{"VIP"});
    }

    void decodeBroken_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("truncated") << QByteArray("{\"id\":\"1\",\"Last_Na");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("empty") << QByteArray();
    }
    void decodeBroken()
    {
        QFETCH(QByteArray, raw);
        const ZohoRecordCodec codec(ModuleInfo::of(ModuleInfo::Module::Contacts));
        const auto item = codec.decode(raw, mapOf({"Last_Name"}));
        QVERIFY(!item.ok());
        QCOMPARE(item.error().category, Error::Category::Data);
        QVERIFY(item.error().userMessage.contains(QStringLiteral("Contacts")));
    }

    void encode_data()
    {
        QTest::addColumn<ModuleInfo::Module>("module");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QByteArray>("values");
        QTest::addColumn<QByteArray>("original");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("create: only given fields")
            << ModuleInfo::Module::Contacts << QStringList{"Last_Name", "First_Name", "Email"}
            << QByteArray(R"({"Last_Name":"Doe","Email":"d@x"})") << QByteArray()
            << QByteArray(R"({"Email":"d@x","Last_Name":"Doe"})");
        QTest::newRow("update clears a field the original had")
            << ModuleInfo::Module::Contacts << QStringList{"Last_Name", "First_Name", "Phone"}
            << QByteArray(R"({"Last_Name":"Doe"})")
            << QByteArray(R"({"id":"1","Last_Name":"Doe","First_Name":"Jo","Mobile":"7"})")
            << QByteArray(R"({"First_Name":null,"Last_Name":"Doe"})");
        QTest::newRow("date-time as given")
            << ModuleInfo::Module::Events << QStringList{"Start_DateTime", "Event_Title"}
            << QByteArray(R"({"Start_DateTime":"2024-03-01T09:00:00+00:00","Event_Title":"Call"})") << QByteArray()
            << QByteArray(R"({"Event_Title":"Call","Start_DateTime":"2024-03-01T09:00:00+00:00"})");
        QTest::newRow("participants to request shape")
            << ModuleInfo::Module::Events << QStringList{"Participants"}
            << QByteArray(R"({"Participants":["a@x","b@x"]})") << QByteArray()
            << QByteArray(R"({"Participants":[{"participant":"a@x","type":"email"},{"participant":"b@x","type":"email"}]})");
        QTest::newRow("task alarm")
            << ModuleInfo::Module::Tasks << QStringList{"Remind_At"}
            << QByteArray(R"({"Remind_At":"2021-01-18T07:15:00+00:00"})") << QByteArray()
            << QByteArray(R"({"Remind_At":{"ALARM":"FREQ=NONE;ACTION=POPUP;TRIGGER=DATE-TIME:2021-01-18T07:15:00+00:00"}})");
        QTest::newRow("event reminder stays a date-time")
            << ModuleInfo::Module::Events << QStringList{"Remind_At"}
            << QByteArray(R"({"Remind_At":"2021-01-18T07:15:00+00:00"})") << QByteArray()
            << QByteArray(R"({"Remind_At":"2021-01-18T07:15:00+00:00"})");
        QTest::newRow("task recurrence takes DTSTART from the due date")
            << ModuleInfo::Module::Tasks << QStringList{"Recurring_Activity", "Due_Date"}
            << QByteArray(R"({"Recurring_Activity":"FREQ=DAILY;INTERVAL=2","Due_Date":"2024-05-02"})") << QByteArray()
            << QByteArray(R"({"Due_Date":"2024-05-02","Recurring_Activity":{"RRULE":"FREQ=DAILY;INTERVAL=2;DTSTART=2024-05-02"}})");
        QTest::newRow("event recurrence keeps the original DTSTART")
            << ModuleInfo::Module::Events << QStringList{"Recurring_Activity"}
            << QByteArray(R"({"Recurring_Activity":"FREQ=WEEKLY;BYDAY=MO"})")
            << QByteArray(R"({"id":"5","Recurring_Activity":{"RRULE":"FREQ=DAILY;DTSTART=2022-07-03"}})")
            << QByteArray(R"({"Recurring_Activity":{"RRULE":"FREQ=WEEKLY;BYDAY=MO;DTSTART=2022-07-03"}})");
    }
    void encode()
    {
        QFETCH(ModuleInfo::Module, module);
        QFETCH(QStringList, fields);
        QFETCH(QByteArray, values);
        QFETCH(QByteArray, original);
        QFETCH(QByteArray, expected);
        const ZohoRecordCodec codec(ModuleInfo::of(module));
        const auto out = codec.encode(QJsonDocument::fromJson(values).object(), original, mapOf(fields), QStringLiteral("uid"));
        QVERIFY2(out.ok(), qPrintable(out.error().userMessage));
        QCOMPARE(QJsonDocument::fromJson(*out).object(), QJsonDocument::fromJson(expected).object());
    }

    void roundTrip_data()
    {
        QTest::addColumn<ModuleInfo::Module>("module");
        QTest::addColumn<QByteArray>("values");
        QTest::newRow("event") << ModuleInfo::Module::Events
                               << QByteArray(R"({"Event_Title":"Review","All_day":false,"Start_DateTime":"2024-03-01T09:00:00+00:00","Participants":["a@x","b@x"],"Remind_At":"2024-03-01T08:45:00+00:00","Recurring_Activity":"FREQ=WEEKLY;INTERVAL=1"})");
        QTest::newRow("task") << ModuleInfo::Module::Tasks
                              << QByteArray(R"({"Subject":"Call","Due_Date":"2024-03-01","Remind_At":"2024-03-01T08:45:00+00:00","Recurring_Activity":"FREQ=DAILY"})");
    }
    void roundTrip()
    {
        // encode then decode gives the canonical values back: no spurious changes next run.
        QFETCH(ModuleInfo::Module, module);
        QFETCH(QByteArray, values);
        const QJsonObject in = QJsonDocument::fromJson(values).object();
        const ZohoRecordCodec codec(ModuleInfo::of(module));
        const FieldMap map = FieldMap::defaultFor(module);
        const auto encoded = codec.encode(in, {}, map, {});
        QVERIFY(encoded.ok());
        QJsonObject record = QJsonDocument::fromJson(*encoded).object();
        record.insert("id", "1");
        const auto decoded = codec.decode(QJsonDocument(record).toJson(), map);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->fields, in);
    }

    void unsetAllDayReadsFalse_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::newRow("null") << QByteArray(R"({"id":"1","Event_Title":"A","All_day":null})");
        QTest::newRow("absent") << QByteArray(R"({"id":"1","Event_Title":"A"})");
        QTest::newRow("false") << QByteArray(R"({"id":"1","Event_Title":"A","All_day":false})");
    }
    void unsetAllDayReadsFalse()
    {
        // A timed event reads All_day false on the calendar side too, so both sides agree
        // when items are matched anew (tst_cli_dav_scale, after the state is deleted).
        QFETCH(QByteArray, record);
        const ZohoRecordCodec codec(ModuleInfo::of(ModuleInfo::Module::Events));
        const auto decoded = codec.decode(record, FieldMap::defaultFor(ModuleInfo::Module::Events));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->fields.value("All_day"), QJsonValue(false));
        // Tasks have no All_day: nothing is made up for them.
        const ZohoRecordCodec tasks(ModuleInfo::of(ModuleInfo::Module::Tasks));
        const auto task = tasks.decode(R"({"id":"2","Subject":"B"})", FieldMap::defaultFor(ModuleInfo::Module::Tasks));
        QVERIFY(task.ok());
        QVERIFY(!task->fields.contains("All_day"));
    }
};

QTEST_GUILESS_MAIN(TestZohoRecordCodec)
#include "tst_zohorecordcodec.moc"
