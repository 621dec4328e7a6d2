// SPDX-License-Identifier: GPL-3.0-or-later
// No test hooks in what users run (docs/state-db.md "Fault injection"): the shipped crmsync
// holds none of the fault-injection code, names or shell, and the environment variables
// that drove the old hooks change nothing about a sync. crmsync-faulty, built from the same
// entry point, serves as the control: there the same checks must find the hooks.
#include "clifixture.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

//! What a binary contains, as `strings -a` and `nm -C` print it (read once per binary:
//! the debug build is large).
QByteArray contentsOf(const QString &binary)
{
    static QHash<QString, QByteArray> cache;
    if (const auto it = cache.constFind(binary); it != cache.constEnd())
        return *it;
    QByteArray &all = cache[binary];
    for (const QStringList &command : {QStringList{QStringLiteral("strings"), QStringLiteral("-a"), binary},
                                       QStringList{QStringLiteral("nm"), QStringLiteral("-C"), binary}}) {
        QProcess p;
        p.start(command.first(), command.mid(1));
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            cache.remove(binary);
            return {};
        }
        all += p.readAllStandardOutput();
    }
    return all;
}

QJsonObject contact(int i)
{
    return {{QStringLiteral("Last_Name"), QStringLiteral("Release%1").arg(i)},
            {QStringLiteral("First_Name"), QStringLiteral("Aoi")},
            {QStringLiteral("Email"), QStringLiteral("r%1@example.com").arg(i)}};
}

} // namespace

class TestCliReleaseHooks : public QObject
{
    Q_OBJECT

private slots:
    void shippedBinaryHasNoHooks_data();
    void shippedBinaryHasNoHooks();
    void oldVariablesChangeNothing_data();
    void oldVariablesChangeNothing();
};

void TestCliReleaseHooks::shippedBinaryHasNoHooks_data()
{
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<bool>("inFaulty");
    QTest::newRow("crash variable") << QByteArray("CRMSYNC_CRASH_AFTER_WRITES") << true;
    QTest::newRow("before-write variable") << QByteArray("CRMSYNC_BEFORE_WRITE_COMMAND") << true;
    QTest::newRow("full-disk variable") << QByteArray("CRMSYNC_STATE_ROOM_PAGES") << true;
    QTest::newRow("injector class") << QByteArray("EnvironmentFaultInjection") << true;
    // Not even the test binary names a shell: its before-write command is an argv.
    QTest::newRow("shell") << QByteArray("/bin/sh") << false;
}

void TestCliReleaseHooks::shippedBinaryHasNoHooks()
{
    QFETCH(QByteArray, needle);
    QFETCH(bool, inFaulty);
    const QByteArray shipped = contentsOf(QStringLiteral(CRMSYNC_CLI_BIN));
    const QByteArray faulty = contentsOf(QStringLiteral(CRMSYNC_FAULTY_CLI_BIN));
    QVERIFY2(!shipped.isEmpty() && !faulty.isEmpty(), "strings/nm (binutils) could not read the binaries");
    // The control: the search does find the hooks where they are meant to be.
    QVERIFY2(faulty.contains(needle) == inFaulty, needle.constData());
    QVERIFY2(!shipped.contains(needle), needle.constData());
}

void TestCliReleaseHooks::oldVariablesChangeNothing_data()
{
    QTest::addColumn<bool>("faulty");
    QTest::newRow("shipped crmsync: ignored") << false;
    QTest::newRow("control, crmsync-faulty: honoured") << true;
}

void TestCliReleaseHooks::oldVariablesChangeNothing()
{
    QFETCH(bool, faulty);
    CliFixture f;
    if (faulty)
        f.useFaultyCli();
    QVERIFY(f.start());
    f.crm().create(QStringLiteral("Contacts"), QJsonArray{contact(1), contact(2), contact(3)});
    f.writeConfig(QStringLiteral("Contacts"));
    QTemporaryDir tmp;
    const QString marker = tmp.filePath(QStringLiteral("hook-ran"));
    const QString command = QString::fromUtf8(QJsonDocument(QJsonArray{QStringLiteral("touch"), marker})
                                                  .toJson(QJsonDocument::Compact));

    QStringList env{QStringLiteral("CRMSYNC_CRASH_AFTER_WRITES=1")};
    // The control needs only the crash to tell: a full "disk" might stop it first.
    if (!faulty)
        env << QStringLiteral("CRMSYNC_STATE_ROOM_PAGES=1") << QStringLiteral("CRMSYNC_BEFORE_WRITE_COMMAND=") + command;
    const auto run = f.sync({}, env);
    if (faulty) {
        QCOMPARE(run.exitCode, -1);   // aborted after its first durable write
        QVERIFY(run.stderrData.contains("CRMSYNC_CRASH_AFTER_WRITES=1"));
        return;
    }
    QVERIFY2(run.exitCode == 0, run.stdoutData + run.stderrData);
    QCOMPARE(f.folderFiles().size(), 3);
    QVERIFY(!QFile::exists(marker));
    QCOMPARE(f.sync().exitCode, 0);   // and the state it left is whole
}

QTEST_GUILESS_MAIN(TestCliReleaseHooks)
#include "tst_cli_release_hooks.moc"
