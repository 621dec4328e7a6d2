// SPDX-License-Identifier: GPL-3.0-or-later
// crm-sandbox record writes and reads (reference/zoho-crm-api.md §2.2–§2.8, §3.4).
#include "sandboxhttp.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

namespace {
QJsonObject obj(std::initializer_list<QPair<QString, QJsonValue>> list)
{
    QJsonObject o;
    for (const auto &p : list)
        o.insert(p.first, p.second);
    return o;
}

QStringList codes(const SandboxHttp::Reply &reply)
{
    QStringList result;
    for (const QJsonValue &item : reply.json.value(QStringLiteral("data")).toArray())
        result.append(item.toObject().value(QStringLiteral("code")).toString());
    return result;
}

QString detail(const SandboxHttp::Reply &reply, int index, const QString &key)
{
    return reply.json.value(QStringLiteral("data")).toArray().at(index).toObject()
        .value(QStringLiteral("details")).toObject().value(key).toString();
}
} // namespace

class TestSandboxRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void insert_data();
    void insert();
    void insertOverLimit();
    void updateAndPreconditions();
    void sameSecondWritesAdvanceModifiedTime();
    void upsert();
    void deleteAndDeletedList();
    void search_data();
    void search();
    void fieldsMetadata();
    void customFieldIsWritable();
    void dateTimesRenderedInOrgZone();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;
};

void TestSandboxRecords::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringLiteral(CRMSYNC_SANDBOX_BIN));
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_http = std::make_unique<SandboxHttp>(m_sandbox->baseUrl());
    QVERIFY(m_http->refreshToken());
}

void TestSandboxRecords::insert_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QJsonArray>("records");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("expectedCodes");
    QTest::addColumn<QString>("firstErrorField");

    QTest::newRow("all created") << "Contacts"
        << QJsonArray{obj({{"Last_Name", "山田"}, {"First_Name", "太郎"}, {"Email", "taro@example.jp"}}), obj({{"Last_Name", "Smith"}})}
        << 201 << QStringList{"SUCCESS", "SUCCESS"} << QString();
    QTest::newRow("mixed") << "Contacts"
        << QJsonArray{obj({{"Last_Name", "Ok"}}), obj({{"First_Name", "No last name"}}), obj({{"Last_Name", "Dup"}, {"Email", "TARO@example.jp"}})}
        << 207 << QStringList{"SUCCESS", "MANDATORY_NOT_FOUND", "DUPLICATE_DATA"} << QString();
    QTest::newRow("lead without company") << "Leads"
        << QJsonArray{obj({{"Last_Name", "Lee"}})} << 400 << QStringList{"MANDATORY_NOT_FOUND"} << "Company";
    QTest::newRow("bad date") << "Contacts"
        << QJsonArray{obj({{"Last_Name", "X"}, {"Date_of_Birth", "1990/01/02"}})} << 400 << QStringList{"INVALID_DATA"} << "Date_of_Birth";
    QTest::newRow("offset-less datetime") << "Events"
        << QJsonArray{obj({{"Event_Title", "M"}, {"Start_DateTime", "2024-01-01T10:00:00"}, {"End_DateTime", "2024-01-01T11:00:00+09:00"}})}
        << 400 << QStringList{"INVALID_DATA"} << "Start_DateTime";
    QTest::newRow("event missing end") << "Events"
        << QJsonArray{obj({{"Event_Title", "M"}, {"Start_DateTime", "2024-01-01T10:00:00+09:00"}})}
        << 400 << QStringList{"MANDATORY_NOT_FOUND"} << "End_DateTime";
    QTest::newRow("too long text") << "Vendors"
        << QJsonArray{obj({{"Vendor_Name", QString(121, QLatin1Char('v'))}})} << 400 << QStringList{"INVALID_DATA"} << "Vendor_Name";
    QTest::newRow("boolean as string") << "Events"
        << QJsonArray{obj({{"Event_Title", "M"}, {"Start_DateTime", "2024-01-01T10:00:00+09:00"}, {"End_DateTime", "2024-01-01T11:00:00+09:00"}, {"All_day", "yes"}})}
        << 400 << QStringList{"INVALID_DATA"} << "All_day";
    QTest::newRow("task ok") << "Tasks"
        << QJsonArray{obj({{"Subject", "Call back"}, {"Due_Date", "2024-02-29"}, {"Status", "Not Started"}})} << 201 << QStringList{"SUCCESS"} << QString();
}

