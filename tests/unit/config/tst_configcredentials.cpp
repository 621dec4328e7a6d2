// SPDX-License-Identifier: GPL-3.0-or-later
// A config never binds a password to a server the user did not name as "url", and an
// address with user:password@ in it is refused without ever being shown.
#include "config/accountconfigparser.h"
#include "config/configloader.h"
#include "secrets/credentialstore.h"

#include <QTest>

using namespace crmsync;

namespace {

const QString kPassword = QStringLiteral("s3cret-pw");

QByteArray withAccount(const QByteArray &account)
{
    return "{\"accounts\": {\"dav\": " + account + "}}";
}

} // namespace

class TestConfigCredentials : public QObject
{
    Q_OBJECT

private slots:
    void userInfoRefused_data();
    void userInfoRefused();
    void hasUserInfo_data();
    void hasUserInfo();
    void collectionOrigin_data();
    void collectionOrigin();
    void scopeFor_data();
    void scopeFor();
};

void TestConfigCredentials::userInfoRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::addRow("url with user and password")
        << withAccount(R"({"type": "carddav", "url": "https://alice:s3cret-pw@dav.example/u/"})") << "accounts.dav.url";
    QTest::addRow("url with user only")
        << withAccount(R"({"type": "carddav", "url": "https://s3cret-pw@dav.example/u/"})") << "accounts.dav.url";
    QTest::addRow("collection with password")
        << withAccount(R"({"type": "caldav", "url": "https://dav.example/", "collection": "https://a:s3cret-pw@dav.example/c/"})")
        << "accounts.dav.collection";
    QTest::addRow("address with password")
        << withAccount(R"({"type": "carddav", "url": "alice:s3cret-pw@example.com"})") << "accounts.dav.url";
    QTest::addRow("broken URL with password")
        << withAccount(R"({"type": "carddav", "url": "https://alice:s3cret-pw@dav example/"})") << "accounts.dav.url";
    QTest::addRow("zoho accounts_url")
        << withAccount(R"({"type": "zoho", "client_id": "x", "accounts_url": "https://a:s3cret-pw@accounts.zoho.eu"})")
        << "accounts.dav.accounts_url";
}

void TestConfigCredentials::userInfoRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    const Result<Config> r = ConfigLoader::parse(json, QStringLiteral("config.json"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, Error::Category::Config);
    const QString message = r.error().userMessage + r.error().detail;
    QVERIFY2(message.contains(key + QStringLiteral(": the address contains a user name or password")), qPrintable(message));
    QVERIFY2(!message.contains(kPassword), qPrintable(message));
}

void TestConfigCredentials::hasUserInfo_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("userInfo");
    QTest::addRow("plain URL") << "https://dav.example.com/u/" << false;
    QTest::addRow("@ in the path") << "https://dav.example.com/u/alice@example.com/" << false;
    QTest::addRow("@ in the query") << "https://dav.example.com/?u=a@b" << false;
    QTest::addRow("e-mail address") << "alice@example.com" << false;
    QTest::addRow("mailto") << "mailto:alice@example.com" << false;
    QTest::addRow("user:password@") << "https://alice:pw@dav.example.com/" << true;
    QTest::addRow("user@") << "https://alice@dav.example.com/" << true;
    QTest::addRow("address with password") << "alice:pw@example.com" << true;
}

void TestConfigCredentials::hasUserInfo()
{
    QFETCH(QString, text);
    QFETCH(bool, userInfo);
    QCOMPARE(AccountConfigParser::hasUserInfo(text), userInfo);
}

void TestConfigCredentials::collectionOrigin_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("accepted");
    const auto dav = [](const char *url, const char *collection, const char *auth) {
        return withAccount(QByteArray(R"({"type": "caldav", "url": ")") + url + R"(", "collection": ")" + collection
                           + "\"" + auth + "}");
    };
    const char *keychain = R"(, "username": "alice", "secret": "keychain")";
    const char *command = R"(, "username": "alice", "password_command": ["pass", "dav"])";
    QTest::addRow("same origin") << dav("https://dav.example/", "https://dav.example/u/cal/", keychain) << true;
    QTest::addRow("default port spelled out") << dav("https://dav.example/", "https://dav.example:443/u/cal/", keychain)
                                              << true;
    QTest::addRow("other host, keychain") << dav("https://dav.example/", "https://evil.example/u/cal/", keychain) << false;
    QTest::addRow("other host, command") << dav("https://dav.example/", "https://evil.example/u/cal/", command) << false;
    QTest::addRow("other port") << dav("http://127.0.0.1:5232/", "http://127.0.0.1:5233/u/cal/", command) << false;
    QTest::addRow("other scheme") << dav("https://localhost/", "http://localhost/u/cal/", command) << false;
    QTest::addRow("subdomain of a URL") << dav("https://example.com/", "https://dav.example.com/u/cal/", command) << false;
    QTest::addRow("address, inside its domain") << dav("alice@example.com", "https://dav.example.com/u/cal/", keychain)
                                                << true;
    QTest::addRow("address, outside its domain") << dav("alice@example.com", "https://dav.fastmail.com/u/cal/", keychain)
                                                 << false;
    QTest::addRow("no sign-in at all") << dav("https://dav.example/", "https://other.example/u/cal/", "") << true;
}

void TestConfigCredentials::collectionOrigin()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, accepted);
    const Result<Config> r = ConfigLoader::parse(json, QStringLiteral("config.json"));
    QCOMPARE(r.ok(), accepted);
    if (accepted)
        return;
    const QString message = r.error().userMessage;
    QVERIFY2(message.contains(QLatin1String("accounts.dav.collection: ")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("is on another server than \"url\"")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("its own sign-in")), qPrintable(message));
}

void TestConfigCredentials::scopeFor_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("allowed");
    QTest::addColumn<QString>("refused");
    QTest::addRow("URL: its origin") << "https://dav.example/u/" << "https://dav.example/other/" << "https://dav.example:8443/u/";
    QTest::addRow("address: its domain") << "alice@example.com" << "https://dav.example.com/" << "https://example.net/";
    QTest::addRow("loopback address") << "alice@127.0.0.1:5232" << "http://127.0.0.1:5232/" << "http://localhost:5232/";
}

void TestConfigCredentials::scopeFor()
{
    QFETCH(QString, url);
    QFETCH(QString, allowed);
    QFETCH(QString, refused);
    AccountConfig account;
    account.type = AccountConfig::Type::CardDav;
    account.url = url;
    account.username = QStringLiteral("alice");
    const CredentialScope scope = CredentialStore::scopeFor(account);
    QVERIFY(scope.allows(QUrl(allowed)));
    QVERIFY(!scope.allows(QUrl(refused)));
    // The keychain entry names the URL its password is bound to.
    QVERIFY(CredentialStore::keyFor(account).endsWith(url));
}

QTEST_GUILESS_MAIN(TestConfigCredentials)
#include "tst_configcredentials.moc"
