// SPDX-License-Identifier: GPL-3.0-or-later
// HttpJob against a scripted loopback server: retries, backoff, Retry-After, timeouts,
// error categories and the https-only rule.
#include "fakehttpserver.h"
#include "net/httpjob.h"
#include "net/networkcontext.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace crmsync;

Q_DECLARE_METATYPE(Error::Category)

class TestHttpJob : public QObject
{
    Q_OBJECT

    RetryPolicy fastPolicy() const
    {
        RetryPolicy p;
        p.baseDelayMs = 10;
        p.maxDelayMs = 50;
        p.timeoutMs = 5000;
        return p;
    }

    //! Runs \a job to completion and returns it (owned by the caller's scope).
    static bool run(HttpJob *job)
    {
        QSignalSpy spy(job, &Job::finished);
        job->start();
        return spy.wait(20000);
    }

private slots:
    void statusSequences_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<int>("expectedAttempts");
        QTest::addColumn<int>("finalStatus");
        QTest::addColumn<Error::Category>("category");

        QTest::newRow("ok at once") << QByteArray("GET") << QList<int>{200} << 1 << 200 << Error::Category::None;
        QTest::newRow("500, 502 then ok") << QByteArray("GET") << QList<int>{500, 502, 200} << 3 << 200 << Error::Category::None;
        QTest::newRow("429 then ok") << QByteArray("PUT") << QList<int>{429, 200} << 2 << 200 << Error::Category::None;
        QTest::newRow("429 retried for POST") << QByteArray("POST") << QList<int>{429, 201} << 2 << 201 << Error::Category::None;
        QTest::newRow("500 not repeated for POST") << QByteArray("POST") << QList<int>{500, 201} << 1 << 500 << Error::Category::Server;
        QTest::newRow("503 until attempts run out") << QByteArray("GET") << QList<int>{503, 503, 503, 503, 503, 200} << 5 << 503 << Error::Category::Server;
        QTest::newRow("429 until attempts run out") << QByteArray("GET") << QList<int>{429, 429, 429, 429, 429} << 5 << 429 << Error::Category::RateLimit;
        QTest::newRow("304 is success") << QByteArray("GET") << QList<int>{304} << 1 << 304 << Error::Category::None;
        QTest::newRow("401 auth, no retry") << QByteArray("GET") << QList<int>{401, 200} << 1 << 401 << Error::Category::Auth;
        QTest::newRow("412 conflict") << QByteArray("PUT") << QList<int>{412} << 1 << 412 << Error::Category::Conflict;
        QTest::newRow("400 data") << QByteArray("PUT") << QList<int>{400} << 1 << 400 << Error::Category::Data;
        QTest::newRow("404 data") << QByteArray("GET") << QList<int>{404} << 1 << 404 << Error::Category::Data;
    }
    void statusSequences()
    {
        QFETCH(QByteArray, method);
        QFETCH(QList<int>, statuses);
        QFETCH(int, expectedAttempts);
        QFETCH(int, finalStatus);
        QFETCH(Error::Category, category);

        FakeHttpServer server;
        QVERIFY(server.listen());
        for (int s : statuses)
            server.enqueue(s, s == 304 ? QByteArray() : QByteArray("{\"n\":") + QByteArray::number(s) + "}");
        NetworkContext context;
        HttpJob job(&context);
        job.setRetryPolicy(fastPolicy());
        job.setMethod(method);
        job.setUrl(QUrl(server.url().toString() + QStringLiteral("/crm/v8/Contacts")));
        if (method != "GET")
            job.setBody("{}");
        QVERIFY(run(&job));
        QCOMPARE(job.attempts(), expectedAttempts);
        QCOMPARE(server.requests().size(), expectedAttempts);
        QCOMPARE(context.counter().requests(), expectedAttempts);
        QCOMPARE(context.counter().retries(), expectedAttempts - 1);
        QCOMPARE(job.statusCode(), finalStatus);
        QCOMPARE(job.error().category, category);
        if (category != Error::Category::None) {
            QVERIFY2(job.error().userMessage.contains(QStringLiteral("127.0.0.1")), qPrintable(job.error().userMessage));
            QCOMPARE(job.error().httpStatus, finalStatus);
        }
        if (finalStatus != 304)
            QCOMPARE(job.body(), QByteArray("{\"n\":") + QByteArray::number(finalStatus) + "}");
    }

    void retryAfterIsHonoured()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(429, "{}", {{"Retry-After", "1"}});
        server.enqueue(200, "{}");
        NetworkContext context;
        HttpJob job(&context);
        job.setRetryPolicy(fastPolicy());
        job.setUrl(server.url());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(run(&job));
        QVERIFY(!job.hasError());
        QCOMPARE(job.attempts(), 2);
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    }

    void retryAfterTooLongGivesUp()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(429, "{}", {{"Retry-After", "3600"}});
        NetworkContext context;
        HttpJob job(&context);
        job.setRetryPolicy(fastPolicy());
        job.setUrl(server.url());
        QVERIFY(run(&job));
        QCOMPARE(job.attempts(), 1);
        QCOMPARE(job.error().category, Error::Category::RateLimit);
        QCOMPARE(job.error().retryAfterSeconds, 3600);
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("http date") << QByteArray("Sun, 06 Nov 1994 08:49:42 GMT") << qint64(5000);
        QTest::newRow("http date in the past") << QByteArray("Sun, 06 Nov 1994 08:49:30 GMT") << qint64(0);
    }
    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QCOMPARE(HttpJob::parseRetryAfter(value, now), expected);
    }

    void backoffGrows()
    {
        RetryPolicy p;
        p.baseDelayMs = 100;
        p.maxDelayMs = 1000;
        for (int attempt = 1; attempt <= 6; ++attempt) {
            const int nominal = qMin(100 << (attempt - 1), 1000);
            const int d = HttpJob::backoffDelay(p, attempt);
            QVERIFY2(d >= nominal && d <= nominal + nominal / 2, qPrintable(QString::number(d)));
        }
    }

    void timeoutIsRetriedThenNetworkError()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeHttpServer::Reply hang;
        hang.hang = true;
        server.enqueue(hang);
        server.enqueue(hang);
        NetworkContext context;
        HttpJob job(&context);
        RetryPolicy p = fastPolicy();
        p.timeoutMs = 200;
        p.maxAttempts = 2;
        job.setRetryPolicy(p);
        job.setUrl(server.url());
        QVERIFY(run(&job));
        QCOMPARE(job.attempts(), 2);
        QCOMPARE(job.error().category, Error::Category::Network);
        QVERIFY(job.error().userMessage.contains(QStringLiteral("127.0.0.1")));
    }

    void timeoutThenSuccess()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeHttpServer::Reply hang;
        hang.hang = true;
        server.enqueue(hang);
        server.enqueue(200, "ok");
        NetworkContext context;
        HttpJob job(&context);
        RetryPolicy p = fastPolicy();
        p.timeoutMs = 200;
        job.setRetryPolicy(p);
        job.setUrl(server.url());
        QVERIFY(run(&job));
        QVERIFY(!job.hasError());
        QCOMPARE(job.body(), QByteArray("ok"));
    }

    void closedConnectionIsRepeatedAtOnce()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeHttpServer::Reply close;
        close.close = true;
        // Qt itself resends once on a connection closed under it; the second close reaches us.
        server.enqueue(close);
        server.enqueue(close);
        server.enqueue(200, "fine");
        NetworkContext context;
        HttpJob job(&context);
        RetryPolicy p = fastPolicy();
        p.maxAttempts = 1; // the repeat does not use up an attempt
        job.setRetryPolicy(p);
        job.setUrl(server.url());
        QVERIFY(run(&job));
        QVERIFY2(!job.hasError(), qPrintable(job.error().detail));
        QCOMPARE(job.body(), QByteArray("fine"));
        QCOMPARE(job.attempts(), 2);
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } // closed: nothing listens there now
        NetworkContext context;
        HttpJob job(&context);
        RetryPolicy p = fastPolicy();
        p.maxAttempts = 3;
        job.setRetryPolicy(p);
        job.setUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port)));
        QVERIFY(run(&job));
        QCOMPARE(job.error().category, Error::Category::Network);
        QCOMPARE(job.attempts(), 3);
        QCOMPARE(job.statusCode(), 0);
    }

    void onlyHttpsOrLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://www.zohoapis.com/crm/v8/Leads" << true;
        QTest::newRow("http remote") << "http://www.zohoapis.com/crm/v8/Leads" << false;
        QTest::newRow("http private range") << "http://192.168.1.5/x" << false;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/x" << true;
        QTest::newRow("http 127.3.2.1") << "http://127.3.2.1/x" << true;
        QTest::newRow("http ::1") << "http://[::1]:8080/x" << true;
        QTest::newRow("http localhost") << "http://localhost/x" << true;
        QTest::newRow("ftp") << "ftp://127.0.0.1/x" << false;
        QTest::newRow("no host") << "https:///x" << false;
    }
    void onlyHttpsOrLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const Status s = NetworkContext::checkUrl(QUrl(url));
        QCOMPARE(s.ok(), allowed);
        if (!allowed) {
            QCOMPARE(s.error().category, Error::Category::Config);
            QVERIFY(!s.error().userMessage.isEmpty());
        }
    }

    void refusedUrlSendsNothing()
    {
        NetworkContext context;
        HttpJob job(&context);
        job.setUrl(QUrl(QStringLiteral("http://www.zohoapis.com/crm/v8/Leads")));
        QVERIFY(run(&job));
        QCOMPARE(job.error().category, Error::Category::Config);
        QVERIFY(job.error().userMessage.contains(QStringLiteral("www.zohoapis.com")));
        QCOMPARE(context.counter().requests(), 0);
    }

    void sendsMethodHeadersAndBody()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(201, "{}");
        NetworkContext context;
        HttpJob job(&context);
        job.setMethod("put");
        job.setUrl(QUrl(server.url().toString() + QStringLiteral("/a?b=c")));
        job.setHeader("If-Unmodified-Since", "2024-01-15T15:26:49+05:30");
        job.setBody("{\"data\":[]}");
        QVERIFY(run(&job));
        QCOMPARE(server.requests().size(), 1);
        const auto &r = server.requests().first();
        QCOMPARE(r.method, QByteArray("PUT"));
        QCOMPARE(r.target, QByteArray("/a?b=c"));
        QCOMPARE(r.headers.value("if-unmodified-since"), QByteArray("2024-01-15T15:26:49+05:30"));
        QCOMPARE(r.body, QByteArray("{\"data\":[]}"));
    }

    void perThreadContext()
    {
        NetworkContext *a = NetworkContext::forCurrentThread();
        QCOMPARE(NetworkContext::forCurrentThread(), a);
        QVERIFY(a->manager());
    }
};

QTEST_GUILESS_MAIN(TestHttpJob)
#include "tst_httpjob.moc"
