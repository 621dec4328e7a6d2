// SPDX-License-Identifier: GPL-3.0-or-later
// ZohoSession and ZohoRequestJob against a scripted loopback server: the refresh-token
// flow, token-endpoint errors, transparent replay after INVALID_TOKEN with a single
// shared refresh, API auth errors and unreadable bodies (which the sandbox never sends).
#include "connectors/zoho/zohorequestjob.h"
#include "connectors/zoho/zohosession.h"
#include "fakehttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace crmsync;

Q_DECLARE_METATYPE(Error::Category)

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestZohoSession : public QObject
{
    Q_OBJECT

    //! A fake Zoho: /oauth/v2/token mints t1, t2, …; the API accepts only the newest token.
    struct FakeZoho
    {
        FakeHttpServer server;
        int minted = 0;
        QByteArray apiBody = R"({"data":[{"id":"1"}]})";

        bool start()
        {
            if (!server.listen())
                return false;
            server.setHandler([this](const FakeHttpServer::Request &r) {
                FakeHttpServer::Reply reply;
                if (r.target.startsWith("/oauth/v2/token")) {
                    ++minted;
                    reply.body = json({{"access_token", QStringLiteral("t%1").arg(minted)},
                                       {"api_domain", server.url().toString()},
                                       {"token_type", "Bearer"},
                                       {"expires_in", 3600}});
                } else if (r.headers.value("authorization") != "Zoho-oauthtoken t" + QByteArray::number(minted)) {
                    reply.status = 401;
                    reply.body = R"({"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"})";
                } else {
                    reply.body = apiBody;
                }
                return reply;
            });
            return true;
        }
    };

    static void configure(ZohoSession &session, const QUrl &url)
    {
        session.setAccountsUrl(url);
        session.setApiUrl(QUrl(QStringLiteral("https://www.zohoapis.com"))); // replaced by api_domain
        session.setClientId(QStringLiteral("test-client"));
        session.setClientSecret(QStringLiteral("s3cret+/="));
        session.setRefreshToken(QStringLiteral("1000.refresh"));
        RetryPolicy p;
        p.baseDelayMs = 10;
        session.setRetryPolicy(p);
    }

    static bool run(Job *job)
    {
        QSignalSpy spy(job, &Job::finished);
        job->start();
        return spy.wait(10000);
    }

private slots:
    void refreshThenCall()
    {
        FakeZoho zoho;
        QVERIFY(zoho.start());
        NetworkContext context;
        ZohoSession session(&context);
        configure(session, zoho.server.url());
        std::unique_ptr<ZohoRequestJob> job(session.request("GET", QStringLiteral("/crm/v8/Leads")));
        QVERIFY(run(job.get()));
        QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage));
        QCOMPARE(job->json().value("data").toArray().size(), 1);
        QCOMPARE(session.apiUrl(), zoho.server.url());
        QCOMPARE(session.refreshCount(), 1);

        const auto &requests = zoho.server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].method, QByteArray("POST"));
        QCOMPARE(requests[0].headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
        const QUrlQuery form(QString::fromUtf8(requests[0].body));
        QCOMPARE(form.queryItemValue("grant_type"), QStringLiteral("refresh_token"));
        QCOMPARE(form.queryItemValue("client_id"), QStringLiteral("test-client"));
        QCOMPARE(form.queryItemValue("client_secret", QUrl::FullyDecoded), QStringLiteral("s3cret+/="));
        QCOMPARE(form.queryItemValue("refresh_token"), QStringLiteral("1000.refresh"));
        QVERIFY(!requests[0].target.contains("refresh")); // secrets in the body, not the URL
        QCOMPARE(requests[1].target, QByteArray("/crm/v8/Leads"));
        QCOMPARE(requests[1].headers.value("authorization"), QByteArray("Zoho-oauthtoken t1"));
    }

    void expiredTokenIsReplayedWithOneSharedRefresh()
    {
        FakeZoho zoho;
        QVERIFY(zoho.start());
        NetworkContext context;
        ZohoSession session(&context);
        configure(session, zoho.server.url());
        session.setApiUrl(zoho.server.url());
        session.setAccessToken(QStringLiteral("stale"));

        QList<ZohoRequestJob *> jobs;
        QList<QSignalSpy *> spies;
        for (int i = 0; i < 3; ++i) {
            jobs << session.request("GET", QStringLiteral("/crm/v8/Contacts"));
            jobs.last()->setParent(this);
            spies << new QSignalSpy(jobs.last(), &Job::finished);
            jobs.last()->start();
        }
        for (QSignalSpy *spy : spies)
            QTRY_COMPARE_WITH_TIMEOUT(spy->size(), 1, 10000);
        for (ZohoRequestJob *job : jobs) {
            QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage));
            QVERIFY(job->replayed());
            QCOMPARE(job->statusCode(), 200);
        }
        QCOMPARE(session.refreshCount(), 1);
        QCOMPARE(zoho.server.count("/oauth/v2/token"), 1);
        QCOMPARE(session.accessToken(), QStringLiteral("t1"));
        qDeleteAll(spies);
        qDeleteAll(jobs);
    }

    void tokenEndpointErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Error::Category>("category");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("invalid_code") << 200 << QByteArray(R"({"error":"invalid_code"})") << Error::Category::Auth
                                      << QStringLiteral("expired or was revoked");
        QTest::newRow("invalid_client") << 200 << QByteArray(R"({"error":"invalid_client"})") << Error::Category::Auth
                                        << QStringLiteral("data centre");
        QTest::newRow("no access_token") << 200 << QByteArray(R"({"api_domain":"x"})") << Error::Category::Auth
                                         << QStringLiteral("without an access token");
        QTest::newRow("throttled") << 400
                                   << QByteArray(R"({"error":"Access Denied","error_description":"You have made too many requests continuously.","status":"failure"})")
                                   << Error::Category::RateLimit << QStringLiteral("slow down");
    }
    void tokenEndpointErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Error::Category, category);
        QFETCH(QString, messagePart);
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(status, body);
        NetworkContext context;
        ZohoSession session(&context);
        configure(session, server.url());
        QSignalSpy authFailed(&session, &ZohoSession::authenticationFailed);
        std::unique_ptr<ZohoRequestJob> job(session.request("GET", QStringLiteral("/crm/v8/Leads")));
        QVERIFY(run(job.get()));
        QCOMPARE(job->error().category, category);
        QVERIFY2(job->error().userMessage.contains(messagePart), qPrintable(job->error().userMessage));
        QVERIFY(job->error().userMessage.contains(QStringLiteral("127.0.0.1")));
        QVERIFY(!job->error().userMessage.contains(QStringLiteral("1000.refresh")));
        QVERIFY(!job->error().detail.contains(QStringLiteral("1000.refresh")));
        QCOMPARE(authFailed.size(), category == Error::Category::Auth ? 1 : 0);
        QCOMPARE(server.requests().size(), 1); // no API call without a token
    }

    void apiAuthErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("authentication failure")
            << QByteArray(R"({"code":"AUTHENTICATION_FAILURE","details":{},"message":"Authentication failed","status":"error"})")
            << QStringLiteral("AUTHENTICATION_FAILURE");
        QTest::newRow("scope mismatch")
            << QByteArray(R"({"code":"OAUTH_SCOPE_MISMATCH","details":{},"message":"invalid oauth scope","status":"error"})")
            << QStringLiteral("scope");
    }
    void apiAuthErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(401, body);
        NetworkContext context;
        ZohoSession session(&context);
        configure(session, server.url());
        session.setApiUrl(server.url());
        session.setAccessToken(QStringLiteral("t0"));
        std::unique_ptr<ZohoRequestJob> job(session.request("GET", QStringLiteral("/crm/v8/Leads")));
        QVERIFY(run(job.get()));
        QCOMPARE(job->error().category, Error::Category::Auth);
        QVERIFY2(job->error().userMessage.contains(messagePart), qPrintable(job->error().userMessage));
        QCOMPARE(session.refreshCount(), 0); // only INVALID_TOKEN is worth a refresh
        QCOMPARE(server.requests().size(), 1);
    }

    void unreadableBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray(R"({"data":[{"id":"1","Last_Name":)");
        QTest::newRow("html") << QByteArray("<html>Bad gateway</html>");
        QTest::newRow("array") << QByteArray("[1,2,3]");
    }
    void unreadableBody()
    {
        QFETCH(QByteArray, body);
        FakeZoho zoho;
        zoho.apiBody = body;
        QVERIFY(zoho.start());
        NetworkContext context;
        ZohoSession session(&context);
        configure(session, zoho.server.url());
        std::unique_ptr<ZohoRequestJob> job(session.request("GET", QStringLiteral("/crm/v8/Leads")));
        QVERIFY(run(job.get()));
        QCOMPARE(job->error().category, Error::Category::Data);
        QVERIFY2(job->error().userMessage.contains(QStringLiteral("could not be read")), qPrintable(job->error().userMessage));
        QVERIFY(job->json().isEmpty());
    }

    void noRefreshTokenIsAuthError()
    {
        NetworkContext context;
        ZohoSession session(&context);
        session.setAccountsUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
        std::unique_ptr<ZohoRequestJob> job(session.request("GET", QStringLiteral("/crm/v8/Leads")));
        QVERIFY(run(job.get()));
        QCOMPARE(job->error().category, Error::Category::Auth);
        QCOMPARE(context.counter().requests(), 0);
    }
};

QTEST_GUILESS_MAIN(TestZohoSession)
#include "tst_zohosession.moc"
