// SPDX-License-Identifier: GPL-3.0-or-later
// PlanExecutor over two real folder stores (one standing in for the CRM side).
#include "connectors/folder/folderstore.h"
#include "formats/vcard/vcardcodec.h"
#include "state/statedb.h"
#include "sync/planexecutor.h"

#include <QDir>
#include <QFile>
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
};

QTEST_GUILESS_MAIN(TestPlanExecutor)
#include "tst_planexecutor.moc"
