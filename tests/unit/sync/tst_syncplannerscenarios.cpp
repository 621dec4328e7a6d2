// SPDX-License-Identifier: GPL-3.0-or-later
// The planner beyond the truth table: first-sync matching, re-enabling, defaults,
// unreadable items, version-only refreshes, newest-wins fallback, determinism.

#include "plannertestutil.h"
#include "sync/syncidentity.h"
#include "sync/syncplanner.h"

#include <QTest>

using namespace crmsync;
using namespace crmsync::test;
using Module = ModuleInfo::Module;
using Op = PairPlan::Op;

class TestSyncPlannerScenarios : public QObject
{
    Q_OBJECT

private slots:
    void firstSyncMatching_data();
    void firstSyncMatching();
    void reEnableCreatesNoDuplicates();
    void defaultsFillMandatoryFields();
    void missingDefaultIsPerItemError();
    void missingDefaultOnLinkedItemKeepsItForNextRun();
    void unreadableIsNeverDeleted();
    void versionOnlyRefresh();
    void newestWinsWithoutTimesFallsBack_data();
    void newestWinsWithoutTimesFallsBack();
    void deterministic();
};

void TestSyncPlannerScenarios::firstSyncMatching_data()
{
    QTest::addColumn<int>("module");
    QTest::addColumn<QList<QJsonObject>>("crm");
    QTest::addColumn<QList<QJsonObject>>("remote");
    QTest::addColumn<QString>("remoteUid");
    QTest::addColumn<QString>("matchedBy"); // empty: nothing may be matched

    const auto C = int(Module::Contacts);
    QTest::addRow("email, case and spaces differ") << C << QList{contact("Yamada", "Taro", "Taro@Example.com")}
        << QList{contact("山田", "太郎", " taro@example.com")} << QString() << QStringLiteral("email");
    QTest::addRow("name, full-width space and case") << C << QList{contact("Yamada", "Taro")}
        << QList{contact("YAMADA", "Ｔａｒｏ")} << QString() << QStringLiteral("name");
    QTest::addRow("ambiguous email on the CRM side") << C
        << QList{contact("Yamada", "Taro", "shared@example.com"), contact("Sato", "Jiro", "shared@example.com")}
        << QList{contact("Suzuki", "Saburo", "shared@example.com")} << QString() << QString();
    QTest::addRow("ambiguous name on the remote side") << C << QList{contact("Yamada", "Taro")}
        << QList{contact("Yamada", "Taro"), contact("Yamada", "Taro")} << QString() << QString();
    QTest::addRow("uid carries the CRM id") << C << QList{contact("Yamada", "Taro", "a@example.com")}
        << QList{contact("Other", "Name", "b@example.com")}
        << SyncIdentity::remoteUidFor(Module::Contacts, QStringLiteral("crm0")) << QStringLiteral("uid");
    QTest::addRow("uid of another module is ignored") << C << QList{contact("Yamada", "Taro", "a@example.com")}
        << QList{contact("Other", "Name", "b@example.com")}
        << SyncIdentity::remoteUidFor(Module::Leads, QStringLiteral("crm0")) << QString();
    QTest::addRow("events title+start") << int(Module::Events)
        << QList{eventItem("Quarterly review", "2026-03-20T01:00:00+00:00")}
        << QList{eventItem("quarterly  Review", "2026-03-20T01:00:00+00:00")} << QString() << QStringLiteral("title+start");
    QTest::addRow("events same title, other start") << int(Module::Events)
        << QList{eventItem("Quarterly review", "2026-03-20T01:00:00+00:00")}
        << QList{eventItem("Quarterly review", "2026-03-21T01:00:00+00:00")} << QString() << QString();
    const QJsonObject task{{QStringLiteral("Subject"), QStringLiteral("Send quote")},
                           {QStringLiteral("Due_Date"), QStringLiteral("2026-03-20")}};
    QJsonObject taskOtherDue = task;
    taskOtherDue.insert(QStringLiteral("Due_Date"), QStringLiteral("2026-03-27"));
    QTest::addRow("tasks subject+due") << int(Module::Tasks) << QList{task} << QList{task} << QString()
                                       << QStringLiteral("subject+due");
    QTest::addRow("tasks same subject, other due") << int(Module::Tasks) << QList{task} << QList{taskOtherDue}
                                                   << QString() << QString();
}

