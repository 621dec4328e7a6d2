// SPDX-License-Identifier: GPL-3.0-or-later
// crm-sandbox list behaviour (reference/zoho-crm-api.md §2.1): fields rules,
// 2,000-record discrete paging, page_token beyond it, If-Modified-Since, 204/304.
#include "sandboxhttp.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

class TestSandboxPaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyModuleIs204();
    void fieldsParameter_data();
    void fieldsParameter();
    void discretePages();
    void pageTokenWalksPast2000();
    void sortAscendingByModifiedTime();
    void ifModifiedSince();
    void version2Info();

private:
    QJsonArray listIds(const SandboxHttp::Reply &reply) const;

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;
    static constexpr int Total = 2150;
};

void TestSandboxPaging::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringLiteral(CRMSYNC_SANDBOX_BIN));
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_http = std::make_unique<SandboxHttp>(m_sandbox->baseUrl());
    QVERIFY(m_http->refreshToken());
    for (int batch = 0; batch * 100 < Total; ++batch) {
        QJsonArray data;
        for (int i = batch * 100; i < qMin(Total, (batch + 1) * 100); ++i)
            data.append(QJsonObject{{QStringLiteral("Subject"), QStringLiteral("Task %1").arg(i)}});
        const auto reply = m_http->postJson(QStringLiteral("/crm/v8/Tasks"), {{QStringLiteral("data"), data}});
        QCOMPARE(reply.status, 201);
    }
}

QJsonArray TestSandboxPaging::listIds(const SandboxHttp::Reply &reply) const
{
    QJsonArray ids;
    for (const QJsonValue &v : reply.json.value(QStringLiteral("data")).toArray())
        ids.append(v.toObject().value(QStringLiteral("id")));
    return ids;
}

void TestSandboxPaging::emptyModuleIs204()
{
    const auto reply = m_http->get(QStringLiteral("/crm/v8/Vendors?fields=Vendor_Name"));
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
}

void TestSandboxPaging::fieldsParameter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QStringList fiftyOne;
    for (int i = 0; i < 51; ++i)
        fiftyOne.append(QStringLiteral("Subject"));
    QTest::newRow("missing") << QString() << 400 << "REQUIRED_PARAM_MISSING";
    QTest::newRow("51 fields") << "fields=" + fiftyOne.join(QLatin1Char(',')) << 400 << "LIMIT_EXCEEDED";
    QTest::newRow("50 fields") << "fields=" + fiftyOne.mid(1).join(QLatin1Char(',')) << 200 << QString();
    QTest::newRow("per_page 201") << "fields=Subject&per_page=201" << 400 << "INVALID_DATA";
    QTest::newRow("bad sort_by") << "fields=Subject&sort_by=Subject" << 400 << "INVALID_DATA";
}

void TestSandboxPaging::fieldsParameter()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto reply = m_http->get(QStringLiteral("/crm/v8/Tasks?") + query);
    QCOMPARE(reply.status, status);
    if (!code.isEmpty())
        QCOMPARE(reply.json.value(QStringLiteral("code")).toString(), code);
}

void TestSandboxPaging::discretePages()
{
    QSet<QString> seen;
    for (int page = 1; page <= 10; ++page) {
        const auto reply = m_http->get(QStringLiteral("/crm/v8/Tasks?fields=Subject&per_page=200&page=%1").arg(page));
        QCOMPARE(reply.status, 200);
        const QJsonObject info = reply.json.value(QStringLiteral("info")).toObject();
        QCOMPARE(info.value(QStringLiteral("page")).toInt(), page);
        QCOMPARE(info.value(QStringLiteral("count")).toInt(), 200);
        QVERIFY(info.value(QStringLiteral("more_records")).toBool());
        for (const QJsonValue &id : listIds(reply))
            seen.insert(id.toString());
    }
    QCOMPARE(seen.size(), 2000);
    const auto beyond = m_http->get(QStringLiteral("/crm/v8/Tasks?fields=Subject&per_page=200&page=11"));
    QCOMPARE(beyond.status, 400);
    QCOMPARE(beyond.json.value(QStringLiteral("code")).toString(), QStringLiteral("DISCRETE_PAGINATION_LIMIT_EXCEEDED"));
    QCOMPARE(beyond.json.value(QStringLiteral("details")).toObject().value(QStringLiteral("limit")).toInt(), 2000);
}

