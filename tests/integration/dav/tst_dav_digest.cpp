// SPDX-License-Identifier: GPL-3.0-or-later
// Digest sign-in (RFC 7616) against real Radicale behind DigestProxy, a loopback server
// that checks every Digest response on its own: right password works and is remembered,
// a wrong one ends in one Auth error after exactly one answered challenge.
#include "connectors/dav/davstore.h"
#include "davserverprocess.h"
#include "davtesthelpers.h"
#include "digestproxy.h"
#include "net/networkcontext.h"

#include <QTest>

#include <memory>

using namespace crmsync;
using namespace crmsync::davtest;

class TestDavDigest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rightPasswordIsRemembered_data();
    void rightPasswordIsRemembered();
    void wrongPasswordFailsOnce_data();
    void wrongPasswordFailsOnce();
    void staleNonceIsAnsweredAgain();

private:
    std::unique_ptr<DigestProxy> proxy(const QByteArrayList &algorithms);
    DavCollection collection(const DigestProxy &proxy, const QString &password);

    std::unique_ptr<DavServerProcess> m_server;
    std::unique_ptr<NetworkContext> m_context;
};

void TestDavDigest::initTestCase()
{
    m_server = std::make_unique<DavServerProcess>(DavServerProcess::Server::Radicale);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_context = std::make_unique<NetworkContext>();
    RetryPolicy fast;
    fast.baseDelayMs = 10;
    fast.maxAttempts = 2;
    m_context->setRetryPolicy(fast);
}

void TestDavDigest::cleanupTestCase()
{
    m_context.reset();
    m_server.reset();
}

std::unique_ptr<DigestProxy> TestDavDigest::proxy(const QByteArrayList &algorithms)
{
    auto p = std::make_unique<DigestProxy>(m_server->baseUrl(), m_server->username(), algorithms);
    p->setCredentials("alice", "right horse battery");
    if (!p->listen())
        qWarning("the Digest proxy cannot listen");
    return p;
}

DavCollection TestDavDigest::collection(const DigestProxy &proxy, const QString &password)
{
    DavCollection c;
    c.kind = DavCollection::Kind::AddressBook;
    c.url = proxy.urlFor(m_server->addressBookUrl());
    c.username = QStringLiteral("alice");
    c.password = password;
    c.context = m_context.get();
    return c;
}

void TestDavDigest::rightPasswordIsRemembered_data()
{
    QTest::addColumn<QByteArrayList>("offered");
    QTest::addColumn<QByteArray>("used");
    QTest::newRow("MD5") << QByteArrayList{"MD5"} << QByteArray("MD5");
    QTest::newRow("SHA-256") << QByteArrayList{"SHA-256"} << QByteArray("SHA-256");
    // Two WWW-Authenticate headers, weaker first: the client takes the stronger.
    QTest::newRow("both offered") << QByteArrayList{"MD5", "SHA-256"} << QByteArray("SHA-256");
}

void TestDavDigest::rightPasswordIsRemembered()
{
    QFETCH(QByteArrayList, offered);
    QFETCH(QByteArray, used);
    const auto p = proxy(offered);
    DavStore store(collection(*p, QStringLiteral("right horse battery")));
    const QString name = QStringLiteral("digest-%1.vcf").arg(QString::fromLatin1(QTest::currentDataTag()).remove(QLatin1Char(' ')));

    auto write = run(store.write({create(name, vcard(name, QStringLiteral("Digest Person")))}));
    QVERIFY2(!write->hasError(), qPrintable(write->error().userMessage));
    QVERIFY2(write->results().constFirst().ok(), qPrintable(write->results().constFirst().error.detail));
    const QString id = write->results().constFirst().id;
    // One 401 for the preemptive Basic, then Digest.
    QCOMPARE(p->basicSeen(), 1);
    QCOMPARE(p->challenges(), 1);

    auto list = run(store.listChanges({}, {}));
    QVERIFY2(!list->hasError(), qPrintable(list->error().userMessage));
    QVERIFY(versionsOf(list->changes().changed).contains(id));
    auto fetch = run(store.fetch({id}));
    QVERIFY2(!fetch->hasError(), qPrintable(fetch->error().userMessage));
    QCOMPARE(fetch->items().size(), 1);
    QVERIFY(fetch->items().constFirst().raw.contains("FN:Digest Person"));

    // The collection remembered the challenge: no further 401 and no Basic, and every
    // Digest response (nc 1, 2, 3, … on one nonce) passed the proxy's own check.
    QCOMPARE(p->challenges(), 1);
    QCOMPARE(p->basicSeen(), 1);
    QVERIFY2(p->rejections().isEmpty(), qPrintable(p->rejections().join(QStringLiteral("; "))));
    QCOMPARE(p->accepted(), p->requests() - 1);
    QVERIFY(p->accepted() >= 3);
    for (const QByteArray &a : p->acceptedAlgorithms())
        QCOMPARE(a, used);
}

void TestDavDigest::wrongPasswordFailsOnce_data()
{
    QTest::addColumn<QByteArrayList>("offered");
    QTest::newRow("MD5") << QByteArrayList{"MD5"};
    QTest::newRow("SHA-256") << QByteArrayList{"SHA-256"};
}

void TestDavDigest::wrongPasswordFailsOnce()
{
    QFETCH(QByteArrayList, offered);
    const auto p = proxy(offered);
    DavStore store(collection(*p, QStringLiteral("wrong")));
    auto list = run(store.listChanges({}, {}));
    QVERIFY(list->hasError());
    QCOMPARE(list->error().category, Error::Category::Auth);
    QCOMPARE(list->error().httpStatus, 401);
    QVERIFY2(list->error().userMessage.contains(QStringLiteral("127.0.0.1"))
                 && list->error().userMessage.contains(QStringLiteral("alice")),
             qPrintable(list->error().userMessage));
    // Basic, then one Digest answer; no loop, no retry.
    QCOMPARE(p->requests(), 2);
    QCOMPARE(p->challenges(), 2);
    QCOMPARE(p->accepted(), 0);
    QCOMPARE(p->rejections().size(), 1);
    QVERIFY(p->rejections().constFirst().contains(QStringLiteral("wrong response")));

    // A second job answers the remembered challenge first: again one 401 answered, then done.
    auto again = run(store.listChanges({}, {}));
    QCOMPARE(again->error().category, Error::Category::Auth);
    QCOMPARE(p->requests(), 4);
    QCOMPARE(p->basicSeen(), 1);
}

void TestDavDigest::staleNonceIsAnsweredAgain()
{
    const auto p = proxy({"SHA-256"});
    DavStore store(collection(*p, QStringLiteral("right horse battery")));
    auto first = run(store.listChanges({}, {}));
    QVERIFY2(!first->hasError(), qPrintable(first->error().userMessage));
    QCOMPARE(p->challenges(), 1);

    p->expireNonce();
    auto second = run(store.listChanges({}, {}));
    QVERIFY2(!second->hasError(), qPrintable(second->error().userMessage));
    // One 401 (stale=true) for the old nonce, answered with the new one.
    QCOMPARE(p->challenges(), 2);
    QCOMPARE(p->basicSeen(), 1);
    QVERIFY2(p->rejections().isEmpty(), qPrintable(p->rejections().join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestDavDigest)
#include "tst_dav_digest.moc"