void TestSyncPlannerScenarios::firstSyncMatching()
{
    QFETCH(int, module);
    QFETCH(QList<QJsonObject>, crm);
    QFETCH(QList<QJsonObject>, remote);
    QFETCH(QString, remoteUid);
    QFETCH(QString, matchedBy);

    PlannerInput in = input(Module(module));
    for (int i = 0; i < crm.size(); ++i)
        addCrm(in, item(QStringLiteral("crm%1").arg(i), crm[i]));
    for (int i = 0; i < remote.size(); ++i)
        addRemote(in, item(QStringLiteral("rem%1").arg(i), remote[i], i == 0 ? remoteUid : QString()));

    const SyncPlan plan = SyncPlanner::plan(in);
    QVERIFY(plan.errors.isEmpty());
    if (matchedBy.isEmpty()) {
        // Nothing matched: every item is created on the other side, none is merged.
        QCOMPARE(plan.pairs.size(), crm.size() + remote.size());
        for (const PairPlan &p : plan.pairs)
            QVERIFY(p.matchedBy.isEmpty());
        QCOMPARE(plan.remoteCounts().created, int(crm.size()));
        QCOMPARE(plan.crmCounts().created, int(remote.size()));
    } else {
        QCOMPARE(plan.pairs.size(), 1);
        const PairPlan &p = plan.pairs.first();
        QCOMPARE(p.matchedBy, matchedBy);
        QCOMPARE(p.link.crmId, QStringLiteral("crm0"));
        QCOMPARE(p.link.remoteId, QStringLiteral("rem0"));
        QCOMPARE(p.link.rowId, qint64(0));
        QVERIFY(p.crmOp != Op::Create && p.remoteOp != Op::Create);
    }
}

void TestSyncPlannerScenarios::reEnableCreatesNoDuplicates()
{
    // The state was reset (or the profile re-enabled): both sides hold the same three items.
    PlannerInput in = input(Module::Contacts);
    const QList<QJsonObject> people{contact("Yamada", "Taro", "taro@example.com"), contact("Sato", "Hanako"),
                                    contact("Suzuki", "Ichiro", "ichiro@example.com")};
    for (int i = 0; i < people.size(); ++i) {
        addCrm(in, item(QStringLiteral("c%1").arg(i), people[i]));
        addRemote(in, item(QStringLiteral("r%1").arg(2 - i), people[i]));
    }
    const SyncPlan plan = SyncPlanner::plan(in);
    QCOMPARE(plan.pairs.size(), 3);
    for (const PairPlan &p : plan.pairs) {
        QVERIFY2(!p.writes(), qPrintable(p.label));
        QVERIFY(!p.matchedBy.isEmpty());
        QVERIFY(!p.conflict);
        QCOMPARE(p.link.remoteId.mid(1).toInt(), 2 - p.link.crmId.mid(1).toInt());
    }
}

void TestSyncPlannerScenarios::defaultsFillMandatoryFields()
{
    PlannerInput in = input(Module::Contacts);
    in.profile.defaults.insert(QStringLiteral("Last_Name"), QStringLiteral("(no name)"));
    addRemote(in, item(QStringLiteral("r1"), {{QStringLiteral("First_Name"), QStringLiteral("Taro")}}));
    const SyncPlan plan = SyncPlanner::plan(in);
    QVERIFY(plan.errors.isEmpty());
    QCOMPARE(plan.pairs.size(), 1);
    QCOMPARE(plan.pairs[0].crmOp, Op::Create);
    QCOMPARE(plan.pairs[0].result.value(QStringLiteral("Last_Name")).toString(), QStringLiteral("(no name)"));
    QCOMPARE(plan.pairs[0].result.value(QStringLiteral("First_Name")).toString(), QStringLiteral("Taro"));
}

