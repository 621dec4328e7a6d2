// SPDX-License-Identifier: GPL-3.0-or-later
// `crmsync sync` with an account that says "secret": "keychain": the refresh token is in
// gnome-keyring (with-keyring.sh), stored the way a CLI user would store it, with
// secret-tool (docs/configuration.md "Secrets").
#include "clifixture.h"

#include "config/configloader.h"
#include "secrets/credentialstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace {

const QString kService = crmsync::CredentialStore::DefaultService;

//! Rewrites the fixture's config: the zoho account's token comes from the keychain.
QString useKeychain(CliFixture &f)
{
    QFile file(f.configPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject accounts = root.value(QStringLiteral("accounts")).toObject();
    QJsonObject zoho = accounts.value(QStringLiteral("zoho")).toObject();
    zoho.remove(QStringLiteral("refresh_token_command"));
    zoho.insert(QStringLiteral("secret"), QStringLiteral("keychain"));
    accounts.insert(QStringLiteral("zoho"), zoho);
    root.insert(QStringLiteral("accounts"), accounts);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(QJsonDocument(root).toJson());
    file.close();
    const auto config = crmsync::ConfigLoader::load(f.configPath());
    return config ? crmsync::CredentialStore::keyFor(config->accounts.value(QStringLiteral("zoho"))) : QString();
}

int secretTool(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(20000))
        return -1;
    return p.exitCode();
}

} // namespace

class TestCliKeychain : public QObject
{
    Q_OBJECT

private slots:
    void syncsWithTokenFromKeychainAndExits3WithoutIt()
    {
        CliFixture f;
        QVERIFY(f.start());
        f.writeConfig(QStringLiteral("Contacts"));
        const QString key = useKeychain(f);
        QVERIFY(key.startsWith(QLatin1String("zoho:zoho@http://127.0.0.1:")));

        // Where QtKeychain looks (reference/protocols.md §5.2): server = service, user = key.
        QCOMPARE(secretTool({QStringLiteral("store"), QStringLiteral("--label=crmsync test"), QStringLiteral("server"),
                             kService, QStringLiteral("user"), key, QStringLiteral("type"), QStringLiteral("plaintext")},
                            SandboxProcess::RefreshToken.toUtf8()),
                 0);
        const auto synced = f.sync();
        QVERIFY2(synced.exitCode == 0, (QByteArray::number(synced.exitCode) + ' ' + synced.stderrData + synced.stdoutData).constData());
        QCOMPARE(synced.report().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        // "ok" needs a token the sandbox accepted: the one from the keychain.
        QVERIFY(synced.report().value(QStringLiteral("requests")).toInt() >= 1);
        // The token is nowhere in the config (it never was: the file says "keychain").
        QFile config(f.configPath());
        QVERIFY(config.open(QIODevice::ReadOnly));
        QVERIFY(!config.readAll().contains(SandboxProcess::RefreshToken.toUtf8()));

        QCOMPARE(secretTool({QStringLiteral("clear"), QStringLiteral("server"), kService, QStringLiteral("user"), key}), 0);
        const auto signedOut = f.sync();
        QCOMPARE(signedOut.exitCode, 3);
        QCOMPARE(signedOut.report().value(QStringLiteral("status")).toString(), QStringLiteral("auth-error"));
        QVERIFY2(signedOut.report().value(QStringLiteral("message")).toString().contains(
                     QLatin1String("account zoho is not signed in")),
                 signedOut.stdoutData);

        // No Secret Service at all: still exit 3, and the message says what to install.
        const auto noKeychain = f.sync({}, {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/crmsync-bus"),
                                            QStringLiteral("DISPLAY=")});
        QCOMPARE(noKeychain.exitCode, 3);
        QVERIFY2(noKeychain.report().value(QStringLiteral("message")).toString().contains(
                     QLatin1String("no Secret Service is running")),
                 noKeychain.stdoutData);
    }
};

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"
