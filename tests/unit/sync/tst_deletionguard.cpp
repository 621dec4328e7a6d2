// SPDX-License-Identifier: GPL-3.0-or-later
// The cumulative deletion guard: this run's planned deletions plus those journaled in the
// last 24 hours, against max_delete_percent of what the profile had linked.

#include "plannertestutil.h"
#include "sync/syncplanner.h"

#include <QTest>

using namespace crmsync;
using namespace crmsync::test;
using Module = ModuleInfo::Module;

class TestDeletionGuard : public QObject
{
    Q_OBJECT

private slots:
    void cumulative_data()
    {
        QTest::addColumn<bool>("crmSide");   // where this run's items went missing
        QTest::addColumn<int>("links");      // linked now
        QTest::addColumn<int>("gone");       // gone this run
        QTest::addColumn<int>("recentCrm");  // deleted from the CRM in the window
        QTest::addColumn<int>("recentRemote");
        QTest::addColumn<int>("maxPercent");
        QTest::addColumn<bool>("confirm");
        QTest::addColumn<bool>("stops");
        // 10 items a day ago; 4 deleted since, 2 more now: 6 of 10 is more than half.
        QTest::newRow("over: remote side") << true << 6 << 2 << 0 << 4 << 50 << false << true;
        QTest::newRow("over, confirmed") << true << 6 << 2 << 0 << 4 << 50 << true << false;
        // 4 + 1 = 5 of 10: exactly half is allowed, like the per-run limit.
        QTest::newRow("at the limit") << true << 6 << 1 << 0 << 4 << 50 << false << false;
        QTest::newRow("under") << true << 8 << 2 << 0 << 2 << 50 << false << false;
        // The earlier deletions were on the other side: they do not add to this side's.
        QTest::newRow("recent on the other side only") << true << 6 << 2 << 4 << 0 << 50 << false << false;
        QTest::newRow("over: crm side") << false << 6 << 2 << 4 << 0 << 50 << false << true;
        QTest::newRow("one more delete over a low limit") << false << 9 << 1 << 1 << 0 << 10 << false << true;
        QTest::newRow("nothing to delete now") << false << 6 << 0 << 9 << 9 << 10 << false << false;
    }

    void cumulative()
    {
        QFETCH(bool, crmSide);
        QFETCH(int, links);
        QFETCH(int, gone);
        QFETCH(int, recentCrm);
        QFETCH(int, recentRemote);
        QFETCH(int, maxPercent);
        QFETCH(bool, confirm);
        QFETCH(bool, stops);
        PlannerInput in = input(Module::Contacts);
        in.profile.maxDeletePercent = maxPercent;
        in.confirmDeletes = confirm;
        in.recentCrmDeletes = recentCrm;
        in.recentRemoteDeletes = recentRemote;
        for (int i = 0; i < links; ++i) {
            in.links << link(QStringLiteral("c%1").arg(i), QStringLiteral("r%1").arg(i), contact("P", QString::number(i)));
            if (i < gone)
                (crmSide ? in.crmDeleted : in.remoteDeleted) << (crmSide ? QStringLiteral("c%1") : QStringLiteral("r%1")).arg(i);
        }
        const SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(plan.safetyStop.isEmpty(), !stops);
        // The per-run limit alone would not stop any of these runs.
        PlannerInput alone = in;
        alone.recentCrmDeletes = alone.recentRemoteDeletes = 0;
        QVERIFY(SyncPlanner::plan(alone).safetyStop.isEmpty());
        if (!stops)
            return;
        // The message names the count, the window and the limit.
        const int recent = crmSide ? recentRemote : recentCrm;
        QVERIFY2(plan.safetyStop.contains(QStringLiteral("%1 deletions").arg(recent + gone)), qPrintable(plan.safetyStop));
        QVERIFY2(plan.safetyStop.contains(QStringLiteral("24 hours")), qPrintable(plan.safetyStop));
        QVERIFY2(plan.safetyStop.contains(QStringLiteral("%1%").arg(maxPercent)), qPrintable(plan.safetyStop));
        QVERIFY2(plan.safetyStop.contains(QStringLiteral("%1 synced items").arg(links + recent)), qPrintable(plan.safetyStop));
        QVERIFY(plan.safetyStop.contains(QStringLiteral("--confirm-deletes")));
        QVERIFY(plan.safetyStop.contains(crmSide ? QStringLiteral("the other side") : QStringLiteral("the CRM")));
    }
};

QTEST_GUILESS_MAIN(TestDeletionGuard)
#include "tst_deletionguard.moc"
