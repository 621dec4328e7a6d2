// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's kinds of entry, the deletion count of the cumulative guard and retention.
#include "state/statedb.h"
#include "statedbtestdata.h"

#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(crmsync::JournalRetention)

using namespace crmsync;
using namespace crmsync::test;

namespace {

const QString A = QStringLiteral("contacts");
const QString B = QStringLiteral("events");
//! The tests' clock: nothing here reads the real time.
const QDateTime Now(QDate(2026, 12, 8), QTime(12, 0), Qt::UTC);

using Kind = JournalEntry::Kind;

JournalEntry entry(Kind kind, const QDateTime &time, int n, int rawBytes = 16)
{
    JournalEntry e;
    e.kind = kind;
    e.time = time;
    e.crmId = QStringLiteral("41500%1").arg(n);
    e.remoteId = QStringLiteral("crm-41500%1.vcf").arg(n);
    e.uid = QStringLiteral("uid-%1").arg(n);
    e.losingSide = kind == Kind::DeletedOnCrm ? Side::Crm : Side::Remote;
    e.losing = {{QStringLiteral("Last_Name"), QStringLiteral("Berg %1").arg(n)}};
    e.losingRaw = QByteArray(rawBytes, 'x');
    e.reason = kind == Kind::Conflict ? QStringLiteral("crm-wins") : QStringLiteral("crm-deleted");
    return e;
}

} // namespace

