// SPDX-License-Identifier: GPL-3.0-or-later
// Multistatus parsing as the two test servers actually spell it (reference/protocols.md §4.4):
// Radicale with a default namespace, Xandikos with "ns0:" prefixes and percent-encoded hrefs.
#include "connectors/dav/davmultistatusparser.h"
#include "connectors/dav/davrequest.h"

#include <QTest>

using namespace crmsync;

class TestDavMultistatusParser : public QObject
{
    Q_OBJECT

private slots:
    void responses_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("etag");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("syncToken");

        QTest::newRow("radicale default namespace")
            << QByteArray("<?xml version='1.0' encoding='utf-8'?>\n"
                          "<multistatus xmlns=\"DAV:\" xmlns:CR=\"urn:ietf:params:xml:ns:carddav\"><response><href>/user/contacts/a.vcf</href><propstat><prop><getetag>\"abc\"</getetag><CR:address-data>BEGIN:VCARD\n"
                          "FN:山田\n"
                          "END:VCARD\n"
                          "</CR:address-data></prop><status>HTTP/1.1 200 OK</status></propstat></response><sync-token>http://radicale.org/ns/sync/1</sync-token></multistatus>")
            << QStringLiteral("/user/contacts/a.vcf") << 0 << QStringLiteral("\"abc\"")
            << QStringLiteral("BEGIN:VCARD\r\nFN:山田\r\nEND:VCARD\r\n").toUtf8() << QStringLiteral("http://radicale.org/ns/sync/1");
        QTest::newRow("xandikos prefixes, encoded href, CR kept")
            << QByteArray("<ns0:multistatus xmlns:ns0=\"DAV:\" xmlns:ns1=\"urn:ietf:params:xml:ns:caldav\"><ns0:response>"
                          "<ns0:href>/user/calendars/calendar/a%20b.ics</ns0:href><ns0:propstat><ns0:status>HTTP/1.1 200 OK</ns0:status>"
                          "<ns0:prop><ns0:getetag>\"x\"</ns0:getetag><ns1:calendar-data>BEGIN:VCALENDAR&#13;\nEND:VCALENDAR&#13;\n"
                          "</ns1:calendar-data></ns0:prop></ns0:propstat></ns0:response><ns0:sync-token>40hex</ns0:sync-token></ns0:multistatus>")
            << QStringLiteral("/user/calendars/calendar/a b.ics") << 0 << QStringLiteral("\"x\"")
            << QByteArray("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n") << QStringLiteral("40hex");
        QTest::newRow("removed member: 404 without propstat")
            << QByteArray("<multistatus xmlns=\"DAV:\"><response><href>http://h:1/c/gone.vcf</href><status>HTTP/1.1 404 Not Found</status></response></multistatus>")
            << QStringLiteral("/c/gone.vcf") << 404 << QString() << QByteArray() << QString();
        QTest::newRow("404 propstat ignored")
            << QByteArray("<multistatus xmlns=\"DAV:\"><response><href>/c/</href><propstat><prop><getetag>\"e\"</getetag></prop><status>HTTP/1.1 200 OK</status></propstat><propstat><prop><getctag xmlns=\"http://calendarserver.org/ns/\">bogus</getctag></prop><status>HTTP/1.1 404 Not Found</status></propstat></response></multistatus>")
            << QStringLiteral("/c/") << 0 << QStringLiteral("\"e\"") << QByteArray() << QString();
    }

    void responses()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, etag);
        QFETCH(QByteArray, data);
        QFETCH(QString, syncToken);
        const auto parsed = DavMultistatusParser::parse(xml, QUrl(QStringLiteral("http://h:1/c/")));
        QVERIFY2(parsed, qPrintable(parsed.error().detail));
        QCOMPARE(parsed->responses.size(), 1);
        const DavResponse &r = parsed->responses.constFirst();
        QCOMPARE(r.path, path);
        QCOMPARE(r.status, status);
        QCOMPARE(r.etag, etag);
        QCOMPARE(r.data, data);
        QCOMPARE(r.hasData, !data.isEmpty());
        QVERIFY(r.ctag.isEmpty());
        QCOMPARE(parsed->syncToken, syncToken);
    }

    void notMultistatus_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html><body>proxy error</body></html>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray("<multistatus xmlns=\"DAV:\"><response><href>/a");
    }

    void notMultistatus()
    {
        QFETCH(QByteArray, body);
        const auto parsed = DavMultistatusParser::parse(body, QUrl(QStringLiteral("http://h/c/")));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().category, Error::Category::Server);
        QVERIFY(parsed.error().userMessage.contains(QLatin1String("h")));
    }

    void preconditions_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("condition");
        QTest::newRow("radicale 409") << QByteArray("<error xmlns=\"DAV:\" xmlns:CR=\"urn:ietf:params:xml:ns:carddav\"><CR:no-uid-conflict /></error>")
                                      << QStringLiteral("no-uid-conflict");
        QTest::newRow("xandikos 207/412")
            << QByteArray("<ns0:multistatus xmlns:ns0=\"DAV:\" xmlns:ns1=\"urn:ietf:params:xml:ns:caldav\"><ns0:response><ns0:href>x</ns0:href><ns0:status>HTTP/1.1 412 Precondition Failed</ns0:status><ns0:error><ns1:no-uid-conflict /></ns0:error></ns0:response></ns0:multistatus>")
            << QStringLiteral("no-uid-conflict");
        QTest::newRow("radicale 403 token") << QByteArray("<error xmlns=\"DAV:\"><valid-sync-token /></error>")
                                            << QStringLiteral("valid-sync-token");
    }

    void preconditions()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, condition);
        QVERIFY(DavMultistatusParser::elementNames(body).contains(condition));
    }

    void requestBodies()
    {
        // Never DAV:limit, always sync-level (Xandikos: 400 without it), reference/protocols.md §4.4.
        const QByteArray sync = DavRequest::syncCollectionBody(QStringLiteral("t&1"));
        QVERIFY(sync.contains("sync-level>1<"));
        QVERIFY(!sync.contains("limit"));
        QVERIFY(sync.contains("t&amp;1"));
        QVERIFY(!sync.contains("address-data"));
        // A first download asks for the payload in the same request (Radicale sends it).
        const QByteArray withCards = DavRequest::syncCollectionBody({}, DavCollection::Kind::AddressBook, true);
        QVERIFY(withCards.contains("address-data"));
        QVERIFY(withCards.contains("urn:ietf:params:xml:ns:carddav"));
        QVERIFY(withCards.contains("getetag"));
        QVERIFY(DavRequest::syncCollectionBody({}, DavCollection::Kind::Calendar, true).contains("calendar-data"));
        const QByteArray get = DavRequest::multigetBody(DavCollection::Kind::AddressBook, {QStringLiteral("/c/a b.vcf")});
        QVERIFY(get.contains("addressbook-multiget"));
        QVERIFY(get.contains("/c/a%20b.vcf"));
        QVERIFY(DavRequest::multigetBody(DavCollection::Kind::Calendar, {}).contains("calendar-multiget"));
    }

    void limits_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<bool>("accepted");
        const QByteArray open = "<multistatus xmlns=\"DAV:\">";
        const QByteArray close = "</multistatus>";
        QTest::newRow("ordinary") << open + "<response><href>/a/b.vcf</href></response>" + close << true;
        QTest::newRow("31 levels") << open + QByteArray("<x>").repeated(30) + QByteArray("</x>").repeated(30) + close << true;
        QTest::newRow("33 levels") << open + QByteArray("<x>").repeated(32) + QByteArray("</x>").repeated(32) + close << false;
        QTest::newRow("deep inside a prop")
            << open + "<response><href>/a/b.vcf</href><propstat><prop>" + QByteArray("<x>").repeated(40)
                   + QByteArray("</x>").repeated(40) + "</prop></propstat></response>" + close
            << false;
        QTest::newRow("too many elements") << open + QByteArray("<response/>").repeated(1001) + close << false;
        QTest::newRow("just enough elements") << open + QByteArray("<response/>").repeated(999) + close << true;
    }

    void limits()
    {
        QFETCH(QByteArray, xml);
        QFETCH(bool, accepted);
        DavMultistatusParser::Limits limits;
        limits.maxElements = 1000;
        const auto parsed = DavMultistatusParser::parse(xml, QUrl(QStringLiteral("https://dav.example.com/a/")), limits);
        QCOMPARE(bool(parsed), accepted);
        if (!accepted) {
            QVERIFY(parsed.error().userMessage.contains(QLatin1String("dav.example.com")));
            QVERIFY(parsed.error().userMessage.contains(QLatin1String("32 levels")));
        }
    }

    void defaultLimitsRefuseDeepNesting()
    {
        const QByteArray xml = "<multistatus xmlns=\"DAV:\">" + QByteArray("<x>").repeated(10000)
            + QByteArray("</x>").repeated(10000) + "</multistatus>";
        QVERIFY(!DavMultistatusParser::parse(xml, QUrl(QStringLiteral("https://dav.example.com/a/"))));
    }

    void truncationMarkers()
    {
        const QByteArray xml = "<multistatus xmlns=\"DAV:\"><response><href>/a/</href>"
                               "<status>HTTP/1.1 507 Insufficient Storage</status>"
                               "<error><number-of-matches-within-limits/></error></response>"
                               "<response><href>/a/b.vcf</href><propstat><prop><getetag>\"1\"</getetag></prop>"
                               "<status>HTTP/1.1 500 Oops</status></propstat></response></multistatus>";
        const auto parsed = DavMultistatusParser::parse(xml, QUrl(QStringLiteral("https://dav.example.com/a/")));
        QVERIFY(parsed);
        QVERIFY(parsed->limitReached);
        QCOMPARE(parsed->responses.size(), 2);
        QCOMPARE(parsed->responses.at(0).status, 507);
        QCOMPARE(parsed->responses.at(1).failedPropstatStatus, 500);
        QCOMPARE(parsed->responses.at(1).etag, QString()); // a failed propstat's values are not taken
        QCOMPARE(parsed->responses.at(1).href, QStringLiteral("/a/b.vcf"));
    }
};

QTEST_GUILESS_MAIN(TestDavMultistatusParser)
#include "tst_davmultistatusparser.moc"