void TestSandboxRecords::insert()
{
    QFETCH(QString, module);
    QFETCH(QJsonArray, records);
    QFETCH(int, status);
    QFETCH(QStringList, expectedCodes);
    QFETCH(QString, firstErrorField);
    const auto reply = m_http->postJson(QStringLiteral("/crm/v8/") + module, {{QStringLiteral("data"), records}});
    QCOMPARE(reply.status, status);
    QCOMPARE(codes(reply), expectedCodes); // per-record results in input order (§2.3)
    if (!firstErrorField.isEmpty())
        QCOMPARE(detail(reply, 0, QStringLiteral("api_name")), firstErrorField);
    if (expectedCodes.first() == QLatin1String("SUCCESS")) {
        const QString id = detail(reply, 0, QStringLiteral("id"));
        QCOMPARE(id.size(), 19);
        QCOMPARE(m_http->get(QStringLiteral("/crm/v8/%1/%2").arg(module, id)).status, 200);
    }
}

void TestSandboxRecords::insertOverLimit()
{
    QJsonArray records;
    for (int i = 0; i < 101; ++i)
        records.append(obj({{"Subject", QStringLiteral("t%1").arg(i)}}));
    const auto reply = m_http->postJson(QStringLiteral("/crm/v8/Tasks"), {{QStringLiteral("data"), records}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value(QStringLiteral("code")).toString(), QStringLiteral("LIMIT_EXCEEDED"));
    QCOMPARE(reply.json.value(QStringLiteral("details")).toObject().value(QStringLiteral("limit")).toInt(), 100);
}

void TestSandboxRecords::updateAndPreconditions()
{
    const auto created = m_http->postJson(QStringLiteral("/crm/v8/Contacts"),
                                          {{QStringLiteral("data"), QJsonArray{obj({{"Last_Name", "Update me"}, {"Phone", "03-1111-2222"}})}}});
    const QString id = detail(created, 0, QStringLiteral("id"));
    const QString modified = detail(created, 0, QStringLiteral("Modified_Time"));

    // Partial update keeps fields that were not sent (§2.4).
    auto reply = m_http->putJson(QStringLiteral("/crm/v8/Contacts/") + id, {{QStringLiteral("data"), QJsonArray{obj({{"Title", "CEO"}})}}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(codes(reply), QStringList{QStringLiteral("SUCCESS")});
    const auto record = m_http->get(QStringLiteral("/crm/v8/Contacts/%1?fields=Phone,Title").arg(id)).json
                            .value(QStringLiteral("data")).toArray().at(0).toObject();
    QCOMPARE(record.value(QStringLiteral("Phone")).toString(), QStringLiteral("03-1111-2222"));
    QCOMPARE(record.value(QStringLiteral("Title")).toString(), QStringLiteral("CEO"));

    // The record changed after `modified`, so If-Unmodified-Since: modified → 412 (§2.4).
    reply = m_http->putJson(QStringLiteral("/crm/v8/Contacts"),
                            {{QStringLiteral("data"), QJsonArray{obj({{"id", id}, {"Title", "CTO"}})}}},
                            {{"If-Unmodified-Since", modified.toLatin1()}});
    QCOMPARE(reply.status, 412);
    QCOMPARE(codes(reply), QStringList{QStringLiteral("ALREADY_MODIFIED")});
    QCOMPARE(detail(reply, 0, QStringLiteral("id")), id);

    // Bulk: one good id, one missing id, one unknown id → 207.
    reply = m_http->putJson(QStringLiteral("/crm/v8/Contacts"),
                            {{QStringLiteral("data"), QJsonArray{obj({{"id", id}, {"Title", "CTO"}}), obj({{"Title", "x"}}),
                                                                 obj({{"id", "4876876999999999999"}, {"Title", "x"}})}}});
    QCOMPARE(reply.status, 207);
    QCOMPARE(codes(reply), (QStringList{QStringLiteral("SUCCESS"), QStringLiteral("MANDATORY_NOT_FOUND"), QStringLiteral("INVALID_DATA")}));
}

void TestSandboxRecords::sameSecondWritesAdvanceModifiedTime()
{
    const auto created = m_http->postJson(QStringLiteral("/crm/v8/Leads"),
                                          {{QStringLiteral("data"), QJsonArray{obj({{"Last_Name", "Fast"}, {"Company", "C"}})}}});
    const QString id = detail(created, 0, QStringLiteral("id"));
    QString previous = detail(created, 0, QStringLiteral("Modified_Time"));
    for (int i = 0; i < 3; ++i) {
        const auto reply = m_http->putJson(QStringLiteral("/crm/v8/Leads/") + id,
                                           {{QStringLiteral("data"), QJsonArray{obj({{"City", QString::number(i)}})}}});
        const QString now = detail(reply, 0, QStringLiteral("Modified_Time"));
        QVERIFY2(QDateTime::fromString(now, Qt::ISODate) > QDateTime::fromString(previous, Qt::ISODate), qPrintable(now));
        previous = now;
    }
}

void TestSandboxRecords::upsert()
{
    m_http->postJson(QStringLiteral("/crm/v8/Leads"),
                     {{QStringLiteral("data"), QJsonArray{obj({{"Last_Name", "Up"}, {"Company", "A"}, {"Email", "up@example.com"}})}}});
    const auto reply = m_http->postJson(QStringLiteral("/crm/v8/Leads/upsert"),
                                        {{QStringLiteral("data"), QJsonArray{obj({{"Last_Name", "Up2"}, {"Company", "A"}, {"Email", "UP@example.com"}}),
                                                                             obj({{"Last_Name", "Fresh"}, {"Company", "B"}, {"Email", "fresh@example.com"}})}},
                                         {QStringLiteral("duplicate_check_fields"), QJsonArray{QStringLiteral("Email")}}});
    QCOMPARE(reply.status, 200);
    const QJsonArray items = reply.json.value(QStringLiteral("data")).toArray();
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("update"));
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("duplicate_field")).toString(), QStringLiteral("Email"));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("insert"));
    QCOMPARE(m_http->postJson(QStringLiteral("/crm/v8/Tasks/upsert"), {{QStringLiteral("data"), QJsonArray{obj({{"Subject", "s"}})}}}).status, 400);
}

