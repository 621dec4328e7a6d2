// SPDX-License-Identifier: GPL-3.0-or-later
// Where a password may go: its origin (scheme, host, port), or during discovery the
// user's domain; HttpJob refuses everything else before a byte is sent.
#include "net/credentialscope.h"
#include "net/httpauthstate.h"
#include "net/httpjob.h"
#include "net/networkcontext.h"

#include <QSignalSpy>
#include <QTest>

using namespace crmsync;

class TestCredentialScope : public QObject
{
    Q_OBJECT

private slots:
    void origin_data();
    void origin();
    void insideDomain_data();
    void insideDomain();
    void domainScope_data();
    void domainScope();
    void originOf_data();
    void originOf();
    void httpJobKeepsThePasswordHome_data();
    void httpJobKeepsThePasswordHome();
};

void TestCredentialScope::origin_data()
{
    QTest::addColumn<QString>("storedFor");
    QTest::addColumn<QString>("request");
    QTest::addColumn<bool>("allowed");
    QTest::addRow("same origin, other path") << "https://dav.example.com/u/" << "https://dav.example.com/u/cal/1.ics" << true;
    QTest::addRow("default port spelled out") << "https://dav.example.com/" << "https://dav.example.com:443/x" << true;
    QTest::addRow("host case and trailing dot") << "https://DAV.example.com/" << "https://dav.example.com./x" << true;
    QTest::addRow("other host") << "https://dav.example.com/" << "https://evil.example.net/" << false;
    QTest::addRow("subdomain is another origin") << "https://example.com/" << "https://dav.example.com/" << false;
    QTest::addRow("other port") << "https://dav.example.com/" << "https://dav.example.com:8443/" << false;
    QTest::addRow("other loopback port") << "http://127.0.0.1:5232/" << "http://127.0.0.1:5233/" << false;
    QTest::addRow("other scheme") << "https://dav.example.com/" << "http://dav.example.com/" << false;
    QTest::addRow("loopback by another name") << "http://127.0.0.1:5232/" << "http://localhost:5232/" << false;
    QTest::addRow("user info") << "https://dav.example.com/" << "https://alice:pw@dav.example.com/" << false;
}

void TestCredentialScope::origin()
{
    QFETCH(QString, storedFor);
    QFETCH(QString, request);
    QFETCH(bool, allowed);
    QCOMPARE(CredentialScope::origin(QUrl(storedFor)).allows(QUrl(request)), allowed);
}

void TestCredentialScope::insideDomain_data()
{
    QTest::addColumn<QString>("userHost");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("inside");
    QTest::addRow("same host") << "example.com" << "https://example.com/.well-known/caldav" << true;
    QTest::addRow("same host, other port") << "example.com" << "https://example.com:8443/" << true;
    QTest::addRow("subdomain") << "example.com" << "https://dav.example.com/" << true;
    QTest::addRow("deeper subdomain") << "example.com" << "https://a.b.example.com/" << true;
    QTest::addRow("case") << "Example.COM" << "https://DAV.example.com/" << true;
    QTest::addRow("parent domain") << "mail.example.com" << "https://example.com/" << false;
    QTest::addRow("sibling") << "mail.example.com" << "https://dav.example.com/" << false;
    QTest::addRow("suffix without dot") << "example.com" << "https://notexample.com/" << false;
    QTest::addRow("domain as prefix") << "example.com" << "https://example.com.evil.net/" << false;
    QTest::addRow("provider") << "example.com" << "https://dav.fastmail.com/" << false;
    QTest::addRow("IP itself") << "127.0.0.1" << "http://127.0.0.1:5232/" << true;
    QTest::addRow("IP has no subdomains") << "0.0.1" << "http://127.0.0.1/" << false;
    QTest::addRow("localhost is not 127.0.0.1") << "localhost" << "http://127.0.0.1:5232/" << false;
}

void TestCredentialScope::insideDomain()
{
    QFETCH(QString, userHost);
    QFETCH(QString, target);
    QFETCH(bool, inside);
    QCOMPARE(CredentialScope::isInsideDomain(userHost, QUrl(target)), inside);
}

void TestCredentialScope::domainScope_data()
{
    QTest::addColumn<QString>("userHost");
    QTest::addColumn<QString>("request");
    QTest::addColumn<bool>("allowed");
    QTest::addRow("https subdomain") << "example.com" << "https://dav.example.com:8443/x" << true;
    QTest::addRow("plain http elsewhere") << "example.com" << "http://dav.example.com/" << false;
    QTest::addRow("plain http on loopback") << "127.0.0.1" << "http://127.0.0.1:8080/" << true;
    QTest::addRow("outside") << "example.com" << "https://example.org/" << false;
}

void TestCredentialScope::domainScope()
{
    QFETCH(QString, userHost);
    QFETCH(QString, request);
    QFETCH(bool, allowed);
    QCOMPARE(CredentialScope::domain(userHost).allows(QUrl(request)), allowed);
}

void TestCredentialScope::originOf_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("origin");
    QTest::addRow("path dropped") << "https://dav.example.com/u/cal/" << "https://dav.example.com";
    QTest::addRow("default port dropped") << "https://dav.example.com:443/" << "https://dav.example.com";
    QTest::addRow("other port kept") << "http://127.0.0.1:5232/x" << "http://127.0.0.1:5232";
    QTest::addRow("user info never shown") << "https://alice:s3cret@dav.example.com/" << "https://dav.example.com";
}

void TestCredentialScope::originOf()
{
    QFETCH(QString, url);
    QFETCH(QString, origin);
    QCOMPARE(CredentialScope::originOf(QUrl(url)), origin);
}

void TestCredentialScope::httpJobKeepsThePasswordHome_data()
{
    QTest::addColumn<QString>("storedFor");
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("shownOrigin");
    QTest::addRow("other port") << "http://127.0.0.1:5232/" << "http://127.0.0.1:5233/u/" << "http://127.0.0.1:5233";
    QTest::addRow("other host") << "https://a.example.com/" << "https://b.example.com/u/" << "https://b.example.com";
    QTest::addRow("other scheme") << "https://a.example.com/" << "http://localhost/u/" << "http://localhost";
}

void TestCredentialScope::httpJobKeepsThePasswordHome()
{
    QFETCH(QString, storedFor);
    QFETCH(QString, request);
    QFETCH(QString, shownOrigin);
    NetworkContext context;
    auto state = std::make_shared<HttpAuthState>();
    state->setScope(CredentialScope::origin(QUrl(storedFor)));
    HttpJob job(&context);
    job.setMethod("PROPFIND");
    job.setUrl(QUrl(request));
    job.setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret-pw"), state);
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QVERIFY(job.hasError());
    QCOMPARE(job.error().category, Error::Category::Auth);
    // Refused before anything was sent, with both origins named and no password.
    QCOMPARE(context.counter().requests(), 0);
    const QString message = job.error().userMessage;
    QVERIFY2(message.contains(state->scope().toString()) && message.contains(shownOrigin), qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("s3cret")));

}

QTEST_GUILESS_MAIN(TestCredentialScope)
#include "tst_credentialscope.moc"
