// SPDX-License-Identifier: GPL-3.0-or-later
// PlanExecutor over two real folder stores (one standing in for the CRM side).
#include "connectors/folder/folderstore.h"
#include "formats/vcard/vcardcodec.h"
#include "state/statedb.h"
#include "sync/planexecutor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace crmsync;

namespace {
const QByteArray kCard = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ken Ito\r\nN:Ito;Ken;;;\r\nTITLE:Staff\r\nEND:VCARD\r\n";
}

class TestPlanExecutor : public QObject
{
    Q_OBJECT

private:
    struct World
    {
        QTemporaryDir dir;
        std::unique_ptr<StateDb> db;
        std::unique_ptr<FolderStore> crm;
        std::unique_ptr<FolderStore> remote;
        VCardCodec codec;
        SyncProfile profile;

        bool init()
        {
            QDir(dir.path()).mkpath(QStringLiteral("crm"));
            QDir(dir.path()).mkpath(QStringLiteral("remote"));
            auto opened = StateDb::open(dir.filePath(QStringLiteral("state.sqlite")));
            if (!opened)
                return false;
            db = std::move(opened).value();
            const ModuleInfo contacts = ModuleInfo::of(ModuleInfo::Module::Contacts);
            crm = std::make_unique<FolderStore>(dir.filePath(QStringLiteral("crm")), contacts);
            remote = std::make_unique<FolderStore>(dir.filePath(QStringLiteral("remote")), contacts);
            profile.name = QStringLiteral("p");
            profile.fieldMap = FieldMap::defaultFor(ModuleInfo::Module::Contacts);
            return true;
        }
        PlanExecutor::Sides sides() { return {crm.get(), remote.get(), &codec, &codec}; }
    };

private slots:
    void vanishedRemoteItemIsReportedNotLooped()
    {
        World w;
        QVERIFY(w.init());
        PairPlan pair;
        pair.link = {0, QStringLiteral("a.vcf"), QStringLiteral("v1"), QStringLiteral("gone.vcf"), QStringLiteral("v1"), {}, {}};
        pair.result = {{QStringLiteral("Last_Name"), QStringLiteral("Ito")}, {QStringLiteral("Title"), QStringLiteral("Boss")}};
        pair.remoteOp = PairPlan::Op::Update;
        pair.label = QStringLiteral("Ken Ito");

        PlanExecutor executor(w.profile, w.sides(), w.db.get());
        QSignalSpy done(&executor, &PlanExecutor::finished);
        executor.execute({pair});
        QVERIFY(done.wait(5000));
        QCOMPARE(executor.errors().size(), 1);
        QCOMPARE(executor.errors().first().item, QStringLiteral("Ken Ito"));
        QCOMPARE(w.db->links(QStringLiteral("p"))->size(), 0);
    }

    void createThenUpdateCommitsLinksWithNewVersions()
    {
        World w;
        QVERIFY(w.init());
        PairPlan pair;
        pair.link.crmId = QStringLiteral("crm-1.vcf");
        pair.link.crmVersion = QStringLiteral("v1");
        pair.result = {{QStringLiteral("Last_Name"), QStringLiteral("Ito")}, {QStringLiteral("First_Name"), QStringLiteral("Ken")}};
        pair.remoteOp = PairPlan::Op::Create;
        pair.label = QStringLiteral("Ken Ito");

        PlanExecutor executor(w.profile, w.sides(), w.db.get());
        QSignalSpy done(&executor, &PlanExecutor::finished);
        executor.execute({pair});
        QVERIFY(done.wait(5000));
        QVERIFY(executor.errors().isEmpty());
        QCOMPARE(executor.remoteDone().created, 1);
        const auto links = w.db->links(QStringLiteral("p"));
        QCOMPARE(links->size(), 1);
        const Link link = links->first();
        QVERIFY(QFile::exists(QDir(w.dir.filePath(QStringLiteral("remote"))).filePath(link.remoteId)));
        QVERIFY(!link.remoteVersion.isEmpty());
        QCOMPARE(link.base.value(QStringLiteral("Last_Name")).toString(), QStringLiteral("Ito"));
        QVERIFY(w.db->intents(QStringLiteral("p"))->isEmpty());
    }

    void deletionIsJournaledWithItsPayloadFirst_data()
    {
        QTest::addColumn<bool>("crmSide");
        QTest::newRow("CRM record") << true;
        QTest::newRow("remote item") << false;
    }

