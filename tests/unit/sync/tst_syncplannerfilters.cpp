// SPDX-License-Identifier: GPL-3.0-or-later
// The planner's filters (private items, events range, categories) and its safety stop.

#include "plannertestutil.h"
#include "sync/syncplanner.h"

#include <QTest>

using namespace crmsync;
using namespace crmsync::test;
using Module = ModuleInfo::Module;
using Op = PairPlan::Op;

class TestSyncPlannerFilters : public QObject
{
    Q_OBJECT

private slots:
    void privateItems_data();
    void privateItems();
    void eventsRange_data();
    void eventsRange();
    void tasksRange_data();
    void tasksRange();
    void categoriesFilter();
    void safetyStop_data();
    void safetyStop();
};

void TestSyncPlannerFilters::privateItems_data()
{
    QTest::addColumn<bool>("remoteSide");
    QTest::addColumn<bool>("includePrivate");
    QTest::addRow("remote private excluded") << true << false;
    QTest::addRow("remote private included") << true << true;
    QTest::addRow("crm private excluded") << false << false;
    QTest::addRow("crm private included") << false << true;
}

void TestSyncPlannerFilters::privateItems()
{
    QFETCH(bool, remoteSide);
    QFETCH(bool, includePrivate);
    PlannerInput in = input(Module::Contacts);
    in.profile.includePrivate = includePrivate;
    SideItem secret = item(QStringLiteral("x1"), contact("Himitsu", "Hanako"));
    secret.decoded.isPrivate = true;
    remoteSide ? addRemote(in, secret) : addCrm(in, secret);
    const SyncPlan plan = SyncPlanner::plan(in);
    QCOMPARE(plan.pairs.size(), includePrivate ? 1 : 0);
    QCOMPARE(plan.skipped, includePrivate ? 0 : 1);
    if (includePrivate)
        QCOMPARE(remoteSide ? plan.pairs[0].crmOp : plan.pairs[0].remoteOp, Op::Create);
}

void TestSyncPlannerFilters::eventsRange_data()
{
    using R = SyncProfile::EventsRange;
    QTest::addColumn<int>("range");
    QTest::addColumn<QString>("start");
    QTest::addColumn<bool>("recurring");
    QTest::addColumn<bool>("included");
    // now = 2026-03-15 12:00 UTC; times sit well inside a day so the local zone does not matter.
    QTest::addRow("all: a year ago") << int(R::All) << "2025-03-15T12:00:00+00:00" << false << true;
    QTest::addRow("today: tomorrow") << int(R::Today) << "2026-03-16T12:00:00+00:00" << false << true;
    QTest::addRow("today: two days ago") << int(R::Today) << "2026-03-13T12:00:00+00:00" << false << false;
    QTest::addRow("today: old recurring series") << int(R::Today) << "2025-01-06T12:00:00+00:00" << true << true;
    QTest::addRow("past-month: three weeks ago") << int(R::PastMonth) << "2026-02-22T12:00:00+00:00" << false << true;
    QTest::addRow("past-month: six weeks ago") << int(R::PastMonth) << "2026-02-01T12:00:00+00:00" << false << false;
}

void TestSyncPlannerFilters::eventsRange()
{
    QFETCH(int, range);
    QFETCH(QString, start);
    QFETCH(bool, recurring);
    QFETCH(bool, included);
    for (bool remoteSide : {false, true}) {
        PlannerInput in = input(Module::Events);
        in.profile.eventsRange = SyncProfile::EventsRange(range);
        QJsonObject e = eventItem(QStringLiteral("Visit"), start);
        if (recurring)
            e.insert(QStringLiteral("Recurring_Activity"), QStringLiteral("RRULE:FREQ=WEEKLY"));
        remoteSide ? addRemote(in, item(QStringLiteral("e1"), e)) : addCrm(in, item(QStringLiteral("e1"), e));
        const SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(plan.pairs.size(), included ? 1 : 0);
        QCOMPARE(plan.skipped, included ? 0 : 1);
    }
}

void TestSyncPlannerFilters::tasksRange_data()
{
    using R = SyncProfile::EventsRange;
    QTest::addColumn<int>("range");
    QTest::addColumn<QString>("due");
    QTest::addColumn<bool>("included");
    // now = 2026-03-15 12:00 UTC, as for events.
    QTest::addRow("all: due last year") << int(R::All) << "2025-03-15" << true;
    QTest::addRow("today: due today") << int(R::Today) << "2026-03-15" << true;
    QTest::addRow("today: due yesterday") << int(R::Today) << "2026-03-14" << false;
    QTest::addRow("today: no due date") << int(R::Today) << "" << true;
    QTest::addRow("past-month: due three weeks ago") << int(R::PastMonth) << "2026-02-22" << true;
    QTest::addRow("past-month: due six weeks ago") << int(R::PastMonth) << "2026-02-01" << false;
}

void TestSyncPlannerFilters::tasksRange()
{
    QFETCH(int, range);
    QFETCH(QString, due);
    QFETCH(bool, included);
    for (bool remoteSide : {false, true}) {
        PlannerInput in = input(Module::Tasks);
        in.profile.eventsRange = SyncProfile::EventsRange(range);
        QJsonObject t{{QStringLiteral("Subject"), QStringLiteral("Send quote")}};
        if (!due.isEmpty())
            t.insert(QStringLiteral("Due_Date"), due);
        remoteSide ? addRemote(in, item(QStringLiteral("t1"), t)) : addCrm(in, item(QStringLiteral("t1"), t));
        const SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(plan.pairs.size(), included ? 1 : 0);
        QCOMPARE(plan.skipped, included ? 0 : 1);
    }
}

