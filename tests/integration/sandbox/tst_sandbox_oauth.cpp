// SPDX-License-Identifier: GPL-3.0-or-later
// crm-sandbox OAuth behaviour (reference/zoho-crm-api.md §1): token endpoint,
// Authorization header checks, token expiry. The consent page and the
// authorization-code + PKCE exchange: tst_sandbox_consent.cpp.
#include "sandboxhttp.h"
#include "sandboxprocess.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QProcess>
#include <QUrlQuery>
#include <QtTest>

class TestSandboxOAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refreshGrant_data();
    void refreshGrant();
    void apiAuthentication_data();
    void apiAuthentication();
    void expiredTokenIsInvalidToken();
    void tokenLifetimeRunsOut();
    void helpWorks();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TestSandboxOAuth::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringLiteral(CRMSYNC_SANDBOX_BIN));
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    QCOMPARE(m_sandbox->output().trimmed(),
             QStringLiteral("listening on http://127.0.0.1:%1").arg(m_sandbox->port()).toUtf8());
}

void TestSandboxOAuth::refreshGrant_data()
{
    QTest::addColumn<QString>("params");
    QTest::addColumn<bool>("inBody");
    QTest::addColumn<QString>("expectedError"); // empty = success

    const QString good = QStringLiteral("grant_type=refresh_token&client_id=test-client&client_secret=test-secret&refresh_token=test-refresh");
    QTest::newRow("form body") << good << true << QString();
    QTest::newRow("query string") << good << false << QString();
    QTest::newRow("bad client") << QString(good).replace(QStringLiteral("test-client"), QStringLiteral("other")) << true << QStringLiteral("invalid_client");
    QTest::newRow("bad secret") << QString(good).replace(QStringLiteral("test-secret"), QStringLiteral("nope")) << true << QStringLiteral("invalid_client_secret");
    QTest::newRow("bad refresh token") << QString(good).replace(QStringLiteral("test-refresh"), QStringLiteral("1000.x.y")) << true << QStringLiteral("invalid_code");
    QTest::newRow("bad grant type") << QString(good).replace(QStringLiteral("refresh_token&"), QStringLiteral("password&")) << false << QStringLiteral("unsupported_grant_type");
}

void TestSandboxOAuth::refreshGrant()
{
    QFETCH(QString, params);
    QFETCH(bool, inBody);
    QFETCH(QString, expectedError);
    SandboxHttp http(m_sandbox->baseUrl());
    const auto reply = inBody
        ? http.request("POST", QStringLiteral("/oauth/v2/token"), params.toUtf8(), {{"Content-Type", "application/x-www-form-urlencoded"}})
        : http.request("POST", QStringLiteral("/oauth/v2/token?") + params);
    // Token endpoint errors are HTTP 200 with an "error" key (§1.4).
    QCOMPARE(reply.status, 200);
    if (!expectedError.isEmpty()) {
        QCOMPARE(reply.json.value(QStringLiteral("error")).toString(), expectedError);
        QVERIFY(!reply.json.contains(QStringLiteral("access_token")));
        return;
    }
    QVERIFY(reply.json.value(QStringLiteral("access_token")).toString().startsWith(QStringLiteral("1000.")));
    QCOMPARE(reply.json.value(QStringLiteral("api_domain")).toString(), m_sandbox->baseUrl().toString());
    QCOMPARE(reply.json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(reply.json.value(QStringLiteral("expires_in")).toInt(), 3600);
    QVERIFY(!reply.json.contains(QStringLiteral("refresh_token")));
}

void TestSandboxOAuth::apiAuthentication_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("no header") << QByteArray() << 401 << QStringLiteral("AUTHENTICATION_FAILURE");
    QTest::newRow("bearer prefix") << QByteArray("Bearer VALID") << 401 << QStringLiteral("AUTHENTICATION_FAILURE");
    QTest::newRow("unknown token") << QByteArray("Zoho-oauthtoken 1000.abc.def") << 401 << QStringLiteral("AUTHENTICATION_FAILURE");
    QTest::newRow("valid token") << QByteArray("Zoho-oauthtoken VALID") << 200 << QString();
}

void TestSandboxOAuth::apiAuthentication()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, code);
    SandboxHttp http(m_sandbox->baseUrl());
    QVERIFY(http.refreshToken());
    authorization.replace("VALID", http.accessToken().toUtf8());
    http.setAccessToken(QString());
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const auto reply = http.get(QStringLiteral("/crm/v8/settings/fields?module=Contacts"), headers);
    QCOMPARE(reply.status, status);
    if (!code.isEmpty()) {
        QCOMPARE(reply.json.value(QStringLiteral("code")).toString(), code);
        QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    } else {
        QVERIFY(reply.json.value(QStringLiteral("fields")).toArray().size() > 10);
    }
}

void TestSandboxOAuth::expiredTokenIsInvalidToken()
{
    SandboxHttp http(m_sandbox->baseUrl());
    QVERIFY(http.refreshToken());
    QCOMPARE(http.get(QStringLiteral("/crm/v8/settings/fields?module=Leads")).status, 200);
    QCOMPARE(http.request("POST", QStringLiteral("/__sandbox/expire-tokens")).status, 200);
    const auto reply = http.get(QStringLiteral("/crm/v8/settings/fields?module=Leads"));
    QCOMPARE(reply.status, 401);
    // Exact body recorded from Zoho (§1.5).
    QCOMPARE(reply.json, (QJsonObject{{QStringLiteral("code"), QStringLiteral("INVALID_TOKEN")},
                                      {QStringLiteral("details"), QJsonObject()},
                                      {QStringLiteral("message"), QStringLiteral("invalid oauth token")},
                                      {QStringLiteral("status"), QStringLiteral("error")}}));
    QVERIFY(http.refreshToken());
    QCOMPARE(http.get(QStringLiteral("/crm/v8/settings/fields?module=Leads")).status, 200);
}

void TestSandboxOAuth::tokenLifetimeRunsOut()
{
    SandboxProcess shortLived(QStringLiteral(CRMSYNC_SANDBOX_BIN), {QStringLiteral("--token-lifetime"), QStringLiteral("1")});
    QVERIFY2(shortLived.start(), qPrintable(shortLived.errorString()));
    SandboxHttp http(shortLived.baseUrl());
    QVERIFY(http.refreshToken());
    QTRY_COMPARE_WITH_TIMEOUT(http.get(QStringLiteral("/crm/v8/settings/fields?module=Tasks")).json.value(QStringLiteral("code")).toString(),
                              QStringLiteral("INVALID_TOKEN"), 5000);
}

void TestSandboxOAuth::helpWorks()
{
    QProcess help;
    help.start(QStringLiteral(CRMSYNC_SANDBOX_BIN), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(15000));
    QCOMPARE(help.exitCode(), 0);
    const QByteArray out = help.readAllStandardOutput();
    for (const char *option : {"--listen", "--data", "--seed-demo", "--latency-ms", "--error-rate", "--rate-limit", "--token-lifetime", "--code-lifetime"})
        QVERIFY2(out.contains(option), option);
}

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "tst_sandbox_oauth.moc"
