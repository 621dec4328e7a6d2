// SPDX-License-Identifier: GPL-3.0-or-later
// The planner's exhaustive truth table: every combination of each side's state, the
// direction and the conflict policy, checked against PlannerOracle (docs/sync-model.md).

#include "planneroracle.h"
#include "sync/syncplanner.h"
#include "truthcase.h"

#include <QJsonDocument>
#include <QTest>

using namespace crmsync;
using namespace crmsync::test;

namespace {

const char *opName(PairPlan::Op op)
{
    switch (op) {
    case PairPlan::Op::None: return "none";
    case PairPlan::Op::Create: return "create";
    case PairPlan::Op::Update: return "update";
    case PairPlan::Op::Delete: return "delete";
    }
    return "?";
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSyncPlanner : public QObject
{
    Q_OBJECT

private slots:
    void truthTable_data();
    void truthTable();
};

void TestSyncPlanner::truthTable_data()
{
    using Side = TruthCase::Side;
    using Variant = TruthCase::Variant;
    using Policy = TruthCase::Policy;
    using Direction = SyncProfile::Direction;

    QTest::addColumn<TruthCase>("row");

    // (crm state, remote state, variant): the linked states, both-changed split three ways,
    // and the unlinked ones, new-on-both split by how the two items relate.
    const QList<std::tuple<Side, Side, Variant>> states = {
        {Side::Unchanged, Side::Unchanged, Variant::Plain},
        {Side::Unchanged, Side::Changed, Variant::Plain},
        {Side::Unchanged, Side::Deleted, Variant::Plain},
        {Side::Changed, Side::Unchanged, Variant::Plain},
        {Side::Changed, Side::Changed, Variant::SameValue},
        {Side::Changed, Side::Changed, Variant::DifferentFields},
        {Side::Changed, Side::Changed, Variant::SameFieldDifferently},
        {Side::Changed, Side::Deleted, Variant::Plain},
        {Side::Deleted, Side::Unchanged, Variant::Plain},
        {Side::Deleted, Side::Changed, Variant::Plain},
        {Side::Deleted, Side::Deleted, Variant::Plain},
        {Side::New, Side::Absent, Variant::Plain},
        {Side::Absent, Side::New, Variant::Plain},
        {Side::New, Side::New, Variant::Identical},
        {Side::New, Side::New, Variant::Complementary},
        {Side::New, Side::New, Variant::Conflicting},
        {Side::New, Side::New, Variant::NoMatch},
    };
    for (const auto &[crm, remote, variant] : states) {
        for (Direction d : {Direction::TwoWay, Direction::CrmToRemote, Direction::RemoteToCrm}) {
            for (Policy p : {Policy::CrmWins, Policy::RemoteWins, Policy::NewestCrmNewer, Policy::NewestRemoteNewer,
                             Policy::MergeCrmFallback, Policy::MergeRemoteFallback}) {
                const TruthCase row{crm, remote, variant, d, p};
                QTest::addRow("%s", qPrintable(row.name())) << row;
            }
        }
    }
}

void TestSyncPlanner::truthTable()
{
    QFETCH(TruthCase, row);
    const PlannerOracle::Expected want = PlannerOracle::expect(row);
    const SyncPlan plan = SyncPlanner::plan(row.input());

    QVERIFY2(plan.safetyStop.isEmpty(), qPrintable(plan.safetyStop));
    QVERIFY(plan.errors.isEmpty());
    QCOMPARE(plan.skipped, want.skipped);
    QCOMPARE(plan.pairs.size(), want.pairs.size());

    for (const PlannerOracle::ExpectedPair &w : want.pairs) {
        const auto it = std::find_if(plan.pairs.begin(), plan.pairs.end(), [&](const PairPlan &p) {
            return p.link.crmId == w.crmId && p.link.remoteId == w.remoteId;
        });
        QVERIFY2(it != plan.pairs.end(), qPrintable(QStringLiteral("no pair crm=%1 remote=%2").arg(w.crmId, w.remoteId)));
        const PairPlan &got = *it;
        QCOMPARE(opName(got.crmOp), opName(w.crmOp));
        QCOMPARE(opName(got.remoteOp), opName(w.remoteOp));
        QCOMPARE(got.forget, w.forget);
        QCOMPARE(json(got.result), json(w.result));
        QCOMPARE(got.conflict.has_value(), w.conflict.has_value());
        if (w.conflict) {
            QCOMPARE(int(got.conflict->losingSide), int(w.conflict->losingSide));
            QCOMPARE(got.conflict->fields, w.conflict->fields);
            QCOMPARE(json(got.conflict->losing), json(w.conflict->losing));
            QCOMPARE(json(got.conflict->winning), json(w.result));
            QVERIFY(!got.conflict->reason.isEmpty());
        }
        if (w.crmId == QLatin1String("c1") && w.remoteId == QLatin1String("r1") && row.linked())
            QCOMPARE(got.link.rowId, qint64(7));
    }
}

QTEST_GUILESS_MAIN(TestSyncPlanner)
#include "tst_syncplanner.moc"
