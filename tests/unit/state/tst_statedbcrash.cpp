// SPDX-License-Identifier: GPL-3.0-or-later
// The fault-injection hook end to end: a child process (this binary, re-executed) makes a
// fixed sequence of writes and the test injection (tests/faulty, configured by
// CRMSYNC_CRASH_AFTER_WRITES in the child's environment) aborts it after the N-th; the
// file must then hold exactly the first N writes and pass SQLite's integrity check.
#include "environmentfaultinjection.h"
#include "state/statedb.h"
#include "statedbtestdata.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace crmsync;
using namespace crmsync::test;

namespace {

const QString P = QStringLiteral("contacts");
const char *const s_childFlag = "--crash-child";
constexpr int s_writeCount = 5;

//! The child's writes; each numbered step is one durable write (one commit).
int runChild(const QString &path)
{
    // The abort is expected: no core file in the developer's build tree.
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    EnvironmentFaultInjection injection;
    FaultInjection::install(&injection);
    auto opened = StateDb::open(path);
    if (!opened.ok()) {
        qCritical().noquote() << opened.error().userMessage;
        return 2;
    }
    StateDb &db = *opened.value();
    bool ok = db.setToken(P, Side::Crm, QStringLiteral("token-1")).ok();      // 1
    ok = ok && db.insertLink(P, sampleLink(1)).ok();                           // 2
    ok = ok && db.begin().ok();                                                // 3: one commit
    ok = ok && db.insertLink(P, sampleLink(2)).ok();
    ok = ok && db.insertLink(P, sampleLink(3)).ok();
    ok = ok && db.setProfileValue(P, QStringLiteral("k"), QStringLiteral("v")).ok();
    ok = ok && db.commit().ok();
    ok = ok && db.addJournalEntry(P, JournalEntry{}).ok();                     // 4
    ok = ok && db.addIntent(P, CreateIntent{}).ok();                           // 5
    return ok ? 0 : 3;
}

} // namespace

class TestStateDbCrash : public QObject
{
    Q_OBJECT

private slots:
    void crashKeepsExactlyTheCommittedWrites_data();
    void crashKeepsExactlyTheCommittedWrites();
};

void TestStateDbCrash::crashKeepsExactlyTheCommittedWrites_data()
{
    QTest::addColumn<int>("crashAfter");
    for (int n = 1; n <= s_writeCount; ++n)
        QTest::addRow("abort after write %d", n) << n;
    QTest::newRow("unset: no crash") << 0;
    QTest::newRow("beyond the last write: no crash") << s_writeCount + 1;
}

void TestStateDbCrash::crashKeepsExactlyTheCommittedWrites()
{
    QFETCH(int, crashAfter);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("state.db"));

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CRMSYNC_CRASH_AFTER_WRITES"));
    if (crashAfter > 0)
        env.insert(QStringLiteral("CRMSYNC_CRASH_AFTER_WRITES"), QString::number(crashAfter));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(s_childFlag), path});
    QVERIFY(child.waitForFinished(60000));
    const QByteArray childErrors = child.readAllStandardError();

    const bool crashes = crashAfter >= 1 && crashAfter <= s_writeCount;
    if (crashes) {
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY2(childErrors.contains(QByteArray("CRMSYNC_CRASH_AFTER_WRITES=") + QByteArray::number(crashAfter)),
                 childErrors.constData());
    } else {
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0, childErrors.constData());
    }

    // The aborted process left its WAL behind; opening replays it.
    auto opened = StateDb::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().userMessage));
    StateDb &db = *opened.value();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));

    const int done = crashes ? crashAfter : s_writeCount;
    QCOMPARE(db.token(P, Side::Crm).value(), done >= 1 ? QStringLiteral("token-1") : QString());
    QCOMPARE(db.links(P)->size(), done >= 3 ? 3 : done >= 2 ? 1 : 0);
    QCOMPARE(db.profileValue(P, QStringLiteral("k")).value(), done >= 3 ? QStringLiteral("v") : QString());
    QCOMPARE(db.journal(P)->size(), done >= 4 ? 1 : 0);
    QCOMPARE(db.intents(P)->size(), done >= 5 ? 1 : 0);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], s_childFlag) == 0)
        return runChild(QString::fromLocal8Bit(argv[2]));
    TestStateDbCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_statedbcrash.moc"
