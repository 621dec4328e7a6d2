// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTemporaryDir>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace crmsync;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    static QString uniqueName()
    {
        return QDir(SingleInstance::socketDirectory())
            .filePath(QStringLiteral("crmsync-test-") + QUuid::createUuid().toString(QUuid::Id128).left(16));
    }

    QByteArray m_savedRuntime;
    QByteArray m_savedTmp;

private slots:
    void init()
    {
        m_savedRuntime = qgetenv("XDG_RUNTIME_DIR");
        m_savedTmp = qgetenv("TMPDIR");
    }

    void cleanup()
    {
        for (const auto &[name, value] : {std::pair{"XDG_RUNTIME_DIR", m_savedRuntime}, std::pair{"TMPDIR", m_savedTmp}}) {
            if (value.isNull())
                qunsetenv(name);
            else
                qputenv(name, value);
        }
    }

    void namesDifferByConfig()
    {
        const QString a = SingleInstance::serverNameFor(QStringLiteral("/tmp/a/config.json"));
        QCOMPARE(a, SingleInstance::serverNameFor(QStringLiteral("/tmp/a/../a/config.json")));
        QVERIFY(a != SingleInstance::serverNameFor(QStringLiteral("/tmp/b/config.json")));
        QVERIFY(a.startsWith(SingleInstance::socketDirectory() + QLatin1Char('/')));
        QVERIFY(QFile::encodeName(a).size() < 104);   // sun_path, the smallest of Linux and macOS
    }

#ifdef Q_OS_UNIX
    void socketLivesInAPrivateFolder_data()
    {
        QTest::addColumn<int>("runtimeMode");    // -1: XDG_RUNTIME_DIR unset
        QTest::addColumn<int>("fallbackMode");   // -1: the fallback folder does not exist yet
        QTest::addColumn<bool>("fallbackOfAnotherUser");
        QTest::addColumn<QString>("expected");   // runtime, fallback or none
        QTest::newRow("XDG_RUNTIME_DIR 0700") << 0700 << -1 << false << QStringLiteral("runtime");
        QTest::newRow("XDG_RUNTIME_DIR unset: own folder created") << -1 << -1 << false << QStringLiteral("fallback");
        QTest::newRow("XDG_RUNTIME_DIR open to others: not used") << 0777 << -1 << false << QStringLiteral("fallback");
        QTest::newRow("own folder 0755: tightened") << -1 << 0755 << false << QStringLiteral("fallback");
        QTest::newRow("folder of another user: no socket") << -1 << 0700 << true << QStringLiteral("none");
    }

    void socketLivesInAPrivateFolder()
    {
        QFETCH(int, runtimeMode);
        QFETCH(int, fallbackMode);
        QFETCH(bool, fallbackOfAnotherUser);
        QFETCH(QString, expected);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString runtime = home.filePath(QStringLiteral("run"));
        const QString tmp = home.filePath(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(tmp));
        qputenv("TMPDIR", QFile::encodeName(tmp));
        if (runtimeMode < 0) {
            qunsetenv("XDG_RUNTIME_DIR");
        } else {
            QVERIFY(QDir().mkpath(runtime));
            QCOMPARE(::chmod(QFile::encodeName(runtime).constData(), mode_t(runtimeMode)), 0);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
        const QString fallback = QDir(tmp).filePath(QStringLiteral("crmsync-%1").arg(::geteuid()));
        if (fallbackMode >= 0) {
            QVERIFY(QDir().mkpath(fallback));
            QCOMPARE(::chmod(QFile::encodeName(fallback).constData(), mode_t(fallbackMode)), 0);
        }
        if (fallbackOfAnotherUser) {
            const passwd *nobody = ::getpwnam("nobody");
            if (::geteuid() != 0 || !nobody)
                QSKIP("needs root (as in CI) to give a folder to the user nobody");
            QCOMPARE(::chown(QFile::encodeName(fallback).constData(), nobody->pw_uid, nobody->pw_gid), 0);
        }

        const QString folder = SingleInstance::socketDirectory();
        const QString name = SingleInstance::serverNameFor(home.filePath(QStringLiteral("config.json")));
        SingleInstance instance(name);
        QVERIFY(instance.claim());
        if (expected == QLatin1String("none")) {
            QCOMPARE(folder, QString());
            QCOMPARE(name, QString());
            QCOMPARE(instance.listeningPath(), QString());   // no socket in a folder of someone else's
            return;
        }
        QCOMPARE(folder, expected == QLatin1String("runtime") ? runtime : fallback);
        QVERIFY2(instance.listeningPath().startsWith(folder + QLatin1Char('/')), qPrintable(instance.listeningPath()));
        struct stat st {};
        QCOMPARE(::lstat(QFile::encodeName(folder).constData(), &st), 0);
        QVERIFY(S_ISDIR(st.st_mode));
        QCOMPARE(st.st_uid, ::geteuid());
        QCOMPARE(st.st_mode & 0777, mode_t(0700));
        if (runtimeMode == 0777) {
            // Not ours to change: only not used.
            QCOMPARE(::lstat(QFile::encodeName(runtime).constData(), &st), 0);
            QCOMPARE(st.st_mode & 0777, mode_t(0777));
        }
    }
#endif

    void secondInstanceRaisesTheFirst()
    {
        const QString name = uniqueName();
        SingleInstance first(name);
        QVERIFY(first.claim());
        QSignalSpy raised(&first, &SingleInstance::activationRequested);
        // The second launch runs in a thread of its own: claim() waits for an answer that
        // the first instance gives from this thread's event loop.
        bool secondIsFirst = true;
        QThread *launcher = QThread::create([&] {
            SingleInstance second(name);
            secondIsFirst = second.claim();
        });
        launcher->start();
        QVERIFY(raised.wait(5000));
        QVERIFY(launcher->wait(5000));
        delete launcher;
        QVERIFY(!secondIsFirst);
    }

    void staleSocketIsReplaced()
    {
        const QString name = uniqueName();
#ifdef Q_OS_UNIX
        // What a crashed instance leaves: the socket file, with nobody listening on it.
        QFile stale(name);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        QLocalServer blocked;
        QVERIFY(!blocked.listen(name)); // the leftover really is in the way
#endif
        SingleInstance instance(name);
        QVERIFY(instance.claim());
        QSignalSpy raised(&instance, &SingleInstance::activationRequested);
        QThread *launcher = QThread::create([&] { SingleInstance(name).claim(); });
        launcher->start();
        QVERIFY(raised.wait(5000));
        QVERIFY(launcher->wait(5000));
        delete launcher;
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