void TestSyncPlannerFilters::categoriesFilter()
{
    PlannerInput in = input(Module::Contacts);
    in.profile.categories = {QStringLiteral("Customers")};
    SideItem in1 = item(QStringLiteral("r1"), contact("Yamada", "Taro"));
    in1.decoded.categories = {QStringLiteral("customers"), QStringLiteral("Tokyo")};
    SideItem out1 = item(QStringLiteral("r2"), contact("Sato", "Hanako"));
    out1.decoded.categories = {QStringLiteral("Family")};
    const SideItem out2 = item(QStringLiteral("r3"), contact("Suzuki", "Jiro"));
    addRemote(in, in1);
    addRemote(in, out1);
    addRemote(in, out2);
    // A linked item outside the categories keeps syncing: narrowing a filter deletes nothing.
    const QJsonObject base = contact("Kato", "Shiro");
    in.links << link(QStringLiteral("c9"), QStringLiteral("r9"), base);
    QJsonObject edited = base;
    edited.insert(QStringLiteral("Email"), QStringLiteral("shiro@example.com"));
    addRemote(in, item(QStringLiteral("r9"), edited));

    const SyncPlan plan = SyncPlanner::plan(in);
    QCOMPARE(plan.skipped, 2);
    QCOMPARE(plan.pairs.size(), 2);
    QCOMPARE(plan.pairs[0].link.crmId, QStringLiteral(""));
    QCOMPARE(plan.pairs[0].link.remoteId, QStringLiteral("r1"));
    QCOMPARE(plan.pairs[1].link.crmId, QStringLiteral("c9"));
    QCOMPARE(plan.pairs[1].crmOp, Op::Update);
}

void TestSyncPlannerFilters::safetyStop_data()
{
    using D = SyncProfile::Direction;
    QTest::addColumn<bool>("crmSide"); // where the items went missing
    QTest::addColumn<int>("direction");
    QTest::addColumn<int>("links");
    QTest::addColumn<int>("gone");
    QTest::addColumn<int>("maxPercent");
    QTest::addColumn<bool>("confirm");
    QTest::addColumn<int>("deletes"); // planned on the other side
    QTest::addColumn<bool>("stops");
    const int two = int(D::TwoWay);
    QTest::newRow("remote: all of 2 gone") << false << two << 2 << 2 << 100 << false << 2 << true;
    QTest::newRow("remote: all of 2 gone, confirmed") << false << two << 2 << 2 << 100 << true << 2 << false;
    QTest::newRow("remote: the only linked item gone") << false << two << 1 << 1 << 50 << false << 1 << false;
    QTest::newRow("remote: 1 of 2 gone (single delete)") << false << two << 2 << 1 << 10 << false << 1 << false;
    QTest::newRow("remote: 3 of 4 gone, 50% allowed") << false << two << 4 << 3 << 50 << false << 3 << true;
    QTest::newRow("remote: 3 of 4 gone, confirmed") << false << two << 4 << 3 << 50 << true << 3 << false;
    QTest::newRow("remote: 2 of 4 gone, 50% allowed") << false << two << 4 << 2 << 50 << false << 2 << false;
    QTest::newRow("remote: 3 of 10 gone, 20% allowed") << false << two << 10 << 3 << 20 << false << 3 << true;
    QTest::newRow("crm: all of 3 gone") << true << two << 3 << 3 << 100 << false << 3 << true;
    QTest::newRow("crm: 3 of 4 gone, 50% allowed") << true << two << 4 << 3 << 50 << false << 3 << true;
    QTest::newRow("crm: 1 of 4 gone") << true << two << 4 << 1 << 10 << false << 1 << false;
    // One-way remote-to-crm recreates what the CRM lost, but a CRM that looks empty is
    // suspicious enough to stop anyway.
    QTest::newRow("crm: all of 2 gone, remote-to-crm") << true << int(D::RemoteToCrm) << 2 << 2 << 100 << false << 0
                                                        << true;
}

void TestSyncPlannerFilters::safetyStop()
{
    QFETCH(bool, crmSide);
    QFETCH(int, direction);
    QFETCH(int, links);
    QFETCH(int, gone);
    QFETCH(int, maxPercent);
    QFETCH(bool, confirm);
    QFETCH(int, deletes);
    QFETCH(bool, stops);
    PlannerInput in = input(Module::Contacts);
    in.profile.direction = SyncProfile::Direction(direction);
    in.profile.maxDeletePercent = maxPercent;
    in.confirmDeletes = confirm;
    for (int i = 0; i < links; ++i) {
        in.links << link(QStringLiteral("c%1").arg(i), QStringLiteral("r%1").arg(i), contact("P", QString::number(i)));
        if (i < gone)
            (crmSide ? in.crmDeleted : in.remoteDeleted) << (crmSide ? QStringLiteral("c%1") : QStringLiteral("r%1")).arg(i);
    }
    const SyncPlan plan = SyncPlanner::plan(in);
    QCOMPARE(plan.safetyStop.isEmpty(), !stops);
    // The plan still says what it would do, for the preview.
    QCOMPARE(crmSide ? plan.remoteCounts().deleted : plan.crmCounts().deleted, deletes);
    if (stops)
        QVERIFY(plan.safetyStop.contains(QStringLiteral("--confirm-deletes")));
}

QTEST_GUILESS_MAIN(TestSyncPlannerFilters)
#include "tst_syncplannerfilters.moc"
