// SPDX-License-Identifier: GPL-3.0-or-later
// Outbox: --set parsing, recording creates and edits (base taken from the link), states.
#include "queue/outbox.h"
#include "state/statedb.h"

#include <QTemporaryDir>
#include <QTest>

using namespace crmsync;

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = StateDb::open(m_dir->filePath(QStringLiteral("state.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void parseAssignments_data()
    {
        QTest::addColumn<QStringList>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QJsonObject>("expected");
        QTest::newRow("one") << QStringList{QStringLiteral("Last_Name=Müller")} << true
                             << QJsonObject{{QStringLiteral("Last_Name"), QStringLiteral("Müller")}};
        QTest::newRow("value with =") << QStringList{QStringLiteral("Description=a=b")} << true
                                      << QJsonObject{{QStringLiteral("Description"), QStringLiteral("a=b")}};
        QTest::newRow("empty clears") << QStringList{QStringLiteral("Phone=")} << true
                                      << QJsonObject{{QStringLiteral("Phone"), QJsonValue::Null}};
        QTest::newRow("later wins") << QStringList{QStringLiteral("Title=a"), QStringLiteral("Title=b")} << true
                                    << QJsonObject{{QStringLiteral("Title"), QStringLiteral("b")}};
        QTest::newRow("no equals") << QStringList{QStringLiteral("Title")} << false << QJsonObject{};
        QTest::newRow("no name") << QStringList{QStringLiteral("=x")} << false << QJsonObject{};
        QTest::newRow("nothing") << QStringList{} << false << QJsonObject{};
    }
    void parseAssignments()
    {
        QFETCH(QStringList, input);
        QFETCH(bool, ok);
        QFETCH(QJsonObject, expected);
        const Result<QJsonObject> r = Outbox::parseAssignments(input);
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(r.value(), expected);
        else
            QVERIFY(!r.error().userMessage.isEmpty());
    }

    void recordCreate()
    {
        Outbox outbox(m_db.get());
        const auto a = outbox.recordCreate(QStringLiteral("p"), {{QStringLiteral("Last_Name"), QStringLiteral("A")}});
        const auto b = outbox.recordCreate(QStringLiteral("p"), {{QStringLiteral("Last_Name"), QStringLiteral("B")}});
        QVERIFY(a.ok() && b.ok());
        QVERIFY(!a->clientRef.isEmpty());
        QVERIFY(a->clientRef != b->clientRef);
        QCOMPARE(a->state, OutboxEntry::State::Waiting);
        QVERIFY(a->createdAt.isValid());
        QCOMPARE(m_db->outboxEntries(QStringLiteral("p"), true)->size(), 2);
    }

    void recordEditTakesBaseFromLink_data()
    {
        QTest::addColumn<bool>("linked");
        QTest::newRow("linked record") << true;
        QTest::newRow("never synced") << false;
    }
    void recordEditTakesBaseFromLink()
    {
        QFETCH(bool, linked);
        if (linked) {
            Link link;
            link.crmId = QStringLiteral("4150001");
            link.crmVersion = QStringLiteral("2026-11-22T10:00:00+09:00");
            link.remoteId = QStringLiteral("crm-4150001.vcf");
            link.base = {{QStringLiteral("Title"), QStringLiteral("Old")}, {QStringLiteral("Email"), QStringLiteral("a@example.com")}};
            QVERIFY(m_db->insertLink(QStringLiteral("p"), link).ok());
        }
        Outbox outbox(m_db.get());
        const auto e = outbox.recordEdit(QStringLiteral("p"), QStringLiteral("4150001"),
                                         {{QStringLiteral("Title"), QStringLiteral("New")}, {QStringLiteral("Mobile"), QStringLiteral("1")}});
        QVERIFY(e.ok());
        QCOMPARE(e->op, OutboxEntry::Op::Edit);
        QCOMPARE(e->baseVersion, linked ? QStringLiteral("2026-11-22T10:00:00+09:00") : QString());
        // Only edited fields the link knows get a base value.
        const QJsonObject expectedBase = linked ? QJsonObject{{QStringLiteral("Title"), QStringLiteral("Old")}} : QJsonObject();
        QCOMPARE(e->base, expectedBase);
        QCOMPARE(m_db->outboxEntry(e->id).value(), e.value());
    }

    void setStateStampsAndSaves()
    {
        Outbox outbox(m_db.get());
        OutboxEntry e = outbox.recordCreate(QStringLiteral("p"), {{QStringLiteral("Last_Name"), QStringLiteral("A")}}).value();
        const QDateTime before = e.updatedAt;
        QVERIFY(outbox.setState(e, OutboxEntry::State::Failed, QStringLiteral("Email refused")).ok());
        QVERIFY(e.updatedAt >= before);
        const OutboxEntry stored = m_db->outboxEntry(e.id).value();
        QCOMPARE(stored.state, OutboxEntry::State::Failed);
        QCOMPARE(stored.lastError, QStringLiteral("Email refused"));
        QVERIFY(m_db->outboxEntries(QStringLiteral("p"), true)->isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StateDb> m_db;
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
