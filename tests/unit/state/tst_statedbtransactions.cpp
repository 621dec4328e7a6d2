// SPDX-License-Identifier: GPL-3.0-or-later
// StateDb's explicit transactions, and how they count for the fault-injection hook.
#include "state/faultinjection.h"
#include "state/statedb.h"
#include "statedbtestdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace crmsync;
using namespace crmsync::test;

namespace {
const QString A = QStringLiteral("contacts-to-nextcloud");
const QString B = QStringLiteral("events-to-folder");

//! Counts the durable writes StateDb reports, as a crash test's injection would.
class CountingInjection : public FaultInjection
{
public:
    int writes = 0;

protected:
    void onWriteDurable() override { ++writes; }
    bool onRemoteWrite(QObject *, std::function<void()>) override { return false; }
    int roomPages() const override { return 0; }
};
} // namespace

class TestStateDbTransactions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rollbackDiscards();
    void transactionMisuse();
    void destructorDiscardsOpenTransaction();
    void failedWriteRollsBackTheBatch();
    void writesCountedForFaultInjection();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("state.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StateDb> m_db;
};

void TestStateDbTransactions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = StateDb::open(dbPath());
    QVERIFY2(db.ok(), qPrintable(db.error().userMessage));
    m_db = std::move(db).value();
}

void TestStateDbTransactions::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestStateDbTransactions::rollbackDiscards()
{
    QVERIFY(m_db->insertLink(A, sampleLink(1)).ok());
    QVERIFY(m_db->begin().ok());
    QVERIFY(m_db->inTransaction());
    QVERIFY(m_db->insertLink(A, sampleLink(2)).ok());
    QVERIFY(m_db->setToken(A, Side::Crm, QStringLiteral("t")).ok());
    QCOMPARE(m_db->links(A)->size(), 2);   // the transaction sees its own writes
    QVERIFY(m_db->removeProfile(B).ok());  // joins the open transaction
    QVERIFY(m_db->rollback().ok());
    QVERIFY(!m_db->inTransaction());
    QCOMPARE(m_db->links(A)->size(), 1);
    QCOMPARE(m_db->token(A, Side::Crm).value(), QString());

    QVERIFY(m_db->begin().ok());
    QVERIFY(m_db->insertLink(A, sampleLink(2)).ok());
    QVERIFY(m_db->setToken(A, Side::Crm, QStringLiteral("t")).ok());
    QVERIFY(m_db->commit().ok());
    QCOMPARE(m_db->links(A)->size(), 2);
    QCOMPARE(m_db->token(A, Side::Crm).value(), QStringLiteral("t"));
}

void TestStateDbTransactions::transactionMisuse()
{
    QVERIFY(!m_db->commit().ok());
    QVERIFY(m_db->rollback().ok());   // nothing open: nothing to undo
    QVERIFY(m_db->begin().ok());
    const Status nested = m_db->begin();
    QVERIFY(!nested.ok());
    QVERIFY(nested.error().userMessage.contains(dbPath()));
    QVERIFY(m_db->commit().ok());
}

void TestStateDbTransactions::destructorDiscardsOpenTransaction()
{
    QVERIFY(m_db->begin().ok());
    QVERIFY(m_db->insertLink(A, sampleLink(1)).ok());
    m_db.reset();
    m_db = StateDb::open(dbPath()).value();
    QCOMPARE(m_db->links(A)->size(), 0);
    QVERIFY(m_db->insertLink(A, sampleLink(1)).ok());   // and the lock was released
}

void TestStateDbTransactions::failedWriteRollsBackTheBatch()
{
    QVERIFY(m_db->insertLink(A, sampleLink(1)).ok());
    QVERIFY(m_db->begin().ok());
    QVERIFY(m_db->setToken(A, Side::Crm, QStringLiteral("t")).ok());
    QVERIFY(m_db->insertLink(A, sampleLink(2)).ok());
    QVERIFY(!m_db->insertLink(A, sampleLink(1)).ok());   // same CRM id: refused
    QVERIFY(!m_db->inTransaction());
    QVERIFY(!m_db->commit().ok());
    QCOMPARE(m_db->links(A)->size(), 1);
    QCOMPARE(m_db->token(A, Side::Crm).value(), QString());
    QVERIFY(m_db->begin().ok());   // and a new batch can start
    QVERIFY(m_db->rollback().ok());
}

void TestStateDbTransactions::writesCountedForFaultInjection()
{
    QCOMPARE(FaultInjection::installed(), nullptr);   // no test hooks unless a test installs them
    CountingInjection counter;
    FaultInjection::install(&counter);
    const int before = 0;
    QVERIFY(m_db->setToken(A, Side::Crm, QStringLiteral("t")).ok());
    QVERIFY(m_db->insertLink(A, sampleLink(1)).ok());
    QCOMPARE(counter.writes, before + 2);
    QVERIFY(m_db->links(A).ok());   // reads do not count
    QCOMPARE(counter.writes, before + 2);

    QVERIFY(m_db->begin().ok());
    QVERIFY(m_db->insertLink(A, sampleLink(2)).ok());
    QVERIFY(m_db->setProfileValue(A, QStringLiteral("k"), QStringLiteral("v")).ok());
    QCOMPARE(counter.writes, before + 2);   // nothing durable yet
    QVERIFY(m_db->commit().ok());
    QCOMPARE(counter.writes, before + 3);   // one commit, one count

    QVERIFY(m_db->begin().ok());
    QVERIFY(m_db->insertLink(A, sampleLink(3)).ok());
    QVERIFY(m_db->rollback().ok());
    QCOMPARE(counter.writes, before + 3);
    QVERIFY(m_db->removeProfile(B).ok());   // several statements, one transaction
    QCOMPARE(counter.writes, before + 4);
    FaultInjection::install(nullptr);
}

QTEST_GUILESS_MAIN(TestStateDbTransactions)
#include "tst_statedbtransactions.moc"
