// SPDX-License-Identifier: GPL-3.0-or-later
// StateDb's outbox: entries are stored whole, read back in order, updated and filtered.
#include "state/statedb.h"
#include "statedbtestdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace crmsync;
using namespace crmsync::test;

namespace {

OutboxEntry sampleEntry(const QString &profile, OutboxEntry::Op op, int n)
{
    OutboxEntry e;
    e.profile = profile;
    e.op = op;
    e.crmId = op == OutboxEntry::Op::Edit ? QStringLiteral("41500%1").arg(n) : QString();
    e.fields = {{QStringLiteral("Last_Name"), QStringLiteral("Müller %1").arg(n)},
                {QStringLiteral("Email"), QStringLiteral("m%1@example.org").arg(n)}};
    e.base = op == OutboxEntry::Op::Edit ? QJsonObject{{QStringLiteral("Last_Name"), QStringLiteral("Old")}} : QJsonObject{};
    e.baseVersion = op == OutboxEntry::Op::Edit ? QStringLiteral("2026-11-22T10:00:00+01:00") : QString();
    e.createdAt = QDateTime(QDate(2026, 11, 22), QTime(6, 0, n % 60, 5), Qt::UTC);
    e.updatedAt = e.createdAt;
    e.clientRef = op == OutboxEntry::Op::Create ? QStringLiteral("ref-%1").arg(n) : QString();
    return e;
}

} // namespace

class TestStateDbOutbox : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = StateDb::open(m_dir->filePath(QStringLiteral("state.db")));
        QVERIFY2(db.ok(), qPrintable(db.error().userMessage));
        m_db = std::move(db).value();
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("op");
        QTest::newRow("create") << int(OutboxEntry::Op::Create);
        QTest::newRow("edit") << int(OutboxEntry::Op::Edit);
    }
    void roundTrip()
    {
        QFETCH(int, op);
        const OutboxEntry e = sampleEntry(QStringLiteral("contacts"), OutboxEntry::Op(op), 3);
        auto added = m_db->addOutboxEntry(e);
        QVERIFY(added.ok());
        QVERIFY(added->id > 0);
        OutboxEntry expected = e;
        expected.id = added->id;
        QCOMPARE(m_db->outboxEntry(added->id).value(), expected);
        QCOMPARE(m_db->outboxEntries(QStringLiteral("contacts")).value(), QList<OutboxEntry>{expected});
    }

    void orderAndFilters()
    {
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i) {
            const QString profile = i % 2 ? QStringLiteral("leads") : QStringLiteral("contacts");
            ids << m_db->addOutboxEntry(sampleEntry(profile, OutboxEntry::Op::Create, i))->id;
        }
        QCOMPARE(m_db->outboxEntries()->size(), 6);
        const QList<OutboxEntry> contacts = m_db->outboxEntries(QStringLiteral("contacts")).value();
        QCOMPARE(contacts.size(), 3);
        QCOMPARE(contacts[0].id, ids[0]);
        QCOMPARE(contacts[1].id, ids[2]);
        QCOMPARE(contacts[2].id, ids[4]);

        // Done and failed entries are kept but no longer pending.
        OutboxEntry done = contacts[0];
        done.state = OutboxEntry::State::Done;
        done.crmId = QStringLiteral("4150999");
        OutboxEntry failed = contacts[1];
        failed.state = OutboxEntry::State::Failed;
        failed.attempts = 2;
        failed.lastError = QStringLiteral("Email: refused");
        failed.updatedAt = QDateTime(QDate(2026, 11, 23), QTime(1, 2, 3), Qt::UTC);
        failed.base = {{QStringLiteral("Email"), QStringLiteral("new@example.org")}};
        failed.baseVersion = QStringLiteral("2026-11-23T00:00:00+00:00");
        QVERIFY(m_db->updateOutboxEntry(done).ok());
        QVERIFY(m_db->updateOutboxEntry(failed).ok());
        const QList<OutboxEntry> pending = m_db->outboxEntries(QStringLiteral("contacts"), true).value();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending[0].id, ids[4]);
        QCOMPARE(m_db->outboxEntry(failed.id).value(), failed);
        QCOMPARE(m_db->outboxEntry(done.id)->crmId, QStringLiteral("4150999"));
        QCOMPARE(m_db->outboxEntries({}, true)->size(), 4);
    }

    void missingEntry()
    {
        OutboxEntry ghost = sampleEntry(QStringLiteral("contacts"), OutboxEntry::Op::Edit, 1);
        ghost.id = 999;
        QVERIFY(!m_db->updateOutboxEntry(ghost).ok());
        QVERIFY(!m_db->outboxEntry(999).ok());
    }

    void clientRefIsUnique()
    {
        QVERIFY(m_db->addOutboxEntry(sampleEntry(QStringLiteral("contacts"), OutboxEntry::Op::Create, 1)).ok());
        QVERIFY(!m_db->addOutboxEntry(sampleEntry(QStringLiteral("contacts"), OutboxEntry::Op::Create, 1)).ok());
        // Edits carry no ref; many of them are fine.
        QVERIFY(m_db->addOutboxEntry(sampleEntry(QStringLiteral("contacts"), OutboxEntry::Op::Edit, 1)).ok());
        QVERIFY(m_db->addOutboxEntry(sampleEntry(QStringLiteral("contacts"), OutboxEntry::Op::Edit, 1)).ok());
    }

    void stateNames_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("name");
        QTest::newRow("waiting") << int(OutboxEntry::State::Waiting) << "waiting";
        QTest::newRow("sending") << int(OutboxEntry::State::Sending) << "sending";
        QTest::newRow("deferred") << int(OutboxEntry::State::Deferred) << "deferred";
        QTest::newRow("done") << int(OutboxEntry::State::Done) << "done";
        QTest::newRow("failed") << int(OutboxEntry::State::Failed) << "failed";
    }
    void stateNames()
    {
        QFETCH(int, state);
        QFETCH(QString, name);
        OutboxEntry e = sampleEntry(QStringLiteral("p"), OutboxEntry::Op::Edit, 2);
        e.state = OutboxEntry::State(state);
        const qint64 id = m_db->addOutboxEntry(e)->id;
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT state FROM outbox WHERE id = %1").arg(id)).toString(), name);
        QCOMPARE(int(m_db->outboxEntry(id)->state), state);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StateDb> m_db;
};

QTEST_GUILESS_MAIN(TestStateDbOutbox)
#include "tst_statedboutbox.moc"