void TestSandboxPaging::pageTokenWalksPast2000()
{
    QStringList ids;
    QString token;
    QString previousToken;
    int requests = 0;
    do {
        const QString query = token.isEmpty() ? QStringLiteral("fields=Subject,Modified_Time")
                                              : QStringLiteral("fields=Subject,Modified_Time&page_token=") + token;
        const auto reply = m_http->get(QStringLiteral("/crm/v8/Tasks?") + query);
        QCOMPARE(reply.status, 200);
        ++requests;
        const QJsonObject info = reply.json.value(QStringLiteral("info")).toObject();
        if (requests > 1)
            QCOMPARE(info.value(QStringLiteral("previous_page_token")).toString(), previousToken);
        for (const QJsonValue &id : listIds(reply))
            ids.append(id.toString());
        previousToken = token;
        token = info.value(QStringLiteral("next_page_token")).toString();
        QCOMPARE(info.value(QStringLiteral("more_records")).toBool(), !token.isEmpty());
        if (!token.isEmpty())
            QVERIFY(!info.value(QStringLiteral("page_token_expiry")).toString().isEmpty());
    } while (!token.isEmpty() && requests < 50);
    QCOMPARE(requests, 11);
    QCOMPARE(ids.size(), Total);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), Total);
    // Default order is id descending (§2.1 example info).
    QVERIFY(ids.first().toLongLong() > ids.last().toLongLong());

    const auto bad = m_http->get(QStringLiteral("/crm/v8/Tasks?fields=Subject&page_token=nonsense"));
    QCOMPARE(bad.status, 400);
}

void TestSandboxPaging::sortAscendingByModifiedTime()
{
    const auto reply = m_http->get(QStringLiteral("/crm/v8/Tasks?fields=Modified_Time&sort_by=Modified_Time&sort_order=asc&per_page=200&page=10"));
    QCOMPARE(reply.status, 200);
    QString previous;
    for (const QJsonValue &v : reply.json.value(QStringLiteral("data")).toArray()) {
        const QString time = v.toObject().value(QStringLiteral("Modified_Time")).toString();
        QVERIFY(QDateTime::fromString(time, Qt::ISODate).isValid());
        if (!previous.isEmpty())
            QVERIFY(QDateTime::fromString(previous, Qt::ISODate) <= QDateTime::fromString(time, Qt::ISODate));
        previous = time;
    }
    QCOMPARE(reply.json.value(QStringLiteral("info")).toObject().value(QStringLiteral("sort_order")).toString(), QStringLiteral("asc"));
}

void TestSandboxPaging::ifModifiedSince()
{
    const auto newest = m_http->get(QStringLiteral("/crm/v8/Tasks?fields=Modified_Time&sort_by=Modified_Time&per_page=1"));
    const QString since = newest.json.value(QStringLiteral("data")).toArray().at(0).toObject().value(QStringLiteral("Modified_Time")).toString();
    QVERIFY(!since.isEmpty());
    const QList<QPair<QByteArray, QByteArray>> header{{"If-Modified-Since", since.toLatin1()}};

    auto reply = m_http->get(QStringLiteral("/crm/v8/Tasks?fields=Subject"), header);
    QCOMPARE(reply.status, 304); // nothing modified after the newest Modified_Time
    QVERIFY(reply.body.isEmpty());

    const QJsonArray ids = listIds(m_http->get(QStringLiteral("/crm/v8/Tasks?fields=Subject&per_page=3&page=5")));
    QCOMPARE(ids.size(), 3);
    QJsonArray updates;
    for (const QJsonValue &id : ids)
        updates.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("Status"), QStringLiteral("Completed")}});
    QCOMPARE(m_http->putJson(QStringLiteral("/crm/v8/Tasks"), {{QStringLiteral("data"), updates}}).status, 200);

    reply = m_http->get(QStringLiteral("/crm/v8/Tasks?fields=Subject,Status"), header);
    QCOMPARE(reply.status, 200);
    QJsonArray got = listIds(reply);
    QCOMPARE(got.size(), 3);
    for (const QJsonValue &id : ids)
        QVERIFY(got.contains(id));

    // A malformed (RFC 1123) date is rejected, not guessed (§2.1: ISO 8601 with offset).
    QCOMPARE(m_http->get(QStringLiteral("/crm/v8/Tasks?fields=Subject"), {{"If-Modified-Since", "Tue, 15 Nov 1994 08:12:31 GMT"}}).status, 400);
}

void TestSandboxPaging::version2Info()
{
    const auto reply = m_http->get(QStringLiteral("/crm/v2/Tasks?per_page=5"));
    QCOMPARE(reply.status, 200);
    const QJsonObject info = reply.json.value(QStringLiteral("info")).toObject();
    const QStringList keys = info.keys();
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
             (QSet<QString>{QStringLiteral("per_page"), QStringLiteral("count"), QStringLiteral("page"), QStringLiteral("more_records")}));
    QCOMPARE(m_http->get(QStringLiteral("/crm/v9/Tasks?fields=Subject")).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxPaging)
#include "tst_sandbox_paging.moc"