void TestSandboxRecords::deleteAndDeletedList()
{
    const auto created = m_http->postJson(QStringLiteral("/crm/v8/Vendors"),
                                          {{QStringLiteral("data"), QJsonArray{obj({{"Vendor_Name", "株式会社テスト"}}), obj({{"Vendor_Name", "Gone Inc."}})}}});
    const QString a = detail(created, 0, QStringLiteral("id"));
    const QString b = detail(created, 1, QStringLiteral("id"));
    QCOMPARE(m_http->get(QStringLiteral("/crm/v8/Vendors/deleted")).status, 204);

    const auto reply = m_http->request("DELETE", QStringLiteral("/crm/v8/Vendors?ids=%1,%2,4876876999999999998").arg(a, b));
    QCOMPARE(reply.status, 207);
    QCOMPARE(codes(reply), (QStringList{QStringLiteral("SUCCESS"), QStringLiteral("SUCCESS"), QStringLiteral("INVALID_DATA")}));
    QCOMPARE(m_http->get(QStringLiteral("/crm/v8/Vendors/") + a).status, 204);

    const auto deleted = m_http->get(QStringLiteral("/crm/v8/Vendors/deleted?type=recycle"));
    QCOMPARE(deleted.status, 200);
    const QJsonArray data = deleted.json.value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), 2);
    QStringList names;
    for (const QJsonValue &v : data) {
        QCOMPARE(v.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("recycle"));
        names.append(v.toObject().value(QStringLiteral("display_name")).toString());
    }
    QVERIFY(names.contains(QStringLiteral("株式会社テスト")));
    QCOMPARE(m_http->get(QStringLiteral("/crm/v8/Vendors/deleted?type=permanent")).status, 204);
    // If-Modified-Since on the deleted list filters by deleted_time (§2.6).
    const QString deletedTime = data.at(0).toObject().value(QStringLiteral("deleted_time")).toString();
    QCOMPARE(m_http->get(QStringLiteral("/crm/v8/Vendors/deleted"), {{"If-Modified-Since", deletedTime.toLatin1()}}).status, 204);
    QCOMPARE(m_http->request("POST", QStringLiteral("/__sandbox/empty-recycle-bin")).status, 200);
    const auto permanent = m_http->get(QStringLiteral("/crm/v8/Vendors/deleted?type=permanent"));
    QCOMPARE(permanent.json.value(QStringLiteral("data")).toArray().size(), 2);
    QVERIFY(permanent.json.value(QStringLiteral("data")).toArray().at(0).toObject().value(QStringLiteral("display_name")).isNull());
    QCOMPARE(m_http->request("DELETE", QStringLiteral("/crm/v8/Vendors")).json.value(QStringLiteral("code")).toString(),
             QStringLiteral("REQUIRED_PARAM_MISSING"));
}

void TestSandboxRecords::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count");

    QTest::newRow("email") << "email=search.one@example.com" << 200 << 1;
    QTest::newRow("criteria equals") << "criteria=(Last_Name:equals:Searchable)" << 200 << 2;
    QTest::newRow("criteria and") << "criteria=((Last_Name:equals:Searchable)and(First_Name:starts_with:Tw))" << 200 << 1;
    QTest::newRow("escaped paren") << "criteria=(Title:equals:R%5C(D%5C))" << 200 << 1;
    QTest::newRow("word") << "word=Searchab" << 200 << 2;
    QTest::newRow("nothing") << "email=nobody@example.com" << 204 << 0;
    QTest::newRow("bad operator") << "criteria=(Last_Name:like:x)" << 400 << 0;
    QTest::newRow("no parameter") << "fields=Last_Name" << 400 << 0;
}

