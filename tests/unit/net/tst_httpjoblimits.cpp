// SPDX-License-Identifier: GPL-3.0-or-later
// HttpJob's bounds on what a server may send (docs/dav.md "What a server is trusted with"):
// a size cap enforced while the body arrives, and a minimum rate once it has begun. The
// server is a QTcpServer in this test that answers one way per case, on loopback.
#include "net/httpjob.h"
#include "net/networkcontext.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace crmsync;

namespace {

//! Answers every request the same way: \a head, then \a body, then (endless) filler up to
//! \a limit bytes or (trickle) one byte per \a intervalMs.
class MisbehavingServer : public QObject
{
public:
    enum class Mode { Fixed, Endless, Trickle };
    MisbehavingServer(Mode mode, QByteArray head, QByteArray body)
        : m_mode(mode), m_head(std::move(head)), m_body(std::move(body))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    m_request += s->readAll();
                    if (m_request.contains("\r\n\r\n") && !m_answered.contains(s)) {
                        m_answered.append(s);
                        answer(s);
                    }
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(m_server.serverPort())); }
    qint64 sent() const { return m_sent; }
    qint64 limit = 512LL * 1024 * 1024;
    int intervalMs = 50;

private:
    void answer(QTcpSocket *s)
    {
        s->write(m_head);
        s->write(m_body);
        m_sent = m_body.size();
        if (m_mode == Mode::Endless) {
            const QByteArray chunk(256 * 1024, 'x');
            auto pump = [this, s, chunk] {
                while (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < 2 * chunk.size()) {
                    if (m_sent >= limit) {
                        s->disconnectFromHost();
                        return;
                    }
                    s->write(chunk);
                    m_sent += chunk.size();
                }
            };
            connect(s, &QTcpSocket::bytesWritten, this, pump);
            pump();
        } else if (m_mode == Mode::Trickle) {
            auto *t = new QTimer(s);
            connect(t, &QTimer::timeout, s, [this, s, t] {
                if (s->state() != QAbstractSocket::ConnectedState || m_sent > 100000)
                    return t->stop();
                s->write("y");
                ++m_sent;
            });
            t->start(intervalMs);
        }
    }

    Mode m_mode;
    QByteArray m_head;
    QByteArray m_body;
    QByteArray m_request;
    QList<QTcpSocket *> m_answered;
    QTcpServer m_server;
    qint64 m_sent = 0;
};

const QByteArray kStreamHead = "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nConnection: close\r\n\r\n";

} // namespace

class TestHttpJobLimits : public QObject
{
    Q_OBJECT

private slots:
    void defaultsPerKind()
    {
        QCOMPARE(HttpJob::defaultMaxBodyBytes(HttpJob::ResponseKind::Token), 64 * 1024);
        QVERIFY(HttpJob::defaultMaxBodyBytes(HttpJob::ResponseKind::Listing)
                >= HttpJob::defaultMaxBodyBytes(HttpJob::ResponseKind::Items));
        NetworkContext context;
        HttpJob job(&context);
        job.setResponseKind(HttpJob::ResponseKind::Items);
        QCOMPARE(job.maxBodyBytes(), HttpJob::defaultMaxBodyBytes(HttpJob::ResponseKind::Items));
        QVERIFY(context.retryPolicy().minBytesPerWindow > 0);
    }

    void bodyWithinCapArrives()
    {
        const QByteArray body(100000, 'b');
        MisbehavingServer server(MisbehavingServer::Mode::Fixed,
                                 "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n", body);
        NetworkContext context;
        HttpJob job(&context);
        job.setUrl(server.url());
        job.setMaxBodyBytes(body.size());
        QSignalSpy done(&job, &Job::finished);
        job.start();
        QVERIFY(done.wait(10000));
        QVERIFY2(!job.hasError(), qPrintable(job.error().userMessage));
        QCOMPARE(job.body(), body);
    }

    void declaredLengthOverCapRefused()
    {
        MisbehavingServer server(MisbehavingServer::Mode::Fixed,
                                 "HTTP/1.1 200 OK\r\nContent-Length: 5000000000\r\n\r\n", QByteArray(1000, 'z'));
        NetworkContext context;
        HttpJob job(&context);
        job.setUrl(server.url());
        job.setResponseKind(HttpJob::ResponseKind::Token);
        QSignalSpy done(&job, &Job::finished);
        job.start();
        QVERIFY(done.wait(10000));
        QVERIFY(job.hasError());
        QVERIFY2(job.error().userMessage.contains(QLatin1String("127.0.0.1")), qPrintable(job.error().userMessage));
        QVERIFY2(job.error().userMessage.contains(QLatin1String("0.0625 MiB")), qPrintable(job.error().userMessage));
        QCOMPARE(job.attempts(), 1); // not retried
        QVERIFY(job.body().isEmpty());
    }

    void endlessBodyCutOffAtCap_data()
    {
        QTest::addColumn<qint64>("cap");
        QTest::newRow("1 MiB") << qint64(1024 * 1024);
        QTest::newRow("8 MiB") << qint64(8 * 1024 * 1024);
    }

    void endlessBodyCutOffAtCap()
    {
        QFETCH(qint64, cap);
        MisbehavingServer server(MisbehavingServer::Mode::Endless, kStreamHead, "<multistatus xmlns=\"DAV:\">");
        NetworkContext context;
        HttpJob job(&context);
        job.setUrl(server.url());
        job.setMaxBodyBytes(cap);
        QSignalSpy done(&job, &Job::finished);
        job.start();
        QVERIFY(done.wait(30000));
        QVERIFY(job.hasError());
        QCOMPARE(job.error().category, Error::Category::Server);
        QVERIFY2(job.error().userMessage.contains(QLatin1String("larger than")), qPrintable(job.error().userMessage));
        QVERIFY(job.body().isEmpty());
        QCOMPARE(job.attempts(), 1);
        // Stopped near the cap, nowhere near what the server would have sent.
        QVERIFY2(server.sent() < server.limit / 4, qPrintable(QString::number(server.sent())));
    }

    void trickleCutOff()
    {
        MisbehavingServer server(MisbehavingServer::Mode::Trickle, kStreamHead, "<");
        server.intervalMs = 40;
        NetworkContext context;
        HttpJob job(&context);
        job.setUrl(server.url());
        job.setMinimumRate(1024, 300); // 1 KiB per 0.3 s; the server sends ~8 bytes
        QSignalSpy done(&job, &Job::finished);
        job.start();
        QVERIFY(done.wait(20000));
        QVERIFY(job.hasError());
        QVERIFY2(job.error().userMessage.contains(QLatin1String("too slowly")), qPrintable(job.error().userMessage));
        QVERIFY2(job.error().userMessage.contains(QLatin1String("127.0.0.1")), qPrintable(job.error().userMessage));
        QCOMPARE(job.attempts(), 1);
        QVERIFY(server.sent() < 100000);
    }

    void slowButSteadyIsFine()
    {
        MisbehavingServer server(MisbehavingServer::Mode::Fixed,
                                 "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n", "0123456789");
        NetworkContext context;
        HttpJob job(&context);
        job.setUrl(server.url());
        job.setMinimumRate(1, 200);
        QSignalSpy done(&job, &Job::finished);
        job.start();
        QVERIFY(done.wait(10000));
        QVERIFY(!job.hasError());
        QCOMPARE(job.body(), QByteArray("0123456789"));
    }
};

QTEST_GUILESS_MAIN(TestHttpJobLimits)
#include "tst_httpjoblimits.moc"
