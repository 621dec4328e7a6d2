// SPDX-License-Identifier: GPL-3.0-or-later
// Which hrefs count as members of the configured collection (docs/dav.md "What a server is
// trusted with"): same scheme, host and port, and one segment below the collection's path
// after percent-decoding and dot-segment removal (RFC 3986 §5.2.4).
#include "connectors/dav/davmemberscope.h"

#include <QTest>

using namespace crmsync;

class TestDavMemberScope : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<QString>("collection");
        QTest::addColumn<QString>("href");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("path");

        const QString c = QStringLiteral("https://dav.example.com/alice/contacts/");
        const int out = int(DavMemberScope::Kind::Outside);
        const int member = int(DavMemberScope::Kind::Member);
        const int self = int(DavMemberScope::Kind::Collection);
        QTest::newRow("absolute path") << c << "/alice/contacts/a.vcf" << member << "/alice/contacts/a.vcf";
        QTest::newRow("full URL") << c << "https://dav.example.com/alice/contacts/a.vcf" << member << "/alice/contacts/a.vcf";
        QTest::newRow("explicit default port") << c << "https://dav.example.com:443/alice/contacts/a.vcf" << member
                                               << "/alice/contacts/a.vcf";
        QTest::newRow("relative") << c << "a.vcf" << member << "/alice/contacts/a.vcf";
        QTest::newRow("relative, collection without slash")
            << QStringLiteral("https://dav.example.com/alice/contacts") << "a.vcf" << member << "/alice/contacts/a.vcf";
        QTest::newRow("encoded space decoded") << c << "/alice/contacts/a%20b.vcf" << member << "/alice/contacts/a b.vcf";
        QTest::newRow("dot segment inside") << c << "/alice/contacts/./a.vcf" << member << "/alice/contacts/a.vcf";
        QTest::newRow("child collection") << c << "/alice/contacts/sub/" << member << "/alice/contacts/sub/";
        QTest::newRow("the collection") << c << "/alice/contacts/" << self << "/alice/contacts/";
        QTest::newRow("the collection without slash") << c << "/alice/contacts" << self << "/alice/contacts/";
        QTest::newRow("other path") << c << "/bob/contacts/a.vcf" << out << "";
        QTest::newRow("prefix but not child") << c << "/alice/contacts-evil/a.vcf" << out << "";
        QTest::newRow("parent") << c << "/alice/a.vcf" << out << "";
        QTest::newRow("dot-dot") << c << "/alice/contacts/../bob/a.vcf" << out << "";
        QTest::newRow("relative dot-dot") << c << "../bob/a.vcf" << out << "";
        QTest::newRow("encoded dot-dot") << c << "/alice/contacts/%2e%2e/bob/a.vcf" << out << "";
        QTest::newRow("encoded dot-dot, upper case") << c << "/alice/contacts/%2E%2E/contacts-evil/a.vcf" << out << "";
        QTest::newRow("dot-dot back in") << c << "/alice/contacts/../contacts/a.vcf" << member << "/alice/contacts/a.vcf";
        // RFC 3986 §5.2.4: ".." at the root is dropped, so this names the member itself.
        QTest::newRow("dot-dot above root") << c << "/../../alice/contacts/a.vcf" << member << "/alice/contacts/a.vcf";
        // "%2e" is "." (RFC 3986 §2.3), so the same holds encoded.
        QTest::newRow("encoded dot-dot above root") << c << "/%2e%2e/%2e%2e/alice/contacts/a.vcf" << member
                                                    << "/alice/contacts/a.vcf";
        QTest::newRow("encoded slash") << c << "/alice/contacts/x%2Fa.vcf" << out << "";
        QTest::newRow("double slash") << c << "/alice/contacts//a.vcf" << out << "";
        QTest::newRow("grandchild") << c << "/alice/contacts/sub/a.vcf" << out << "";
        QTest::newRow("other host") << c << "https://evil.example.com/alice/contacts/a.vcf" << out << "";
        QTest::newRow("other port") << c << "https://dav.example.com:8443/alice/contacts/a.vcf" << out << "";
        QTest::newRow("other scheme") << c << "http://dav.example.com/alice/contacts/a.vcf" << out << "";
        QTest::newRow("network-path reference") << c << "//evil.example.com/alice/contacts/a.vcf" << out << "";
        QTest::newRow("user info") << c << "https://x@dav.example.com/alice/contacts/a.vcf" << out << "";
        QTest::newRow("empty") << c << "" << out << "";
    }

    void classify()
    {
        QFETCH(QString, collection);
        QFETCH(QString, href);
        QFETCH(int, kind);
        QFETCH(QString, path);
        const DavMemberScope scope{QUrl(collection)};
        const DavMemberScope::Verdict v = scope.classify(href);
        QCOMPARE(int(v.kind), kind);
        QCOMPARE(v.path, path);
    }

    void writesOnlyToMembers_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("member");
        QTest::newRow("member") << "http://127.0.0.1:5232/alice/contacts/a.vcf" << true;
        QTest::newRow("collection itself") << "http://127.0.0.1:5232/alice/contacts/" << false;
        QTest::newRow("sibling") << "http://127.0.0.1:5232/alice/calendar/a.ics" << false;
        QTest::newRow("other port") << "http://127.0.0.1:5233/alice/contacts/a.vcf" << false;
        QTest::newRow("dot-dot") << "http://127.0.0.1:5232/alice/contacts/../x.vcf" << false;
    }

    void writesOnlyToMembers()
    {
        QFETCH(QString, url);
        QFETCH(bool, member);
        const DavMemberScope scope{QUrl(QStringLiteral("http://127.0.0.1:5232/alice/contacts/"))};
        QCOMPARE(scope.isMember(QUrl(url)), member);
    }
};

QTEST_GUILESS_MAIN(TestDavMemberScope)
#include "tst_davmemberscope.moc"
