// SPDX-License-Identifier: GPL-3.0-or-later
// A ranged first listing (docs/dav.md "Range queries") reports only in-range members:
// linked items outside the range are simply not listed. The planner must read that as
// "unchanged", never as deleted, and a linked item keeps syncing when it leaves the range.
#include "../sync/plannertestutil.h"
#include "sync/syncplanner.h"

#include <QTest>

using namespace crmsync;
using namespace crmsync::test;
using Module = ModuleInfo::Module;

class TestSyncPlannerRange : public QObject
{
    Q_OBJECT

private slots:
    void outOfRangeLinkedIsNotDeleted_data();
    void outOfRangeLinkedIsNotDeleted();
    void outOfRangeLinkedStillSyncs();
};

void TestSyncPlannerRange::outOfRangeLinkedIsNotDeleted_data()
{
    QTest::addColumn<int>("range");
    using R = SyncProfile::EventsRange;
    QTest::addRow("today") << int(R::Today);
    QTest::addRow("past-month") << int(R::PastMonth);
}

void TestSyncPlannerRange::outOfRangeLinkedIsNotDeleted()
{
    QFETCH(int, range);
    PlannerInput in = input(Module::Events);
    in.profile.eventsRange = SyncProfile::EventsRange(range);
    // Linked a year ago; the ranged listing did not return it and nothing changed in the CRM.
    const QJsonObject old = eventItem(QStringLiteral("Old visit"), QStringLiteral("2025-03-10T10:00:00+00:00"));
    in.links << link(QStringLiteral("c1"), QStringLiteral("/cal/old.ics"), old);
    // One in-range item is new on the remote side, so the plan is not trivially empty.
    addRemote(in, item(QStringLiteral("/cal/new.ics"),
                       eventItem(QStringLiteral("Next visit"), QStringLiteral("2026-03-20T10:00:00+00:00"))));
    const SyncPlan plan = SyncPlanner::plan(in);
    QVERIFY2(plan.safetyStop.isEmpty(), qPrintable(plan.safetyStop));
    QCOMPARE(plan.crmCounts().deleted, 0);
    QCOMPARE(plan.remoteCounts().deleted, 0);
    QCOMPARE(plan.crmCounts().created, 1);
    for (const PairPlan &p : plan.pairs) {
        QVERIFY(p.link.remoteId != QLatin1String("/cal/old.ics") || (p.crmOp == PairPlan::Op::None
                                                                     && p.remoteOp == PairPlan::Op::None && !p.forget));
    }
}

void TestSyncPlannerRange::outOfRangeLinkedStillSyncs()
{
    // The filter decides only for items not linked yet (syncfilter.h): an edit in the CRM
    // to a linked event from last year still reaches the calendar.
    PlannerInput in = input(Module::Events);
    in.profile.eventsRange = SyncProfile::EventsRange::Today;
    const QJsonObject old = eventItem(QStringLiteral("Old visit"), QStringLiteral("2025-03-10T10:00:00+00:00"));
    in.links << link(QStringLiteral("c1"), QStringLiteral("/cal/old.ics"), old);
    QJsonObject edited = old;
    edited.insert(QStringLiteral("Event_Title"), QStringLiteral("Old visit (notes)"));
    addCrm(in, item(QStringLiteral("c1"), edited));
    const SyncPlan plan = SyncPlanner::plan(in);
    QCOMPARE(plan.skipped, 0);
    QCOMPARE(plan.remoteCounts().updated, 1);
    QCOMPARE(plan.remoteCounts().deleted, 0);
}

QTEST_GUILESS_MAIN(TestSyncPlannerRange)
#include "tst_syncplannerrange.moc"