class TestStateDbJournal : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto db = StateDb::open(m_dir->filePath(QStringLiteral("state.db")));
        QVERIFY2(db.ok(), qPrintable(db.error().userMessage));
        m_db = std::move(db).value();
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void kindsRoundTrip_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("stored");
        QTest::newRow("conflict") << int(Kind::Conflict) << "conflict";
        QTest::newRow("deleted on CRM") << int(Kind::DeletedOnCrm) << "deleted-on-crm";
        QTest::newRow("deleted on the other side") << int(Kind::DeletedOnRemote) << "deleted-on-remote";
    }

    void kindsRoundTrip()
    {
        QFETCH(int, kind);
        QFETCH(QString, stored);
        JournalEntry e = entry(Kind(kind), Now, 1);
        e.losingRaw = QByteArray("BEGIN:VCARD\r\nUID:uid-1\r\n\0\xff", 26);
        auto id = m_db->addJournalEntry(A, e);
        QVERIFY2(id.ok(), qPrintable(id.error().userMessage));
        e.id = *id;
        QCOMPARE(m_db->journalEntry(e.id).value(), e);
        QCOMPARE(m_db->journal(A).value(), QList<JournalEntry>{e});
        // The stored spelling is what docs/state-db.md promises for the sqlite3 shell.
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT kind FROM journal")).toString(), stored);
        QCOMPARE(e.isDeletion(), Kind(kind) != Kind::Conflict);
    }

    void deletionsSinceCountsTheWindow()
    {
        const QDateTime since = Now.addSecs(-24 * 3600);
        const QList<JournalEntry> entries{
            entry(Kind::DeletedOnCrm, Now.addSecs(-60), 1),           // counted
            entry(Kind::DeletedOnCrm, Now.addSecs(-23 * 3600), 2),    // counted
            entry(Kind::DeletedOnCrm, Now.addSecs(-25 * 3600), 3),    // before the window
            entry(Kind::DeletedOnRemote, Now.addSecs(-60), 4),        // the other side
            entry(Kind::Conflict, Now.addSecs(-60), 5),               // not a deletion
            entry(Kind::DeletedOnCrm, Now.addSecs(-120), 6),          // restored below
        };
        qint64 restoredId = 0;
        for (const JournalEntry &e : entries) {
            auto id = m_db->addJournalEntry(A, e);
            QVERIFY(id.ok());
            restoredId = *id;
        }
        QVERIFY(m_db->addJournalEntry(B, entry(Kind::DeletedOnCrm, Now, 7)).ok()); // another profile
        QCOMPARE(m_db->deletionsSince(A, Side::Crm, since).value(), 3);
        QVERIFY(m_db->markRestored(restoredId).ok());
        QCOMPARE(m_db->deletionsSince(A, Side::Crm, since).value(), 2);
        QCOMPARE(m_db->deletionsSince(A, Side::Remote, since).value(), 1);
        QCOMPARE(m_db->deletionsSince(B, Side::Crm, since).value(), 1);
        // Strictly after: an entry made at the moment deletions were confirmed is not counted.
        QCOMPARE(m_db->deletionsSince(A, Side::Crm, Now.addSecs(-60)).value(), 0);
    }

    void prune_data()
    {
        QTest::addColumn<JournalRetention>("retention");
        QTest::addColumn<QList<int>>("ages");        // hours before Now, oldest first
        QTest::addColumn<QList<int>>("kinds");
        QTest::addColumn<QList<int>>("restored");    // indexes marked restored
        QTest::addColumn<QList<int>>("kept");        // indexes left

        const int conflict = int(Kind::Conflict), onCrm = int(Kind::DeletedOnCrm);
        JournalRetention byAge;
        byAge.maxAgeDays = 30;
        QTest::newRow("older than the age limit")
            << byAge << QList<int>{31 * 24, 29 * 24, 1} << QList<int>{conflict, onCrm, conflict} << QList<int>{}
            << QList<int>{1, 2};
        JournalRetention byCount;
        byCount.maxEntries = 2;
        QTest::newRow("beyond the count, oldest first")
            << byCount << QList<int>{100, 90, 80, 70} << QList<int>{conflict, conflict, conflict, conflict}
            << QList<int>{} << QList<int>{2, 3};
        QTest::newRow("beyond the count, restored ones first")
            << byCount << QList<int>{100, 90, 80, 70} << QList<int>{conflict, conflict, conflict, conflict}
            << QList<int>{2, 3} << QList<int>{0, 1};
        JournalRetention byBytes;
        byBytes.maxBytes = 3 * 1000;    // three entries of about 1,000 bytes each
        QTest::newRow("beyond the size")
            << byBytes << QList<int>{100, 90, 80, 70, 60} << QList<int>{conflict, conflict, conflict, conflict, conflict}
            << QList<int>{} << QList<int>{2, 3, 4};
        QTest::newRow("recent deletions stay for the guard")
            << byCount << QList<int>{100, 3, 2, 1} << QList<int>{conflict, onCrm, onCrm, onCrm} << QList<int>{}
            << QList<int>{1, 2, 3};
        QTest::newRow("recent restored deletions may go")
            << byCount << QList<int>{3, 2, 1} << QList<int>{onCrm, onCrm, onCrm} << QList<int>{0}
            << QList<int>{1, 2};
        QTest::newRow("within every limit") << JournalRetention{} << QList<int>{24 * 89, 1} << QList<int>{conflict, onCrm}
                                            << QList<int>{} << QList<int>{0, 1};
    }

    void prune()
    {
        QFETCH(JournalRetention, retention);
        QFETCH(QList<int>, ages);
        QFETCH(QList<int>, kinds);
        QFETCH(QList<int>, restored);
        QFETCH(QList<int>, kept);
        QList<qint64> ids;
        for (int i = 0; i < ages.size(); ++i) {
            auto id = m_db->addJournalEntry(A, entry(Kind(kinds.at(i)), Now.addSecs(-3600LL * ages.at(i)), i, 950));
            QVERIFY(id.ok());
            ids << *id;
        }
        for (int i : std::as_const(restored))
            QVERIFY(m_db->markRestored(ids.at(i)).ok());
        // Another profile's journal is not this one's to prune.
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_db->addJournalEntry(B, entry(Kind::Conflict, Now.addDays(-400), 100 + i)).ok());

        auto pruned = m_db->pruneJournal(A, Now, retention);
        QVERIFY2(pruned.ok(), qPrintable(pruned.error().userMessage));
        QCOMPARE(*pruned, int(ages.size() - kept.size()));
        QList<qint64> expected;
        for (int i : std::as_const(kept))
            expected.prepend(ids.at(i)); // journal() is newest first
        const QList<JournalEntry> journal = m_db->journal(A, 0).value();
        QList<qint64> left;
        for (const JournalEntry &e : journal)
            left << e.id;
        QCOMPARE(left, expected);
        QCOMPARE(m_db->journal(B, 0)->size(), 5);
        // Pruning again finds nothing more to do.
        QCOMPARE(m_db->pruneJournal(A, Now, retention).value(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StateDb> m_db;
};

QTEST_GUILESS_MAIN(TestStateDbJournal)
#include "tst_statedbjournal.moc"
