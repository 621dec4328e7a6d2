// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 6764 service discovery from an e-mail address or a domain, with canned DNS answers.
#include "connectors/dav/davdnsresolver.h"
#include "connectors/dav/davservicelocator.h"

#include <QHash>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace crmsync;

Q_DECLARE_METATYPE(QList<DnsSrvRecord>)

namespace {

//! Answers from tables, later from the event loop as the real resolver does.
class CannedResolver : public DavDnsResolver
{
public:
    QHash<QString, QList<DnsSrvRecord>> srv;
    QHash<QString, QList<QByteArray>> txt;
    QStringList asked;

    void lookupSrv(const QString &name, std::function<void(const QList<DnsSrvRecord> &)> done) override
    {
        asked << QStringLiteral("SRV ") + name;
        const auto records = srv.value(name);
        QTimer::singleShot(0, this, [done, records] { done(records); });
    }
    void lookupTxt(const QString &name, std::function<void(const QList<QByteArray> &)> done) override
    {
        asked << QStringLiteral("TXT ") + name;
        const auto strings = txt.value(name);
        QTimer::singleShot(0, this, [done, strings] { done(strings); });
    }
};

QStringList toStrings(const QList<QUrl> &urls)
{
    QStringList out;
    for (const QUrl &u : urls)
        out << u.toString();
    return out;
}

} // namespace

class TestDavServiceLocator : public QObject
{
    Q_OBJECT

private slots:
    void parseAddress_data();
    void parseAddress();
    void urlsFromSrv_data();
    void urlsFromSrv();
    void locate_data();
    void locate();
    void loopbackSkipsDns();
};

void TestDavServiceLocator::parseAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("loopback");
    QTest::addRow("e-mail") << "taro@example.com" << true << "taro" << "example.com" << -1 << false;
    QTest::addRow("mailto") << "mailto:taro@example.com" << true << "taro" << "example.com" << -1 << false;
    QTest::addRow("domain") << "example.com" << true << "" << "example.com" << -1 << false;
    QTest::addRow("domain, slash") << "example.com/" << true << "" << "example.com" << -1 << false;
    QTest::addRow("localhost:port") << "localhost:5232" << true << "" << "localhost" << 5232 << true;
    QTest::addRow("user@127.0.0.1:port") << "u@127.0.0.1:8080" << true << "u" << "127.0.0.1" << 8080 << true;
    QTest::addRow("[::1]:port") << "[::1]:8080" << true << "" << "::1" << 8080 << true;
    QTest::addRow("https URL") << "https://example.com/dav/" << false << "" << "" << -1 << false;
    QTest::addRow("path") << "example.com/dav" << false << "" << "" << -1 << false;
    QTest::addRow("no user") << "@example.com" << false << "" << "" << -1 << false;
    // user:password@host is never an address to look up (nor shown as one).
    QTest::addRow("user and password") << "taro:secret@example.com" << false << "" << "" << -1 << false;
    QTest::addRow("empty") << "" << false << "" << "" << -1 << false;
}

void TestDavServiceLocator::parseAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto parsed = DavServiceLocator::parseAddress(text);
    QCOMPARE(parsed.has_value(), valid);
    if (!valid)
        return;
    QTEST(parsed->user, "user");
    QTEST(parsed->host, "host");
    QTEST(parsed->port, "port");
    QTEST(parsed->loopback, "loopback");
    // The URL a DavCollection carries keeps the address (QUrl drops "u@127.0.0.1:8080" alone).
    const QUrl url = DavServiceLocator::addressUrl(text);
    QVERIFY(url.isValid());
    const auto again = DavServiceLocator::parseAddress(url.toDisplayString());
    QVERIFY(again.has_value());
    QCOMPARE(again->host, parsed->host);
    QCOMPARE(again->port, parsed->port);
    QCOMPARE(again->user, parsed->user);
}