void TestSandboxRecords::search()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(int, count);
    static bool seeded = false;
    if (!seeded) {
        m_http->postJson(QStringLiteral("/crm/v8/Contacts"),
                         {{QStringLiteral("data"), QJsonArray{obj({{"Last_Name", "Searchable"}, {"First_Name", "One"}, {"Email", "search.one@example.com"}, {"Title", "R(D)"}}),
                                                              obj({{"Last_Name", "Searchable"}, {"First_Name", "Two"}})}}});
        seeded = true;
    }
    const auto reply = m_http->get(QStringLiteral("/crm/v8/Contacts/search?") + query);
    QCOMPARE(reply.status, status);
    if (status == 200)
        QCOMPARE(reply.json.value(QStringLiteral("data")).toArray().size(), count);
}

void TestSandboxRecords::fieldsMetadata()
{
    const auto reply = m_http->get(QStringLiteral("/crm/v8/settings/fields?module=Leads"));
    QCOMPARE(reply.status, 200);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &v : reply.json.value(QStringLiteral("fields")).toArray())
        byName.insert(v.toObject().value(QStringLiteral("api_name")).toString(), v.toObject());
    QVERIFY(byName.value(QStringLiteral("Last_Name")).value(QStringLiteral("system_mandatory")).toBool());
    QCOMPARE(byName.value(QStringLiteral("Email")).value(QStringLiteral("data_type")).toString(), QStringLiteral("email"));
    QVERIFY(byName.value(QStringLiteral("Referral_Code")).value(QStringLiteral("custom_field")).toBool());
    for (const char *key : {"api_name", "field_label", "display_label", "data_type", "json_type", "length",
                            "system_mandatory", "custom_field", "read_only", "visible", "pick_list_values"})
        QVERIFY2(byName.value(QStringLiteral("Lead_Status")).contains(QLatin1String(key)), key);
    QCOMPARE(m_http->get(QStringLiteral("/crm/v8/settings/fields?module=Deals")).json.value(QStringLiteral("code")).toString(),
             QStringLiteral("INVALID_MODULE"));
}

void TestSandboxRecords::customFieldIsWritable()
{
    const auto created = m_http->postJson(QStringLiteral("/crm/v8/Contacts"),
                                          {{QStringLiteral("data"), QJsonArray{obj({{"Last_Name", "佐藤"}, {"Phonetic_Last_Name", "サトウ"}, {"Customer_Rank", "A"}})}}});
    QCOMPARE(created.status, 201);
    const auto record = m_http->get(QStringLiteral("/crm/v8/Contacts/%1?fields=Phonetic_Last_Name,Customer_Rank")
                                        .arg(detail(created, 0, QStringLiteral("id"))))
                            .json.value(QStringLiteral("data")).toArray().at(0).toObject();
    QCOMPARE(record.value(QStringLiteral("Phonetic_Last_Name")).toString(), QStringLiteral("サトウ"));
    QCOMPARE(record.value(QStringLiteral("Customer_Rank")).toString(), QStringLiteral("A"));
}

void TestSandboxRecords::dateTimesRenderedInOrgZone()
{
    // Stored as an instant, answered in the org time zone (+00:00 by default, §3.1).
    const auto created = m_http->postJson(QStringLiteral("/crm/v8/Events"),
                                          {{QStringLiteral("data"), QJsonArray{obj({{"Event_Title", "Zone"},
                                                                                    {"Start_DateTime", "2024-03-01T10:00:00+05:30"},
                                                                                    {"End_DateTime", "2024-03-01T11:00:00+05:30"}})}}});
    QCOMPARE(created.status, 201);
    const auto record = m_http->get(QStringLiteral("/crm/v8/Events/%1?fields=Start_DateTime,End_DateTime")
                                        .arg(detail(created, 0, QStringLiteral("id"))))
                            .json.value(QStringLiteral("data")).toArray().at(0).toObject();
    QCOMPARE(record.value(QStringLiteral("Start_DateTime")).toString(), QStringLiteral("2024-03-01T04:30:00+00:00"));
    QCOMPARE(record.value(QStringLiteral("End_DateTime")).toString(), QStringLiteral("2024-03-01T05:30:00+00:00"));
}

QTEST_GUILESS_MAIN(TestSandboxRecords)
#include "tst_sandbox_records.moc"
