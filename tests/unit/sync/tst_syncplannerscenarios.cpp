// SPDX-License-Identifier: GPL-3.0-or-later
// The planner beyond the truth table: first-sync matching, re-enabling, defaults,
// filters, the safety stop, unreadable items, version-only refreshes, determinism.

#include "sync/syncidentity.h"
#include "sync/syncplanner.h"

#include <QJsonDocument>
#include <QTest>

using namespace crmsync;
using Module = ModuleInfo::Module;
using Op = PairPlan::Op;

namespace {

SideItem item(const QString &id, const QJsonObject &fields, const QString &uid = {})
{
    SideItem i;
    i.id = id;
    i.version = id + QStringLiteral("-v2");
    i.decoded.fields = fields;
    i.decoded.uid = uid;
    return i;
}

QJsonObject contact(const QString &last, const QString &first, const QString &email = {})
{
    QJsonObject o{{QStringLiteral("Last_Name"), last}, {QStringLiteral("First_Name"), first}};
    if (!email.isEmpty())
        o.insert(QStringLiteral("Email"), email);
    return o;
}

QJsonObject eventItem(const QString &title, const QString &start)
{
    return {{QStringLiteral("Event_Title"), title}, {QStringLiteral("Start_DateTime"), start},
            {QStringLiteral("End_DateTime"), start.left(11) + QStringLiteral("23:00:00+00:00")}};
}

PlannerInput input(Module module)
{
    PlannerInput in;
    in.profile.module = module;
    in.profile.fieldMap = FieldMap::defaultFor(module);
    in.now = QDateTime(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC);
    return in;
}

void addCrm(PlannerInput &in, const SideItem &i) { in.crmChanged.insert(i.id, i); }
void addRemote(PlannerInput &in, const SideItem &i) { in.remoteChanged.insert(i.id, i); }

PairLink link(const QString &crmId, const QString &remoteId, const QJsonObject &base)
{
    return {1, crmId, crmId + QStringLiteral("-v1"), remoteId, remoteId + QStringLiteral("-v1"), {}, base};
}

//! One line per pair, enough to compare whole plans.
QStringList describe(const SyncPlan &plan)
{
    QStringList out;
    for (const PairPlan &p : plan.pairs) {
        out << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
                   .arg(p.link.crmId, p.link.remoteId)
                   .arg(int(p.crmOp))
                   .arg(int(p.remoteOp))
                   .arg(p.forget)
                   .arg(p.matchedBy, QString::fromUtf8(QJsonDocument(p.result).toJson(QJsonDocument::Compact)))
                   .arg(p.conflict ? p.conflict->fields.join(QLatin1Char(',')) : QStringLiteral("-"));
    }
    for (const ItemError &e : plan.errors)
        out << e.item + QLatin1Char(':') + e.error.userMessage;
    out << QStringLiteral("skipped=%1 stop=%2").arg(plan.skipped).arg(plan.safetyStop);
    return out;
}

} // namespace

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
    void privateItems_data();
    void privateItems();
    void eventsRange_data();
    void eventsRange();
    void categoriesFilter();
    void safetyStop_data();
    void safetyStop();
    void unreadableIsNeverDeleted();
    void versionOnlyRefresh();
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

void TestSyncPlannerScenarios::privateItems_data()
{
    QTest::addColumn<bool>("remoteSide");
    QTest::addColumn<bool>("includePrivate");
    QTest::addRow("remote private excluded") << true << false;
    QTest::addRow("remote private included") << true << true;
    QTest::addRow("crm private excluded") << false << false;
    QTest::addRow("crm private included") << false << true;
}

void TestSyncPlannerScenarios::privateItems()
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

void TestSyncPlannerScenarios::eventsRange_data()
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

void TestSyncPlannerScenarios::eventsRange()
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

void TestSyncPlannerScenarios::categoriesFilter()
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

void TestSyncPlannerScenarios::safetyStop_data()
{
    QTest::addColumn<int>("links");
    QTest::addColumn<int>("remoteGone");
    QTest::addColumn<int>("maxPercent");
    QTest::addColumn<bool>("confirm");
    QTest::addColumn<bool>("stops");
    QTest::addRow("all of 2 gone") << 2 << 2 << 100 << false << true;
    QTest::addRow("all of 2 gone, confirmed") << 2 << 2 << 100 << true << false;
    QTest::addRow("the only linked item gone") << 1 << 1 << 50 << false << false;
    QTest::addRow("1 of 2 gone (single delete)") << 2 << 1 << 10 << false << false;
    QTest::addRow("3 of 4 gone, 50% allowed") << 4 << 3 << 50 << false << true;
    QTest::addRow("3 of 4 gone, confirmed") << 4 << 3 << 50 << true << false;
    QTest::addRow("2 of 4 gone, 50% allowed") << 4 << 2 << 50 << false << false;
    QTest::addRow("3 of 10 gone, 20% allowed") << 10 << 3 << 20 << false << true;
}

void TestSyncPlannerScenarios::safetyStop()
{
    QFETCH(int, links);
    QFETCH(int, remoteGone);
    QFETCH(int, maxPercent);
    QFETCH(bool, confirm);
    QFETCH(bool, stops);
    PlannerInput in = input(Module::Contacts);
    in.profile.maxDeletePercent = maxPercent;
    in.confirmDeletes = confirm;
    for (int i = 0; i < links; ++i) {
        in.links << link(QStringLiteral("c%1").arg(i), QStringLiteral("r%1").arg(i), contact("P", QString::number(i)));
        if (i < remoteGone)
            in.remoteDeleted << QStringLiteral("r%1").arg(i);
    }
    const SyncPlan plan = SyncPlanner::plan(in);
    QCOMPARE(plan.safetyStop.isEmpty(), !stops);
    QCOMPARE(plan.crmCounts().deleted, remoteGone); // the plan still says what it would do
    if (stops)
        QVERIFY(plan.safetyStop.contains(QStringLiteral("--confirm-deletes")));
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
