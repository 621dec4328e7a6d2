// SPDX-License-Identifier: GPL-3.0-or-later
// HTTPS against real Radicale with a self-signed certificate made at test time: refused
// with host, problem and fingerprint, unless the collection pins exactly that certificate.
#include "connectors/dav/davstore.h"
#include "davserverprocess.h"
#include "davtesthelpers.h"
#include "net/networkcontext.h"
#include "net/tlsfingerprint.h"

#include <QProcess>
#include <QSslError>
#include <QTest>

#include <memory>

using namespace crmsync;
using namespace crmsync::davtest;

class TestDavTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void certificate_data();
    void certificate();

private:
    std::unique_ptr<DavServerProcess> m_server;
    //! As openssl prints it: an independent view of the certificate's SHA-256.
    QString m_opensslFingerprint;
};

void TestDavTls::initTestCase()
{
    m_server = std::make_unique<DavServerProcess>(DavServerProcess::Server::Radicale);
    QVERIFY2(m_server->useTls(), qPrintable(m_server->errorString()));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY(m_server->baseUrl().scheme() == QLatin1String("https"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), m_server->certificateFile(),
                                              QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                                              QStringLiteral("-sha256")});
    QVERIFY(openssl.waitForFinished(30000));
    const QString line = QString::fromLatin1(openssl.readAllStandardOutput()).trimmed(); // "sha256 Fingerprint=AB:…"
    m_opensslFingerprint = line.mid(line.indexOf(QLatin1Char('=')) + 1);
    QCOMPARE(m_opensslFingerprint.size(), 95);
}

void TestDavTls::cleanupTestCase()
{
    m_server.reset();
}

void TestDavTls::certificate_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("pin"); // "right", "wrong" or none
    QTest::addColumn<QList<QSslError::SslError>>("problems"); // empty: must work
    const QList<QSslError::SslError> selfSigned{QSslError::SelfSignedCertificate};
    QTest::newRow("untrusted") << QStringLiteral("127.0.0.1") << QString() << selfSigned;
    QTest::newRow("wrong fingerprint") << QStringLiteral("127.0.0.1") << QStringLiteral("wrong") << selfSigned;
    QTest::newRow("right fingerprint") << QStringLiteral("127.0.0.1") << QStringLiteral("right")
                                       << QList<QSslError::SslError>{};
    // The certificate names 127.0.0.1 only: reached as "localhost" the name does not match either.
    QTest::newRow("wrong host") << QStringLiteral("localhost") << QString()
                                << QList<QSslError::SslError>{QSslError::SelfSignedCertificate,
                                                              QSslError::HostNameMismatch};
    QTest::newRow("wrong host, right fingerprint")
        << QStringLiteral("localhost") << QStringLiteral("right") << QList<QSslError::SslError>{};
}

void TestDavTls::certificate()
{
    QFETCH(QString, host);
    QFETCH(QString, pin);
    QFETCH(QList<QSslError::SslError>, problems);

    // A fresh network manager per case: a connection whose errors one case accepted must
    // not carry over to the next.
    NetworkContext context;
    RetryPolicy fast;
    fast.baseDelayMs = 10;
    fast.maxAttempts = 2;
    context.setRetryPolicy(fast);
    DavCollection c;
    c.kind = DavCollection::Kind::AddressBook;
    c.url = m_server->addressBookUrl();
    c.url.setHost(host);
    c.username = m_server->username();
    c.password = m_server->password();
    c.context = &context;
    const QByteArray right = *TlsFingerprint::parse(m_opensslFingerprint);
    if (pin == QLatin1String("right")) {
        c.trustedCertificateSha256 = right;
    } else if (pin == QLatin1String("wrong")) {
        c.trustedCertificateSha256 = right;
        c.trustedCertificateSha256[31] = char(c.trustedCertificateSha256.at(31) ^ 0x01);
    }
    DavStore store(c);
    const QString name = QStringLiteral("tls-%1.vcf").arg(QTest::currentDataTag()).remove(QLatin1Char(' ')).remove(QLatin1Char(','));

    auto write = run(store.write({create(name, vcard(name, QStringLiteral("TLS Person")))}));
    if (!problems.isEmpty()) {
        QVERIFY(write->hasError());
        const Error e = write->error();
        QCOMPARE(e.category, Error::Category::Auth);
        QCOMPARE(e.certificateSha256, m_opensslFingerprint);
        QVERIFY2(e.userMessage.contains(host), qPrintable(e.userMessage));
        QVERIFY2(e.userMessage.contains(m_opensslFingerprint), qPrintable(e.userMessage));
        for (QSslError::SslError p : problems)
            QVERIFY2(e.userMessage.contains(QSslError(p).errorString()), qPrintable(e.userMessage));
        // Refused, not retried: trying again cannot make the certificate trusted.
        QVERIFY(!e.canRetryLater());
        QCOMPARE(context.counter().retries(), 0);
        return;
    }
    QVERIFY2(!write->hasError(), qPrintable(write->error().userMessage));
    QVERIFY2(write->results().constFirst().ok(), qPrintable(write->results().constFirst().error.detail));
    const QString id = write->results().constFirst().id;
    auto list = run(store.listChanges({}, {}));
    QVERIFY2(!list->hasError(), qPrintable(list->error().userMessage));
    QVERIFY(versionsOf(list->changes().changed).contains(id));
    auto fetch = run(store.fetch({id}));
    QVERIFY2(!fetch->hasError(), qPrintable(fetch->error().userMessage));
    QCOMPARE(fetch->items().size(), 1);
    QVERIFY(fetch->items().constFirst().raw.contains("FN:TLS Person"));
}

QTEST_GUILESS_MAIN(TestDavTls)
#include "tst_dav_tls.moc"