void TestSyncPlannerScenarios::missingDefaultIsPerItemError()
{
    PlannerInput in = input(Module::Contacts);
    addRemote(in, item(QStringLiteral("r1"), {{QStringLiteral("Email"), QStringLiteral("nameless@example.com")}}));
    addRemote(in, item(QStringLiteral("r2"), contact("Sato", "Hanako")));
    const SyncPlan plan = SyncPlanner::plan(in);
    QCOMPARE(plan.errors.size(), 1);
    QCOMPARE(plan.errors[0].error.category, Error::Category::Data);
    QVERIFY(plan.errors[0].error.userMessage.contains(QStringLiteral("Last_Name")));
    QVERIFY(plan.errors[0].error.userMessage.contains(QStringLiteral("nameless@example.com")));
    QCOMPARE(plan.pairs.size(), 1); // the other item is still created
    QCOMPARE(plan.pairs[0].link.remoteId, QStringLiteral("r2"));
    QCOMPARE(plan.pairs[0].crmOp, Op::Create);
}

void TestSyncPlannerScenarios::missingDefaultOnLinkedItemKeepsItForNextRun()
{
    // The remote cleared the family name of a linked contact. With no default the CRM
    // cannot take the change: the item is reported and left out of the plan entirely, so
    // its versions are not refreshed and the next run (after a default is set) retries it.
    const QJsonObject base = contact("Yamada", "Taro", "taro@example.com");
    QJsonObject cleared = base;
    cleared.remove(QStringLiteral("Last_Name"));
    for (bool crmDeleted : {false, true}) {
        PlannerInput in = input(Module::Contacts);
        in.links << link(QStringLiteral("c1"), QStringLiteral("r1"), base);
        addRemote(in, item(QStringLiteral("r1"), cleared));
        if (crmDeleted)
            in.crmDeleted << QStringLiteral("c1");
        const SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(plan.errors.size(), 1);
        QVERIFY(plan.pairs.isEmpty());
    }
}

void TestSyncPlannerScenarios::unreadableIsNeverDeleted()
{
    // r1 failed to decode (and, defensively, is also listed as gone); r2 only failed to decode.
    PlannerInput in = input(Module::Contacts);
    in.links << link(QStringLiteral("c1"), QStringLiteral("r1"), contact("Yamada", "Taro"))
             << link(QStringLiteral("c2"), QStringLiteral("r2"), contact("Sato", "Hanako"));
    in.remoteUnreadable << QStringLiteral("r1") << QStringLiteral("r2");
    in.remoteDeleted << QStringLiteral("r1");
    in.crmUnreadable << QStringLiteral("c2");
    in.crmDeleted << QStringLiteral("c2");
    const SyncPlan plan = SyncPlanner::plan(in);
    QVERIFY2(plan.pairs.isEmpty(), qPrintable(describe(plan).join(QLatin1Char('\n'))));
    QVERIFY(plan.safetyStop.isEmpty());
}

void TestSyncPlannerScenarios::versionOnlyRefresh()
{
    // Both sides report a new version, but the mapped values are those of the base (a server
    // rewrote the item, or an unmapped field changed): nothing is written, versions move on.
    const QJsonObject base = contact("Yamada", "Taro", "taro@example.com");
    PlannerInput in = input(Module::Contacts);
    in.profile.conflict = SyncProfile::Conflict::Merge;
    in.links << link(QStringLiteral("c1"), QStringLiteral("r1"), base);
    addCrm(in, item(QStringLiteral("c1"), base));
    QJsonObject sameMeaning = base;
    sameMeaning.insert(QStringLiteral("Phone"), QString()); // an empty value is no value
    addRemote(in, item(QStringLiteral("r1"), sameMeaning));
    const SyncPlan plan = SyncPlanner::plan(in);
    QCOMPARE(plan.pairs.size(), 1);
    const PairPlan &p = plan.pairs[0];
    QVERIFY(!p.writes());
    QVERIFY(!p.forget);
    QVERIFY(!p.conflict);
    QCOMPARE(p.link.crmVersion, QStringLiteral("c1-v2"));
    QCOMPARE(p.link.remoteVersion, QStringLiteral("r1-v2"));
    QCOMPARE(p.result, base);
}

