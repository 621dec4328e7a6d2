// SPDX-License-Identifier: GPL-3.0-or-later
// The state folder holds customer data: folder 0700, the database files 0600, whatever the umask,
// and older, wider modes are tightened with a warning (docs/state-db.md "File permissions").
#include "state/statedb.h"
#include "statedbtestdata.h"
#include "util/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace crmsync;
using namespace crmsync::test;

namespace {

const QString P = QStringLiteral("contacts");

mode_t modeOf(const QString &path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return mode_t(-1);
    return st.st_mode & 07777;
}

//! Restores the test process's umask when the test function ends.
class UmaskGuard
{
public:
    explicit UmaskGuard(mode_t mask) : m_old(::umask(mask)) {}
    ~UmaskGuard() { ::umask(m_old); }

private:
    mode_t m_old;
};

} // namespace

class TestStateDbPermissions : public QObject
{
    Q_OBJECT

private slots:
    void newStateIsPrivate_data()
    {
        QTest::addColumn<int>("mask");
        QTest::newRow("umask 022") << 022;
        QTest::newRow("umask 002") << 002;
        QTest::newRow("umask 000") << 000;
    }

    void newStateIsPrivate()
    {
        QFETCH(int, mask);
        const UmaskGuard guard{mode_t(mask)};
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString folder = home.filePath(QStringLiteral("share/crmsync/state"));
        const QString path = QDir(folder).filePath(QStringLiteral("state.sqlite"));
        QVERIFY(PrivateFiles::makeFolder(folder).ok());   // as ProfileRunner and SyncWorker do
        auto opened = StateDb::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().userMessage));
        // A write, so that SQLite has made its -wal and -shm files.
        QVERIFY(opened.value()->insertLink(P, sampleLink(1)).ok());
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(QFile::exists(path + QStringLiteral("-shm")));

        QCOMPARE(modeOf(folder), mode_t(0700));
        for (const QString &file : QDir(folder).entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(modeOf(QDir(folder).filePath(file)) == 0600, qPrintable(file));
        QCOMPARE(modeOf(path), mode_t(0600));
    }

    void widerStateIsTightened()
    {
        const UmaskGuard guard{022};
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString folder = home.filePath(QStringLiteral("state"));
        const QString path = QDir(folder).filePath(QStringLiteral("state.sqlite"));
        QVERIFY(QDir().mkpath(folder));
        {
            auto opened = StateDb::open(path);
            QVERIFY(opened.ok());
            QVERIFY(opened.value()->insertLink(P, sampleLink(1)).ok());
        }
        // What an older version left: a folder and files that everyone may read.
        QFile journal(path + QStringLiteral("-journal"));   // a rollback journal left behind
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.close();
        QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0755), 0);
        for (const QString &file : QDir(folder).entryList(QDir::Files))
            QCOMPARE(::chmod(QFile::encodeName(QDir(folder).filePath(file)).constData(), 0644), 0);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("state.*mode changed from 0755 to 0700")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("state\\.sqlite.*mode changed from 0644 to 0600")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("state\\.sqlite-journal.*mode changed from 0644 to 0600")));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("could not be made private")));
        auto opened = StateDb::open(path);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value()->links(P)->size(), 1);
        QCOMPARE(modeOf(folder), mode_t(0700));
        for (const QString &file : QDir(folder).entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(modeOf(QDir(folder).filePath(file)) == 0600, qPrintable(file));
    }
};

QTEST_GUILESS_MAIN(TestStateDbPermissions)
#include "tst_statedbpermissions.moc"
