// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

//! The crmsync binary as a user starts it, on the offscreen platform.
class TestGuiDemo : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment environment(const QTemporaryDir &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("QT_LOGGING_RULES", "crmsync.*.info=true");
        // Keep the user's real settings, state and autostart folder out of it.
        env.insert("HOME", home.path());
        env.insert("XDG_CONFIG_HOME", home.filePath("config"));
        env.insert("XDG_DATA_HOME", home.filePath("data"));
        env.remove("CRMSYNC_SANDBOX_BIN"); // found next to the binary, as in the build tree
        env.remove("CRMSYNC_DEMO_DIR");
        return env;
    }

    static bool alive(qint64 pid)
    {
        return ::kill(pid_t(pid), 0) == 0;
    }

private slots:
    void demoStartsSyncsAndStopsTheSandbox()
    {
        QTemporaryDir home;
        const QString demo = home.filePath("demo");
        QProcess app;
        app.setProcessEnvironment(environment(home));
        app.start(QStringLiteral(CRMSYNC_CLI_BIN), {"--demo", "--demo-dir", demo, "--quit-after-first-sync"});
        QVERIFY(app.waitForStarted());
        QVERIFY2(app.waitForFinished(55000), "the demo did not quit after its first sync");
        const QString log = QString::fromUtf8(app.readAllStandardError());
        QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0, qPrintable(log));
        QVERIFY2(log.contains("main window shown"), qPrintable(log));
        QVERIFY2(log.contains("every profile ran once"), qPrintable(log));

        const QRegularExpressionMatch started = QRegularExpression("crm-sandbox listening on \"?(http://[^ \"]+)\"? pid (\\d+)").match(log);
        QVERIFY2(started.hasMatch(), qPrintable(log));
        const qint64 pid = started.captured(2).toLongLong();
        QVERIFY(pid > 0);
        QVERIFY2(!alive(pid), "the demo's sandbox still runs after the app quit");
        QVERIFY(!QFile::exists(demo + "/sandbox.pid"));

        QVERIFY(QFile::exists(demo + "/config.json"));
        QFile config(demo + "/config.json");
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QByteArray json = config.readAll();
        QVERIFY(!json.contains("\"refresh_token\"")); // only the command, never a token
        for (const char *folder : {"contacts", "leads", "vendors", "tasks", "events"}) {
            QVERIFY2(!QDir(demo + "/" + folder).entryList(QDir::Files).isEmpty(), folder);
            QVERIFY2(log.contains(QStringLiteral("first sync of %1 finished: ok").arg(QLatin1String(folder))), qPrintable(log));
        }
    }

    void secondLaunchRaisesTheFirstAndExits()
    {
        QTemporaryDir home;
        const QString config = home.filePath("config.json");
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"accounts": {}, "profiles": []})");
        file.close();

        QProcess first;
        first.setProcessEnvironment(environment(home));
        first.start(QStringLiteral(CRMSYNC_CLI_BIN), {"--config", config, "--state-dir", home.filePath("state")});
        QVERIFY(first.waitForStarted());
        QByteArray firstLog;
        QTRY_VERIFY_WITH_TIMEOUT((firstLog += first.readAllStandardError()).contains("main window shown"), 20000);

        QProcess second;
        second.setProcessEnvironment(environment(home));
        second.start(QStringLiteral(CRMSYNC_CLI_BIN), {"--config", config});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY(second.readAllStandardError().contains("another instance runs"));
        QTRY_VERIFY_WITH_TIMEOUT((firstLog += first.readAllStandardError()).contains("raised by a second launch"), 10000);
        QCOMPARE(first.state(), QProcess::Running);

        // Another config is another instance.
        QProcess other;
        other.setProcessEnvironment(environment(home));
        other.start(QStringLiteral(CRMSYNC_CLI_BIN), {"--config", home.filePath("other.json"), "--state-dir",
                                                      home.filePath("state2"), "--quit-after-first-sync"});
        QVERIFY(other.waitForFinished(20000));
        QCOMPARE(other.exitCode(), 0);
        QVERIFY(other.readAllStandardError().contains("main window shown"));

        first.terminate();
        QVERIFY(first.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestGuiDemo)
#include "tst_gui_demo.moc"
