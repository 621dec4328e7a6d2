// SPDX-License-Identifier: GPL-3.0-or-later
// DataCentre (core/auth/datacentre.h): the seven Zoho data centres and the one a
// first sign-in suggests for the user's locale (reference/zoho-crm-api.md §0).
#include "auth/datacentre.h"

#include <QtTest>

using crmsync::DataCentre;

class TestDataCentre : public QObject
{
    Q_OBJECT

private slots:
    void sevenDataCentres_data();
    void sevenDataCentres();
    void otherServerIsNamedByAddress();
    void defaultFor_data();
    void defaultFor();
};

void TestDataCentre::sevenDataCentres_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("accounts");
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("name");

    // reference §0 "Data centres" (official SDK dc/*_data_center.py).
    QTest::newRow("US") << "com" << "https://accounts.zoho.com" << "https://www.zohoapis.com" << "United States";
    QTest::newRow("EU") << "eu" << "https://accounts.zoho.eu" << "https://www.zohoapis.eu" << "Europe";
    QTest::newRow("IN") << "in" << "https://accounts.zoho.in" << "https://www.zohoapis.in" << "India";
    QTest::newRow("AU") << "com.au" << "https://accounts.zoho.com.au" << "https://www.zohoapis.com.au" << "Australia";
    QTest::newRow("JP") << "jp" << "https://accounts.zoho.jp" << "https://www.zohoapis.jp" << "Japan";
    QTest::newRow("CN") << "com.cn" << "https://accounts.zoho.com.cn" << "https://www.zohoapis.com.cn" << "China";
    QTest::newRow("CA") << "ca" << "https://accounts.zohocloud.ca" << "https://www.zohoapis.ca" << "Canada";
}

void TestDataCentre::sevenDataCentres()
{
    QFETCH(QString, code);
    QFETCH(QString, accounts);
    QFETCH(QString, api);
    QFETCH(QString, name);
    QCOMPARE(DataCentre::all().size(), 7);
    const auto dc = DataCentre::fromCode(code);
    QVERIFY(dc.has_value());
    QCOMPARE(dc->accountsUrl, QUrl(accounts));
    QCOMPARE(dc->apiUrl, QUrl(api));
    QVERIFY2(dc->displayName().contains(name), qPrintable(dc->displayName()));
    QVERIFY(DataCentre::all().contains(*dc));
}

void TestDataCentre::otherServerIsNamedByAddress()
{
    // The demo's crm-sandbox, offered as the only "data centre" in the sign-in dialog.
    const DataCentre local{QStringLiteral("demo"), QUrl("http://127.0.0.1:8080"), QUrl("http://127.0.0.1:8080")};
    QVERIFY2(local.displayName().contains(QStringLiteral("127.0.0.1:8080")), qPrintable(local.displayName()));
    QVERIFY2(!local.displayName().contains(QStringLiteral("zoho.")), qPrintable(local.displayName()));
}

void TestDataCentre::defaultFor_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("code");

    QTest::newRow("Japanese") << "ja_JP" << "jp";
    QTest::newRow("Japanese, no territory") << "ja" << "jp";
    QTest::newRow("German") << "de_DE" << "eu";
    QTest::newRow("Austrian German") << "de_AT" << "eu";
    QTest::newRow("French") << "fr_FR" << "eu";
    QTest::newRow("Belgian Dutch") << "nl_BE" << "eu";
    QTest::newRow("Italian") << "it_IT" << "eu";
    QTest::newRow("Spanish in Spain") << "es_ES" << "eu";
    QTest::newRow("Polish") << "pl_PL" << "eu";
    QTest::newRow("Swedish") << "sv_SE" << "eu";
    QTest::newRow("Irish English") << "en_IE" << "eu";
    QTest::newRow("Portuguese") << "pt_PT" << "eu";
    QTest::newRow("Finnish") << "fi_FI" << "eu";
    QTest::newRow("Greek") << "el_GR" << "eu";
    QTest::newRow("Czech") << "cs_CZ" << "eu";
    QTest::newRow("Indian English") << "en_IN" << "in";
    QTest::newRow("Hindi") << "hi_IN" << "in";
    QTest::newRow("Australian English") << "en_AU" << "com.au";
    QTest::newRow("Mainland Chinese") << "zh_CN" << "com.cn";
    QTest::newRow("Taiwanese Chinese") << "zh_TW" << "com";
    QTest::newRow("Canadian English") << "en_CA" << "ca";
    QTest::newRow("Canadian French") << "fr_CA" << "ca";
    QTest::newRow("US English") << "en_US" << "com";
    QTest::newRow("British English") << "en_GB" << "com";
    QTest::newRow("Brazilian Portuguese") << "pt_BR" << "com";
    QTest::newRow("Spanish in Mexico") << "es_MX" << "com";
    QTest::newRow("C") << "C" << "com";
}

void TestDataCentre::defaultFor()
{
    QFETCH(QString, locale);
    QFETCH(QString, code);
    QCOMPARE(DataCentre::defaultFor(QLocale(locale)).code, code);
}

QTEST_GUILESS_MAIN(TestDataCentre)
#include "tst_datacentre.moc"