void TestDavServiceLocator::urlsFromSrv_data()
{
    QTest::addColumn<QList<DnsSrvRecord>>("records");
    QTest::addColumn<QByteArrayList>("txt");
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<bool>("notOffered");
    QTest::addRow("none") << QList<DnsSrvRecord>{} << QByteArrayList{} << QStringList{} << false;
    QTest::addRow("dot: not offered") << QList<DnsSrvRecord>{{QStringLiteral("."), 0, 0, 0}} << QByteArrayList{}
                                      << QStringList{} << true;
    QTest::addRow("one, default port, no TXT")
        << QList<DnsSrvRecord>{{QStringLiteral("dav.example.com."), 443, 0, 1}} << QByteArrayList{}
        << QStringList{QStringLiteral("https://dav.example.com/.well-known/caldav")} << false;
    QTest::addRow("TXT path, other port")
        << QList<DnsSrvRecord>{{QStringLiteral("dav.example.com"), 8443, 0, 1}}
        << QByteArrayList{"txtvers=1", "path=/dav/cal/"}
        << QStringList{QStringLiteral("https://dav.example.com:8443/dav/cal/")} << false;
    QTest::addRow("priority, then weight")
        << QList<DnsSrvRecord>{{QStringLiteral("c.example.com"), 443, 20, 100},
                               {QStringLiteral("b.example.com"), 443, 10, 5},
                               {QStringLiteral("a.example.com"), 443, 10, 50}}
        << QByteArrayList{}
        << QStringList{QStringLiteral("https://a.example.com/.well-known/caldav"),
                       QStringLiteral("https://b.example.com/.well-known/caldav"),
                       QStringLiteral("https://c.example.com/.well-known/caldav")}
        << false;
    QTest::addRow("TXT path not absolute is ignored")
        << QList<DnsSrvRecord>{{QStringLiteral("dav.example.com"), 443, 0, 0}} << QByteArrayList{"path=dav"}
        << QStringList{QStringLiteral("https://dav.example.com/.well-known/caldav")} << false;
}

void TestDavServiceLocator::urlsFromSrv()
{
    QFETCH(QList<DnsSrvRecord>, records);
    QFETCH(QByteArrayList, txt);
    bool notOffered = false;
    const QList<QUrl> urls =
        DavServiceLocator::urlsFromSrv(records, txt, true, QStringLiteral("/.well-known/caldav"), &notOffered);
    QTEST(toStrings(urls), "urls");
    QTEST(notOffered, "notOffered");
}

void TestDavServiceLocator::locate_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("caldavDot");
    QTest::addColumn<bool>("carddavDot");
    QTest::addColumn<QStringList>("candidates");
    const QString srvCal = QStringLiteral("https://cal.example.net/dav/");
    const QString wkCal = QStringLiteral("https://example.com/.well-known/caldav");
    const QString wkCard = QStringLiteral("https://example.com/.well-known/carddav");
    QTest::addRow("SRV for caldav, well-known for both")
        << "taro@example.com" << false << false << QStringList{srvCal, wkCal, wkCard};
    QTest::addRow("carddav not offered") << "example.com" << false << true << QStringList{srvCal, wkCal};
    QTest::addRow("neither offered") << "example.com" << true << true << QStringList{};
}

void TestDavServiceLocator::locate()
{
    QFETCH(QString, address);
    QFETCH(bool, caldavDot);
    QFETCH(bool, carddavDot);
    CannedResolver dns;
    dns.srv.insert(QStringLiteral("_caldavs._tcp.example.com"),
                   caldavDot ? QList<DnsSrvRecord>{{QStringLiteral("."), 0, 0, 0}}
                             : QList<DnsSrvRecord>{{QStringLiteral("cal.example.net."), 443, 1, 1}});
    dns.txt.insert(QStringLiteral("_caldavs._tcp.example.com"), {"path=/dav/"});
    if (carddavDot)
        dns.srv.insert(QStringLiteral("_carddavs._tcp.example.com"), {{QStringLiteral("."), 0, 0, 0}});
    // Plain-http records are kept only for loopback targets: this one must not appear.
    dns.srv.insert(QStringLiteral("_caldav._tcp.example.com"), {{QStringLiteral("plain.example.com"), 80, 0, 0}});
    DavServiceLocator locator(address, &dns);
    QSignalSpy done(&locator, &Job::finished);
    locator.start();
    QVERIFY(done.wait(5000));
    QFETCH(QStringList, candidates);
    QCOMPARE(toStrings(locator.candidates()), candidates);
    QCOMPARE(locator.hasError(), candidates.isEmpty());
    if (locator.hasError()) {
        QCOMPARE(locator.error().category, Error::Category::Config);
        QVERIFY(locator.error().userMessage.contains(QStringLiteral("example.com")));
    }
    QVERIFY(dns.asked.contains(QStringLiteral("SRV _carddavs._tcp.example.com")));
    QVERIFY(dns.asked.contains(QStringLiteral("TXT _caldavs._tcp.example.com")));
}

void TestDavServiceLocator::loopbackSkipsDns()
{
    CannedResolver dns;
    DavServiceLocator locator(QStringLiteral("user@localhost:5232"), &dns);
    QSignalSpy done(&locator, &Job::finished);
    locator.start();
    QVERIFY(done.wait(5000));
    QVERIFY(!locator.hasError());
    QVERIFY(dns.asked.isEmpty());
    QCOMPARE(toStrings(locator.candidates()),
             (QStringList{QStringLiteral("http://localhost:5232/.well-known/caldav"),
                          QStringLiteral("http://localhost:5232/.well-known/carddav")}));
}

QTEST_GUILESS_MAIN(TestDavServiceLocator)
#include "tst_davservicelocator.moc"
