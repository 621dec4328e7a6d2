// SPDX-License-Identifier: GPL-3.0-or-later
// `crmsync sync` refuses a config that others can change before it runs any command named
// in it (docs/configuration.md "Who may change the config").
#include "clifixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

class TestCliConfigTrust : public QObject
{
    Q_OBJECT

private slots:
    void commandsRunOnlyFromATrustedConfig_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("otherOwner");
        QTest::addColumn<bool>("refused");
        QTest::newRow("0600: used") << 0600 << false << false;
        QTest::newRow("0666: refused") << 0666 << false << true;
        QTest::newRow("0664: refused") << 0664 << false << true;
        QTest::newRow("another user's: refused") << 0644 << true << true;
    }

    void commandsRunOnlyFromATrustedConfig()
    {
        QFETCH(int, mode);
        QFETCH(bool, otherOwner);
        QFETCH(bool, refused);
        const passwd *nobody = ::getpwnam("nobody");
        if (otherOwner && (::geteuid() != 0 || !nobody))
            QSKIP("needs root (as in CI) to give a file to the user nobody");
        CliFixture f;
        QTemporaryDir tmp;
        const QString marker = tmp.filePath(QStringLiteral("command-ran"));
        const QJsonArray command{QStringLiteral("touch"), marker};
        const QJsonObject config{
            {QStringLiteral("accounts"),
             QJsonObject{{QStringLiteral("zoho"), QJsonObject{{QStringLiteral("type"), QStringLiteral("zoho")},
                                                              {QStringLiteral("accounts_url"), QStringLiteral("http://127.0.0.1:1")},
                                                              {QStringLiteral("api_url"), QStringLiteral("http://127.0.0.1:1")},
                                                              {QStringLiteral("client_id"), QStringLiteral("client")},
                                                              {QStringLiteral("refresh_token_command"), command}}},
                         {QStringLiteral("folder"), QJsonObject{{QStringLiteral("type"), QStringLiteral("folder")},
                                                                {QStringLiteral("path"), f.folder()}}}}},
            {QStringLiteral("profiles"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("p")}, {QStringLiteral("module"), QStringLiteral("Contacts")},
                                    {QStringLiteral("crm"), QStringLiteral("zoho")}, {QStringLiteral("remote"), QStringLiteral("folder")}}}}};
        f.writeFile(QStringLiteral("../config.json"), QJsonDocument(config).toJson());
        const QByteArray path = QFile::encodeName(f.configPath());
        QCOMPARE(::chmod(path.constData(), mode_t(mode)), 0);
        if (otherOwner)
            QCOMPARE(::chown(path.constData(), nobody->pw_uid, nobody->pw_gid), 0);

        const auto run = f.sync();
        if (!refused) {
            // The control: from a trusted file the command runs (and prints no token).
            QVERIFY2(QFile::exists(marker), run.stderrData.constData());
            QVERIFY(run.exitCode != 0);
            return;
        }
        QCOMPARE(run.exitCode, 2);   // usage or config error (app/cli/exitcode.h)
        QVERIFY2(!QFile::exists(marker), "a command of an untrusted config ran");
        QVERIFY2(run.stderrData.contains(path), run.stderrData.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliConfigTrust)
#include "tst_cli_config_trust.moc"
