// SPDX-License-Identifier: GPL-3.0-or-later
// crm-sandbox fault injection, call statistics, persistence and demo data
// (reference/zoho-crm-api.md §4 429/credits, §2.9 500 INTERNAL_ERROR).
#include "sandboxhttp.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

namespace {
int listCount(SandboxHttp &http, const QString &module, const QString &field)
{
    const auto reply = http.get(QStringLiteral("/crm/v8/%1?fields=%2&per_page=200").arg(module, field));
    return reply.json.value(QStringLiteral("info")).toObject().value(QStringLiteral("count")).toInt();
}
} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void rateLimit();
    void errorRateIsSeeded();
    void latency();
    void statsCountCallsAndCredits();
    void restartKeepsData();
    void demoSeeding_data();
    void demoSeeding();
    void demoAgendaAroundToday();

private:
    QList<int> statuses(const QStringList &extraArgs, int calls);
};

void TestSandboxFaults::rateLimit()
{
    SandboxProcess sandbox(QStringLiteral(CRMSYNC_SANDBOX_BIN), {QStringLiteral("--rate-limit"), QStringLiteral("5")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxHttp http(sandbox.baseUrl());
    QVERIFY(http.refreshToken());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(http.get(QStringLiteral("/crm/v8/settings/fields?module=Tasks")).status, 200);
    const auto limited = http.get(QStringLiteral("/crm/v8/settings/fields?module=Tasks"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json.value(QStringLiteral("code")).toString(), QStringLiteral("TOO_MANY_REQUESTS"));
    QCOMPARE(limited.json.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QVERIFY(limited.json.value(QStringLiteral("details")).isObject());
    // The token endpoint is not part of the CRM API limit.
    QVERIFY(http.refreshToken());
}

QList<int> TestSandboxFaults::statuses(const QStringList &extraArgs, int calls)
{
    SandboxProcess sandbox(QStringLiteral(CRMSYNC_SANDBOX_BIN), extraArgs);
    if (!sandbox.start())
        return {};
    SandboxHttp http(sandbox.baseUrl());
    http.refreshToken();
    QList<int> result;
    for (int i = 0; i < calls; ++i) {
        const auto reply = http.get(QStringLiteral("/crm/v8/settings/fields?module=Leads"));
        if (reply.status == 500 && reply.json.value(QStringLiteral("code")).toString() != QLatin1String("INTERNAL_ERROR"))
            return {};
        result.append(reply.status);
    }
    return result;
}

void TestSandboxFaults::errorRateIsSeeded()
{
    const QStringList args{QStringLiteral("--error-rate"), QStringLiteral("0.5")};
    const QList<int> first = statuses(args, 40);
    QCOMPARE(first.size(), 40);
    const qsizetype failures = first.count(500);
    QVERIFY2(failures >= 8 && failures <= 32, qPrintable(QString::number(failures)));
    QCOMPARE(first.count(200) + failures, 40);
    // Same seed, same sequence: a failing benchmark or test can be replayed.
    QCOMPARE(statuses(args, 40), first);
    QCOMPARE(statuses({QStringLiteral("--error-rate"), QStringLiteral("1")}, 5), QList<int>(5, 500));
}

void TestSandboxFaults::latency()
{
    SandboxProcess sandbox(QStringLiteral(CRMSYNC_SANDBOX_BIN), {QStringLiteral("--latency-ms"), QStringLiteral("400")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxHttp http(sandbox.baseUrl());
    QVERIFY(http.refreshToken());
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(http.get(QStringLiteral("/crm/v8/settings/fields?module=Events")).status, 200);
    QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
}

void TestSandboxFaults::statsCountCallsAndCredits()
{
    SandboxProcess sandbox(QStringLiteral(CRMSYNC_SANDBOX_BIN));
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxHttp http(sandbox.baseUrl());
    QVERIFY(http.refreshToken());
    QJsonArray data;
    for (int i = 0; i < 25; ++i)
        data.append(QJsonObject{{QStringLiteral("Subject"), QStringLiteral("s%1").arg(i)}});
    QCOMPARE(http.postJson(QStringLiteral("/crm/v8/Tasks"), {{QStringLiteral("data"), data}}).status, 201);
    QCOMPARE(http.get(QStringLiteral("/crm/v8/Tasks?fields=Subject")).status, 200);
    const auto stats = http.get(QStringLiteral("/__sandbox/stats")).json;
    QCOMPARE(stats.value(QStringLiteral("requests")).toInt(), 2);
    QCOMPARE(stats.value(QStringLiteral("token_requests")).toInt(), 1);
    // Insert costs 1 credit per 10 records (§4): 3 + 1 for the list.
    QCOMPARE(stats.value(QStringLiteral("credits")).toInt(), 4);
}

void TestSandboxFaults::restartKeepsData()
{
    SandboxProcess sandbox(QStringLiteral(CRMSYNC_SANDBOX_BIN));
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxHttp http(sandbox.baseUrl());
    QVERIFY(http.refreshToken());
    const auto created = http.postJson(QStringLiteral("/crm/v8/Contacts"),
                                       {{QStringLiteral("data"), QJsonArray{QJsonObject{{QStringLiteral("Last_Name"), QStringLiteral("永続")}}}}});
    const QString id = created.json.value(QStringLiteral("data")).toArray().at(0).toObject()
                           .value(QStringLiteral("details")).toObject().value(QStringLiteral("id")).toString();
    const quint16 port = sandbox.port();
    QVERIFY2(sandbox.restart(), qPrintable(sandbox.errorString()));
    QVERIFY(QFile::exists(sandbox.dataDir() + QStringLiteral("/sandbox.sqlite")));
    if (sandbox.port() != port)
        qWarning("port %u was taken, restarted on %u", port, sandbox.port());
    http.setBaseUrl(sandbox.baseUrl());
    // The access token issued before the restart is still valid, like Zoho's.
    const auto reply = http.get(QStringLiteral("/crm/v8/Contacts/%1?fields=Last_Name").arg(id));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("data")).toArray().at(0).toObject().value(QStringLiteral("Last_Name")).toString(),
             QStringLiteral("永続"));
}

void TestSandboxFaults::demoSeeding_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("count");
    QTest::newRow("Contacts") << "Contacts" << "Last_Name" << 80;
    QTest::newRow("Leads") << "Leads" << "Company" << 40;
    QTest::newRow("Vendors") << "Vendors" << "Vendor_Name" << 20;
    QTest::newRow("Tasks") << "Tasks" << "Due_Date" << 30;
    QTest::newRow("Events") << "Events" << "Start_DateTime" << 30;
}

void TestSandboxFaults::demoSeeding()
{
    QFETCH(QString, module);
    QFETCH(QString, field);
    QFETCH(int, count);
    SandboxProcess sandbox(QStringLiteral(CRMSYNC_SANDBOX_BIN), {QStringLiteral("--seed-demo")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxHttp http(sandbox.baseUrl());
    QVERIFY(http.refreshToken());
    QCOMPARE(listCount(http, module, field), count);
    // Seeding is idempotent: a restart with --seed-demo adds nothing.
    QVERIFY(sandbox.restart());
    http.setBaseUrl(sandbox.baseUrl());
    QCOMPARE(listCount(http, module, field), count);
}

void TestSandboxFaults::demoAgendaAroundToday()
{
    SandboxProcess sandbox(QStringLiteral(CRMSYNC_SANDBOX_BIN), {QStringLiteral("--seed-demo"), QStringLiteral("--time-zone"), QStringLiteral("+09:00")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxHttp http(sandbox.baseUrl());
    QVERIFY(http.refreshToken());
    const auto reply = http.get(QStringLiteral("/crm/v8/Events?fields=Start_DateTime,All_day,Event_Title"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int nearToday = 0;
    int allDay = 0;
    for (const QJsonValue &v : reply.json.value(QStringLiteral("data")).toArray()) {
        const QString start = v.toObject().value(QStringLiteral("Start_DateTime")).toString();
        QVERIFY2(start.endsWith(QStringLiteral("+09:00")), qPrintable(start));
        if (qAbs(QDateTime::fromString(start, Qt::ISODate).secsTo(now)) < 7 * 86400)
            ++nearToday;
        if (v.toObject().value(QStringLiteral("All_day")).toBool())
            ++allDay;
    }
    QVERIFY(nearToday >= 10);
    QVERIFY(allDay >= 1);
    const auto found = http.get(QStringLiteral("/crm/v8/Contacts/search?criteria=(Last_Name:equals:%E5%B1%B1%E7%94%B0)"));
    QCOMPARE(found.status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
