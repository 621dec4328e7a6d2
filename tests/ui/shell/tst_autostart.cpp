// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/autostart.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace crmsync;

class TestAutostart : public QObject
{
    Q_OBJECT
private slots:
    void writesAndRemovesTheDesktopEntry()
    {
#if !defined(Q_OS_UNIX) || defined(Q_OS_MACOS)
        QSKIP("the freedesktop autostart entry is Linux/BSD only");
#endif
        QTemporaryDir home;
        qputenv("XDG_CONFIG_HOME", home.path().toUtf8());
        QCOMPARE(Autostart::defaultPath(), home.filePath("autostart/crmsync.desktop"));
        Autostart autostart;
        QVERIFY(!autostart.isEnabled());
        QVERIFY(autostart.setEnabled(true, QStringLiteral("/opt/CRM Sync/bin/crmsync")));
        QVERIFY(autostart.isEnabled());
        QFile file(autostart.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray entry = file.readAll();
        QVERIFY(entry.startsWith("[Desktop Entry]\n"));
        QVERIFY(entry.contains("\nType=Application\n"));
        QVERIFY(entry.contains("\nExec=\"/opt/CRM Sync/bin/crmsync\"\n"));
        QVERIFY(autostart.setEnabled(false, {}));
        QVERIFY(!autostart.isEnabled());
        QVERIFY(autostart.setEnabled(false, {})); // already off: fine
    }

    void quotesExecArguments()
    {
        QTemporaryDir dir;
        Autostart autostart(dir.filePath("x.desktop"));
        QVERIFY(autostart.setEnabled(true, QStringLiteral("/a \"b\"/$c")));
        QFile file(autostart.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
#if !defined(Q_OS_MACOS) && !defined(Q_OS_WIN)
        QVERIFY(file.readAll().contains("Exec=\"/a \\\"b\\\"/\\$c\"\n"));
#endif
    }
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
