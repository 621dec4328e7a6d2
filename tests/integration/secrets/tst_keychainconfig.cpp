// SPDX-License-Identifier: GPL-3.0-or-later
// "secret": "keychain" in a config: parsed for zoho and DAV accounts, refused with a
// command or without a DAV username, written back by ConfigLoader::toJson, and the
// keychain entry name CredentialStore::keyFor gives it.
#include "config/configloader.h"
#include "secrets/credentialstore.h"

#include <QtTest>

using namespace crmsync;

namespace {

//! \a accounts uses ' for " (moc misreads some raw string literals, so none here).
QByteArray withAccounts(const char *accounts)
{
    QByteArray json = QByteArray("{'accounts': {") + accounts + "}}";
    return json.replace('\'', '"');
}

} // namespace

class TestKeychainConfig : public QObject
{
    Q_OBJECT

private slots:
    void parsesAndRoundTrips()
    {
        const auto config = ConfigLoader::parse(withAccounts(
            "'crm': {'type': 'zoho', 'accounts_url': 'https://accounts.zoho.eu', 'api_url': 'https://www.zohoapis.eu', "
            "'client_id': '1000.X', 'secret': 'keychain'}, "
            "'cal': {'type': 'caldav', 'url': 'https://dav.example.com/', 'collection': 'https://dav.example.com/a/cal/', "
            "'username': 'alice', 'secret': 'keychain'}, "
            "'plain': {'type': 'carddav', 'url': 'http://127.0.0.1:5232/user/contacts/'}"),
                                                QStringLiteral("config.json"));
        QVERIFY2(config.ok(), qPrintable(config.error().userMessage));
        QVERIFY(config->accounts["crm"].secretInKeychain);
        QVERIFY(config->accounts["cal"].secretInKeychain);
        QVERIFY(!config->accounts["plain"].secretInKeychain);

        const QByteArray json = ConfigLoader::toJson(*config);
        QCOMPARE(json.count("\"secret\": \"keychain\""), 2);
        const auto again = ConfigLoader::parse(json, QStringLiteral("config.json"));
        QVERIFY2(again.ok(), qPrintable(again.error().userMessage));
        QCOMPARE(again->accounts, config->accounts);

        QCOMPARE(CredentialStore::keyFor(config->accounts["crm"]), QStringLiteral("zoho:crm@https://accounts.zoho.eu"));
        QCOMPARE(CredentialStore::keyFor(config->accounts["cal"]), QStringLiteral("dav:alice@https://dav.example.com/"));
    }

    void refusesBadUse_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown value") << withAccounts("'crm': {'type': 'zoho', 'client_id': 'x', 'secret': 'file'}")
                                       << QStringLiteral("accounts.crm.secret: \"file\" is not one of keychain");
        QTest::newRow("zoho with command")
            << withAccounts("'crm': {'type': 'zoho', 'client_id': 'x', 'secret': 'keychain', 'refresh_token_command': ['pass', 't']}")
            << QStringLiteral("accounts.crm.secret: give \"secret\": \"keychain\" or refresh_token_command, not both");
        QTest::newRow("dav with command")
            << withAccounts("'ab': {'type': 'carddav', 'url': 'https://d.example/', 'username': 'u', 'secret': 'keychain', 'password_command': ['pass', 'p']}")
            << QStringLiteral("accounts.ab.secret: give \"secret\": \"keychain\" or password_command, not both");
        QTest::newRow("dav without username")
            << withAccounts("'ab': {'type': 'carddav', 'url': 'https://d.example/', 'secret': 'keychain'}")
            << QStringLiteral("accounts.ab.username: \"secret\": \"keychain\" is given, so a username is needed too");
        QTest::newRow("not on folders")
            << withAccounts("'f': {'type': 'folder', 'path': '/tmp', 'secret': 'keychain'}")
            << QStringLiteral("accounts.f.secret");
    }

    void refusesBadUse()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto config = ConfigLoader::parse(json, QStringLiteral("config.json"));
        QVERIFY(!config.ok());
        QVERIFY2(config.error().userMessage.contains(message), qPrintable(config.error().userMessage));
    }
};

QTEST_GUILESS_MAIN(TestKeychainConfig)
#include "tst_keychainconfig.moc"
