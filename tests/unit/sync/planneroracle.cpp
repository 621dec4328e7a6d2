// SPDX-License-Identifier: GPL-3.0-or-later
#include "planneroracle.h"

#include <QSet>

namespace crmsync::test::PlannerOracle {

namespace {

using Side = TruthCase::Side;
using Variant = TruthCase::Variant;
using Policy = TruthCase::Policy;
using Op = PairPlan::Op;
using Direction = SyncProfile::Direction;
using Losing = ConflictRecord::LosingSide;

// All fixture values are non-empty strings; a missing field reads as "".
QString at(const QJsonObject &o, const QString &field)
{
    return o.value(field).toString();
}

QStringList allFields(const QJsonObject &a, const QJsonObject &b, const QJsonObject &c)
{
    QSet<QString> s;
    for (const QJsonObject *o : {&a, &b, &c})
        for (const QString &k : o->keys())
            s.insert(k);
    QStringList out(s.begin(), s.end());
    out.sort();
    return out;
}

QJsonObject fromFields(const QHash<QString, QString> &values)
{
    QJsonObject o;
    for (auto it = values.begin(); it != values.end(); ++it)
        if (!it.value().isEmpty())
            o.insert(it.key(), it.value());
    return o;
}

//! Rule "who wins": crm-wins / remote-wins fixed, newest-wins by modification time,
//! merge by its fallback (used only for fields both sides changed).
bool crmIsWinner(Policy p)
{
    return p == Policy::CrmWins || p == Policy::NewestCrmNewer || p == Policy::MergeCrmFallback;
}

//! Rule for two versions of a pair: whole-record policies take the winner's record;
//! merge takes each field from the side that changed it and the winner's value where
//! both changed it differently. With no base (first match) every field the winner
//! lacks comes from the loser.
QJsonObject resolve(const QJsonObject &crm, const QJsonObject &remote, const QJsonObject &base, bool crmWinner,
                    bool perField, bool firstMatch)
{
    const QJsonObject &winner = crmWinner ? crm : remote;
    const QJsonObject &loser = crmWinner ? remote : crm;
    QHash<QString, QString> out;
    for (const QString &f : allFields(crm, remote, base)) {
        const QString w = at(winner, f), l = at(loser, f), b = at(base, f);
        if (firstMatch)
            out[f] = w.isEmpty() ? l : w;
        else if (perField && w == b)
            out[f] = l;
        else
            out[f] = w;
    }
    return fromFields(out);
}

//! Rule "conflicts are journaled": the loser's changes (fields where it differs from the
//! base) that the result does not carry. With no base, any value of the loser it drops.
std::optional<ExpectedConflict> lostChanges(const QJsonObject &loser, const QJsonObject &base,
                                            const QJsonObject &result, Losing losingSide)
{
    ExpectedConflict c;
    c.losingSide = losingSide;
    c.losing = loser;
    for (const QString &f : allFields(loser, base, result)) {
        if (at(loser, f) != at(base, f) && at(result, f) != at(loser, f))
            c.fields << f;
    }
    if (c.fields.isEmpty())
        return std::nullopt;
    return c;
}

ExpectedPair pairOf(const QString &crmId, const QString &remoteId, Op crmOp = Op::None, Op remoteOp = Op::None,
                    const QJsonObject &result = {})
{
    ExpectedPair p;
    p.crmId = crmId;
    p.remoteId = remoteId;
    p.crmOp = crmOp;
    p.remoteOp = remoteOp;
    p.result = result;
    return p;
}

ExpectedConflict editBeatsDelete(Losing deletedSide)
{
    ExpectedConflict c;
    c.losingSide = deletedSide;
    return c;
}

Expected linked(const TruthCase &k)
{
    const bool toRemote = k.direction != Direction::RemoteToCrm;
    const bool toCrm = k.direction != Direction::CrmToRemote;
    const bool twoWay = toRemote && toCrm;
    const QJsonObject base = k.base();

    // One-way: an edit on the target side is ignored, as if the side were unchanged.
    Side c = k.crm, r = k.remote;
    if (!toCrm && r == Side::Changed)
        r = Side::Unchanged;
    if (!toRemote && c == Side::Changed)
        c = Side::Unchanged;
    const QJsonObject crmNow = c == Side::Changed ? k.crmValues() : base;
    const QJsonObject remoteNow = r == Side::Changed ? k.remoteValues() : base;
    // What each side really holds, ignored edits included.
    const QJsonObject crmHolds = k.crm == Side::Changed ? k.crmValues() : base;
    const QJsonObject remoteHolds = k.remote == Side::Changed ? k.remoteValues() : base;

    ExpectedPair p = pairOf(QStringLiteral("c1"), QStringLiteral("r1"));
    if (c == Side::Deleted && r == Side::Deleted) {
        p.forget = true;
        p.result = base;
    } else if (c == Side::Deleted) {
        if (toRemote && (r == Side::Unchanged || !toCrm)) {
            p.remoteOp = Op::Delete; // the deletion travels
            p.forget = true;
            p.result = base;
        } else {
            p.crmId.clear(); // edited on the other side, or the CRM is the target: bring it back
            p.crmOp = Op::Create;
            p.result = remoteNow;
            if (twoWay)
                p.conflict = editBeatsDelete(Losing::Crm);
        }
    } else if (r == Side::Deleted) {
        if (toCrm && (c == Side::Unchanged || !toRemote)) {
            p.crmOp = Op::Delete;
            p.forget = true;
            p.result = base;
        } else {
            p.remoteId.clear();
            p.remoteOp = Op::Create;
            p.result = crmNow;
            if (twoWay)
                p.conflict = editBeatsDelete(Losing::Remote);
        }
    } else {
        if (c == Side::Changed && r == Side::Changed) {
            const bool crmWinner = crmIsWinner(k.policy);
            const bool merge = k.policy == Policy::MergeCrmFallback || k.policy == Policy::MergeRemoteFallback;
            p.result = resolve(crmNow, remoteNow, base, crmWinner, merge, false);
            p.conflict = lostChanges(crmWinner ? remoteNow : crmNow, base, p.result,
                                     crmWinner ? Losing::Remote : Losing::Crm);
        } else if (c == Side::Changed) {
            p.result = crmNow;
        } else if (r == Side::Changed) {
            p.result = remoteNow;
        } else {
            p.result = base;
        }
        // A change is carried to a side only when that side does not already hold the
        // result; with no change to carry nothing is written (an ignored edit stays).
        const bool carries = c == Side::Changed || r == Side::Changed;
        if (carries && toCrm && p.result != crmHolds)
            p.crmOp = Op::Update;
        if (carries && toRemote && p.result != remoteHolds)
            p.remoteOp = Op::Update;
    }

    // A pair appears when it writes, forgets, or has a new version or base to store; a side
    // reported changed always carries a new version.
    const bool reported = k.crm == Side::Changed || k.remote == Side::Changed;
    Expected e;
    if (p.crmOp != Op::None || p.remoteOp != Op::None || p.forget || reported || p.result != base)
        e.pairs.append(p);
    return e;
}

Expected unlinked(const TruthCase &k)
{
    const bool toRemote = k.direction != Direction::RemoteToCrm;
    const bool toCrm = k.direction != Direction::CrmToRemote;
    const QJsonObject crm = k.crmValues();
    const QJsonObject remote = k.remoteValues();
    Expected e;

    const bool matched = k.crm == Side::New && k.remote == Side::New && k.variant != Variant::NoMatch;
    if (matched) {
        // First match: no base. Two-way: the policy's winner (merge: its fallback);
        // one-way: the source. The winner's blanks are filled from the other side.
        const bool crmWinner = toCrm && toRemote ? crmIsWinner(k.policy) : toRemote;
        ExpectedPair p = pairOf(QStringLiteral("c1"), QStringLiteral("r1"));
        p.result = resolve(crm, remote, {}, crmWinner, false, true);
        p.conflict = lostChanges(crmWinner ? remote : crm, {}, p.result, crmWinner ? Losing::Remote : Losing::Crm);
        if (toCrm && p.result != crm)
            p.crmOp = Op::Update;
        if (toRemote && p.result != remote)
            p.remoteOp = Op::Update;
        e.pairs.append(p);
        return e;
    }
    if (k.crm == Side::New) {
        if (toRemote)
            e.pairs.append(pairOf(QStringLiteral("c1"), QString(), Op::None, Op::Create, crm));
        else
            ++e.skipped;
    }
    if (k.remote == Side::New) {
        if (toCrm)
            e.pairs.append(pairOf(QString(), QStringLiteral("r1"), Op::Create, Op::None, remote));
        else
            ++e.skipped;
    }
    return e;
}

} // namespace

Expected expect(const TruthCase &k)
{
    return k.linked() ? linked(k) : unlinked(k);
}

} // namespace crmsync::test::PlannerOracle