void TestSyncPlannerScenarios::newestWinsWithoutTimesFallsBack_data()
{
    QTest::addColumn<bool>("sameTime"); // else: no times at all
    QTest::addColumn<int>("fallback");
    QTest::addColumn<QString>("phone");
    const auto crmWins = int(SyncProfile::Conflict::CrmWins);
    const auto remoteWins = int(SyncProfile::Conflict::RemoteWins);
    QTest::addRow("equal times, fallback crm") << true << crmWins << QStringLiteral("9999");
    QTest::addRow("equal times, fallback remote") << true << remoteWins << QStringLiteral("7777");
    QTest::addRow("no times, fallback crm") << false << crmWins << QStringLiteral("9999");
    QTest::addRow("no times, fallback remote") << false << remoteWins << QStringLiteral("7777");
}

void TestSyncPlannerScenarios::newestWinsWithoutTimesFallsBack()
{
    QFETCH(bool, sameTime);
    QFETCH(int, fallback);
    QFETCH(QString, phone);
    const QJsonObject base = contact("Yamada", "Taro");
    PlannerInput in = input(Module::Contacts);
    in.profile.conflict = SyncProfile::Conflict::NewestWins;
    in.profile.mergeFallback = SyncProfile::Conflict(fallback);
    in.links << link(QStringLiteral("c1"), QStringLiteral("r1"), base);
    QJsonObject c = base, r = base;
    c.insert(QStringLiteral("Phone"), QStringLiteral("9999"));
    r.insert(QStringLiteral("Phone"), QStringLiteral("7777"));
    SideItem ci = item(QStringLiteral("c1"), c), ri = item(QStringLiteral("r1"), r);
    if (sameTime)
        ci.modified = ri.modified = in.now;
    addCrm(in, ci);
    addRemote(in, ri);
    const SyncPlan plan = SyncPlanner::plan(in);
    QCOMPARE(plan.pairs.size(), 1);
    QCOMPARE(plan.pairs[0].result.value(QStringLiteral("Phone")).toString(), phone);
    QVERIFY(plan.pairs[0].conflict);
    QCOMPARE(plan.pairs[0].conflict->fields, QStringList{QStringLiteral("Phone")});
}

void TestSyncPlannerScenarios::deterministic()
{
    const auto build = [](bool reversed) {
        PlannerInput in = input(Module::Contacts);
        in.profile.conflict = SyncProfile::Conflict::Merge;
        QList<SideItem> crm, remote;
        for (int i = 0; i < 12; ++i) {
            crm << item(QStringLiteral("c%1").arg(i), contact("Name", QString::number(i)));
            remote << item(QStringLiteral("r%1").arg(i), contact("Name", QString::number(i % 6)));
        }
        crm << item(QStringLiteral("cx"), {{QStringLiteral("First_Name"), QStringLiteral("NoLast")}});
        remote << item(QStringLiteral("rx"), {{QStringLiteral("First_Name"), QStringLiteral("NoLast")}});
        if (reversed) {
            std::reverse(crm.begin(), crm.end());
            std::reverse(remote.begin(), remote.end());
        }
        for (const SideItem &i : crm)
            addCrm(in, i);
        for (const SideItem &i : remote)
            addRemote(in, i);
        return in;
    };
    const QStringList first = describe(SyncPlanner::plan(build(false)));
    QCOMPARE(describe(SyncPlanner::plan(build(false))), first);
    QCOMPARE(describe(SyncPlanner::plan(build(true))), first);
    QVERIFY(first.size() > 12);
}

QTEST_GUILESS_MAIN(TestSyncPlannerScenarios)
#include "tst_syncplannerscenarios.moc"
