// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #5: a state folder that runs out of space, or cannot be made, gives a clear error and
// loses nothing already synced; with room again the next run converges without duplicates.
// The full disk is SQLite's own SQLITE_FULL, provoked by the fault-injection hook
// CRMSYNC_STATE_ROOM_PAGES (core/state/faultinjection.h).
#include "clifixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>

namespace {

QJsonArray contacts(int from, int n, int noteLength)
{
    QJsonArray out;
    for (int i = from; i < from + n; ++i) {
        out.append(QJsonObject{{QStringLiteral("Last_Name"), QStringLiteral("容量%1").arg(i)},
                               {QStringLiteral("Email"), QStringLiteral("disk%1@example.com").arg(i)},
                               {QStringLiteral("Description"), QString(noteLength, QChar(u'メ'))}});
    }
    return out;
}

} // namespace

class TestCliStorage : public QObject
{
    Q_OBJECT

private slots:
    void fullDiskStopsCleanlyAndLosesNothing()
    {
        CliFixture f;
        f.useFaultyCli();   // the crash/disturbance hooks exist only there (tests/faulty)
        QVERIFY(f.start());
        QCOMPARE(f.crm().create(QStringLiteral("Contacts"), contacts(0, 12, 20)).size(), 12);
        f.writeConfig(QStringLiteral("Contacts"));
        QCOMPARE(f.sync().exitCode, 0);
        const QStringList synced = f.folderFiles();
        QCOMPARE(synced.size(), 12);
        QHash<QString, QByteArray> before;
        for (const QString &name : synced)
            before.insert(name, f.readFile(name));

        // Much more to keep than the state file has room for: 80 contacts with long notes.
        QCOMPARE(f.crm().create(QStringLiteral("Contacts"), contacts(100, 80, 1500)).size(), 80);
        const auto full = f.sync({}, {QStringLiteral("CRMSYNC_STATE_ROOM_PAGES=2")});
        QVERIFY2(full.exitCode != 0, full.stdoutData.constData());
        const QByteArray said = full.stdoutData + full.stderrData;
        QVERIFY2(said.contains("disk is full"), said.constData());
        QVERIFY2(said.contains(QDir::toNativeSeparators(f.stateDir()).toUtf8()), said.constData());
        // Nothing that was synced before is gone or changed.
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(f.readFile(it.key()), it.value());
        QCOMPARE(int(f.crm().list(QStringLiteral("Contacts"), QStringLiteral("Email")).size()), 92);

        // With room again: every contact once on each side, then a quiet run.
        const auto again = f.sync();
        QVERIFY2(again.exitCode == 0, again.stdoutData + again.stderrData);
        QCOMPARE(f.folderFiles().size(), 92);
        QSet<QString> emails;
        for (const QJsonValue &v : f.crm().list(QStringLiteral("Contacts"), QStringLiteral("Email")))
            emails.insert(v[QStringLiteral("Email")].toString());
        QCOMPARE(emails.size(), 92);
        QCOMPARE(int(f.crm().list(QStringLiteral("Contacts"), QStringLiteral("Email")).size()), 92);
        const auto quiet = f.sync();
        QCOMPARE(quiet.exitCode, 0);
        QCOMPARE(quiet.writes(), 0);
    }

    void stateFolderThatCannotBeMadeIsAClearErrorAndWritesNothing()
    {
        CliFixture f;
        QVERIFY(f.start());
        QCOMPARE(f.crm().create(QStringLiteral("Contacts"), contacts(0, 3, 10)).size(), 3);
        f.writeConfig(QStringLiteral("Contacts"));
        // A file where the state folder should be: as root, permissions cannot make a folder
        // read-only for the test, but this fails the same way for every user.
        f.writeFile(QStringLiteral("../blocked"), "not a folder");
        const QString blocked = QDir(f.stateDir()).filePath(QStringLiteral("../blocked/state"));
        const auto o = f.run({QStringLiteral("sync"), QStringLiteral("--config"), f.configPath(),
                              QStringLiteral("--state-dir"), blocked});
        QVERIFY(o.exitCode != 0);
        QVERIFY2((o.stdoutData + o.stderrData).contains("blocked"), (o.stdoutData + o.stderrData).constData());
        QVERIFY(f.folderFiles().isEmpty());
        QCOMPARE(int(f.crm().list(QStringLiteral("Contacts"), QStringLiteral("Email")).size()), 3);
    }
};

QTEST_GUILESS_MAIN(TestCliStorage)
#include "tst_cli_storage.moc"
