// SPDX-License-Identifier: GPL-3.0-or-later
// A config names commands that CRM Sync runs, so only a file of the user's own that nobody
// else can change is used; the app writes its config 0600 (docs/configuration.md "Who may
// change the config").
#include "common/appcontext.h"
#include "config/configloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace crmsync;

namespace {

QByteArray minimalConfig(const QString &marker)
{
    // Valid apart from its permissions; the command would leave a marker if it ran.
    return QStringLiteral("{\"accounts\": {\"dav\": {\"type\": \"carddav\", \"url\": \"https://dav.example/u/contacts/\", "
                          "\"username\": \"u\", \"password_command\": [\"touch\", \"%1\"]}}, \"profiles\": []}")
        .arg(marker)
        .toUtf8();
}

//! Writes minimalConfig(\a marker) to \a path.
bool writeMinimalConfig(const QString &path, const QString &marker)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(minimalConfig(marker)) >= 0;
}

mode_t modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : mode_t(-1);
}

} // namespace

class TestConfigTrust : public QObject
{
    Q_OBJECT

private slots:
    void writableByOthers_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("refused");
        QTest::newRow("0600") << 0600 << false;
        QTest::newRow("0644") << 0644 << false;
        QTest::newRow("0400") << 0400 << false;
        QTest::newRow("0666") << 0666 << true;
        QTest::newRow("0620 group may write") << 0620 << true;
        QTest::newRow("0602 others may write") << 0602 << true;
    }

    void writableByOthers()
    {
        QFETCH(int, mode);
        QFETCH(bool, refused);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QVERIFY(writeMinimalConfig(path, dir.filePath(QStringLiteral("ran"))));
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);

        const Result<Config> loaded = ConfigLoader::load(path);
        QCOMPARE(!loaded.ok(), refused);
        if (!refused)
            return;
        QCOMPARE(loaded.error().category, Error::Category::Config);
        QVERIFY2(loaded.error().userMessage.contains(path), qPrintable(loaded.error().userMessage));
        QVERIFY2(loaded.error().userMessage.contains(QLatin1String("can be changed by other users")),
                 qPrintable(loaded.error().userMessage));
        QVERIFY(loaded.error().userMessage.contains(QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'))));
    }

    void ownedByAnotherUser()
    {
        const passwd *nobody = ::getpwnam("nobody");
        if (::geteuid() != 0 || !nobody)
            QSKIP("needs root (as in CI) to give a file to the user nobody");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QVERIFY(writeMinimalConfig(path, dir.filePath(QStringLiteral("ran"))));
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0644), 0);
        QCOMPARE(::chown(QFile::encodeName(path).constData(), nobody->pw_uid, nobody->pw_gid), 0);

        const Result<Config> loaded = ConfigLoader::load(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().category, Error::Category::Config);
        QVERIFY(loaded.error().userMessage.contains(path));
        QVERIFY2(loaded.error().userMessage.contains(QLatin1String("belongs to another user")),
                 qPrintable(loaded.error().userMessage));
    }

    void appWritesAPrivateConfig()
    {
        const mode_t old = ::umask(022);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings/config.json"));
        AppContext context(path, dir.filePath(QStringLiteral("state")));
        Config config;
        AccountConfig files;
        files.name = QStringLiteral("files");
        files.type = AccountConfig::Type::Folder;
        files.path = dir.filePath(QStringLiteral("cards"));
        config.accounts.insert(files.name, files);
        const bool saved = context.saveConfig(config);
        const bool savedAgain = context.saveConfig(config);   // a rewrite keeps it private
        ::umask(old);
        QVERIFY(saved && savedAgain);
        QCOMPARE(modeOf(path), mode_t(0600));
        QVERIFY(ConfigLoader::load(path).ok());
    }
};

QTEST_GUILESS_MAIN(TestConfigTrust)
#include "tst_configtrust.moc"
