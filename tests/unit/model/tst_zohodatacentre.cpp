// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectors/zoho/zohodatacentre.h"

#include <QTest>

using namespace crmsync;

class TestZohoDataCentre : public QObject
{
    Q_OBJECT
private slots:
    void lookup_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("accounts");
        QTest::addColumn<QString>("api");
        // reference/zoho-crm-api.md §0
        QTest::newRow("com") << "com" << "https://accounts.zoho.com" << "https://www.zohoapis.com";
        QTest::newRow("eu") << "eu" << "https://accounts.zoho.eu" << "https://www.zohoapis.eu";
        QTest::newRow("in") << "in" << "https://accounts.zoho.in" << "https://www.zohoapis.in";
        QTest::newRow("com.au") << "com.au" << "https://accounts.zoho.com.au" << "https://www.zohoapis.com.au";
        QTest::newRow("jp") << "jp" << "https://accounts.zoho.jp" << "https://www.zohoapis.jp";
        QTest::newRow("com.cn") << "com.cn" << "https://accounts.zoho.com.cn" << "https://www.zohoapis.com.cn";
        QTest::newRow("ca") << "ca" << "https://accounts.zohocloud.ca" << "https://www.zohoapis.ca";
        QTest::newRow("leading dot, upper case") << ".JP" << "https://accounts.zoho.jp" << "https://www.zohoapis.jp";
        QTest::newRow("us alias") << "us" << "https://accounts.zoho.com" << "https://www.zohoapis.com";
        QTest::newRow("au alias") << "au" << "https://accounts.zoho.com.au" << "https://www.zohoapis.com.au";
    }
    void lookup()
    {
        QFETCH(QString, code);
        QFETCH(QString, accounts);
        QFETCH(QString, api);
        const auto dc = ZohoDataCentre::fromCode(code);
        QVERIFY(dc.has_value());
        QCOMPARE(dc->accountsUrl, QUrl(accounts));
        QCOMPARE(dc->apiUrl, QUrl(api));
        QVERIFY(!dc->displayName().isEmpty());
    }

    void unknown()
    {
        QVERIFY(!ZohoDataCentre::fromCode(QStringLiteral("xx")).has_value());
        QVERIFY(!ZohoDataCentre::fromCode(QString()).has_value());
    }

    void allDistinct()
    {
        const auto all = ZohoDataCentre::all();
        QCOMPARE(all.size(), 7);
        QSet<QString> hosts;
        for (const auto &dc : all) {
            QCOMPARE(dc.apiUrl.scheme(), QStringLiteral("https"));
            QCOMPARE(dc.accountsUrl.scheme(), QStringLiteral("https"));
            hosts.insert(dc.apiUrl.host());
        }
        QCOMPARE(hosts.size(), all.size());
    }

    void defaultFor_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("code");
        QTest::newRow("Japanese") << "ja_JP" << "jp";
        QTest::newRow("US English") << "en_US" << "com";
        QTest::newRow("German") << "de_DE" << "eu";
        QTest::newRow("India") << "en_IN" << "in";
        QTest::newRow("Australia") << "en_AU" << "com.au";
        QTest::newRow("Canada") << "fr_CA" << "ca";
        QTest::newRow("mainland China") << "zh_CN" << "com.cn";
        QTest::newRow("Taiwan") << "zh_TW" << "com";
    }
    void defaultFor()
    {
        QFETCH(QString, locale);
        QFETCH(QString, code);
        QCOMPARE(ZohoDataCentre::defaultFor(QLocale(locale)).code, code);
    }
};

QTEST_GUILESS_MAIN(TestZohoDataCentre)
#include "tst_zohodatacentre.moc"