    void deletionIsJournaledWithItsPayloadFirst()
    {
        QFETCH(bool, crmSide);
        World w;
        QVERIFY(w.init());
        const QString dir = w.dir.filePath(crmSide ? QStringLiteral("crm") : QStringLiteral("remote"));
        const QByteArray card = QByteArray(kCard).replace("END:VCARD", "X-KEEP:only in the payload\r\nEND:VCARD");
        QFile file(QDir(dir).filePath(QStringLiteral("ken.vcf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(card);
        file.close();
        Link stored;
        stored.crmId = crmSide ? QStringLiteral("ken.vcf") : QStringLiteral("c1.vcf");
        stored.remoteId = crmSide ? QStringLiteral("r1.vcf") : QStringLiteral("ken.vcf");
        stored.uid = QStringLiteral("uid-ken");
        stored.base = {{QStringLiteral("Last_Name"), QStringLiteral("Ito")}};
        const auto inserted = w.db->insertLink(w.profile.name, stored);
        QVERIFY(inserted.ok());

        PairPlan pair;
        pair.link = {inserted->rowId, stored.crmId, {}, stored.remoteId, {}, stored.uid, stored.base};
        (crmSide ? pair.crmOp : pair.remoteOp) = PairPlan::Op::Delete;
        pair.forget = true;
        pair.label = QStringLiteral("Ken Ito");
        const QDateTime clock(QDate(2026, 12, 8), QTime(9, 30), Qt::UTC);

        PlanExecutor executor(w.profile, w.sides(), w.db.get());
        executor.setClock([clock] { return clock; });
        QSignalSpy done(&executor, &PlanExecutor::finished);
        executor.execute({pair});
        QVERIFY(done.wait(5000));
        QVERIFY(executor.errors().isEmpty());
        QCOMPARE((crmSide ? executor.crmDone() : executor.remoteDone()).deleted, 1);
        QVERIFY(!QFile::exists(file.fileName()));
        QCOMPARE(w.db->links(w.profile.name)->size(), 0);

        const QList<JournalEntry> journal = w.db->journal(w.profile.name).value();
        QCOMPARE(journal.size(), 1);
        const JournalEntry &e = journal.first();
        QCOMPARE(e.kind, crmSide ? JournalEntry::Kind::DeletedOnCrm : JournalEntry::Kind::DeletedOnRemote);
        QCOMPARE(e.losingSide, crmSide ? Side::Crm : Side::Remote);
        QCOMPARE(e.losingRaw, card);
        QCOMPARE(e.losing.value(QStringLiteral("Title")).toString(), QStringLiteral("Staff"));
        QCOMPARE(e.crmId, stored.crmId);
        QCOMPARE(e.remoteId, stored.remoteId);
        QCOMPARE(e.uid, stored.uid);
        QCOMPARE(e.time, clock);
        QCOMPARE(w.db->deletionsSince(w.profile.name, crmSide ? Side::Crm : Side::Remote, clock.addDays(-1)).value(), 1);
    }

    void unreadableItemIsNotDeleted()
    {
        World w;
        QVERIFY(w.init());
        // Present but not readable as a file: no copy can be kept, so it must stay.
        QVERIFY(QDir(w.dir.filePath(QStringLiteral("remote"))).mkdir(QStringLiteral("held.vcf")));
        Link stored;
        stored.crmId = QStringLiteral("c1.vcf");
        stored.remoteId = QStringLiteral("held.vcf");
        const auto inserted = w.db->insertLink(w.profile.name, stored);
        QVERIFY(inserted.ok());
        PairPlan pair;
        pair.link = {inserted->rowId, stored.crmId, {}, stored.remoteId, {}, {}, {}};
        pair.remoteOp = PairPlan::Op::Delete;
        pair.forget = true;
        pair.label = QStringLiteral("Held");

        PlanExecutor executor(w.profile, w.sides(), w.db.get());
        QSignalSpy done(&executor, &PlanExecutor::finished);
        executor.execute({pair});
        QVERIFY(done.wait(5000));
        QCOMPARE(executor.errors().size(), 1);
        QCOMPARE(executor.errors().first().item, QStringLiteral("Held"));
        QVERIFY2(executor.errors().first().error.userMessage.contains(QStringLiteral("not deleted")),
                 qPrintable(executor.errors().first().error.userMessage));
        QCOMPARE(executor.remoteDone().deleted, 0);
        QVERIFY(QFileInfo(QDir(w.dir.filePath(QStringLiteral("remote"))).filePath(QStringLiteral("held.vcf"))).isDir());
        QCOMPARE(w.db->links(w.profile.name)->size(), 1); // tried again next run
        QCOMPARE(w.db->journal(w.profile.name)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPlanExecutor)
#include "tst_planexecutor.moc"
