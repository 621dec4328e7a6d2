// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncplanner.h"

#include "formats/canonicalvalue.h"
#include "sync/deletionguard.h"
#include "sync/fieldmerger.h"
#include "sync/itemmatcher.h"
#include "sync/syncfilter.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace crmsync {

namespace CV = CanonicalValue;
using Op = PairPlan::Op;
using Direction = SyncProfile::Direction;

namespace {

enum class State { Unchanged, Changed, Deleted };

QString labelOf(const QJsonObject &f, const QString &fallback)
{
    const QString name = (f.value(QLatin1String("First_Name")).toString() + QLatin1Char(' ')
                          + f.value(QLatin1String("Last_Name")).toString()).trimmed();
    for (const QString &s : {name, f.value(QLatin1String("Vendor_Name")).toString(),
                             f.value(QLatin1String("Event_Title")).toString(),
                             f.value(QLatin1String("Subject")).toString(),
                             f.value(QLatin1String("Email")).toString()}) {
        if (!s.isEmpty())
            return s;
    }
    return fallback;
}

bool sameValues(const QJsonObject &a, const QJsonObject &b)
{
    return CV::normalized(a) == CV::normalized(b);
}

//! Mandatory CRM fields the values lack are taken from the profile's defaults.
//! Returns the first field that has neither, or an empty string.
QString fillDefaults(QJsonObject &values, const SyncProfile &profile, const QStringList &alsoRequired)
{
    QStringList required = ModuleInfo::of(profile.module).mandatoryFields();
    for (const QString &f : alsoRequired) {
        if (!required.contains(f))
            required << f;
    }
    for (const QString &field : std::as_const(required)) {
        if (!CV::isEmpty(values.value(field)))
            continue;
        const QJsonValue d = profile.defaults.value(field);
        if (CV::isEmpty(d))
            return field;
        values.insert(field, d);
    }
    return {};
}

class Planner
{
    // Messages belong to the public class's context, where translators look for them.
    Q_DECLARE_TR_FUNCTIONS(SyncPlanner)
public:
    explicit Planner(const PlannerInput &in)
        : m_in(in), m_p(in.profile),
          m_toRemote(m_p.direction != Direction::RemoteToCrm),
          m_toCrm(m_p.direction != Direction::CrmToRemote)
    {
    }

    SyncPlan run()
    {
        // Every pair written comes from a changed or deleted item: a bound that is exact for
        // a first sync, where growing the list by doubling cost twice its size at 100,000.
        m_plan.pairs.reserve(m_in.crmChanged.size() + m_in.remoteChanged.size() + m_in.crmDeleted.size()
                             + m_in.remoteDeleted.size());
        for (const PairLink &link : m_in.links)
            planLinked(link);
        planUnlinked();
        // After planning, so that the limits see every deletion of the run.
        m_plan.safetyStop = DeletionGuard::safetyStop(m_in, m_plan);
        std::sort(m_plan.pairs.begin(), m_plan.pairs.end(), [](const PairPlan &a, const PairPlan &b) {
            return std::tie(a.link.crmId, a.link.remoteId, a.label) < std::tie(b.link.crmId, b.link.remoteId, b.label);
        });
        return m_plan;
    }

private:
    State stateOf(const QString &id, const QHash<QString, SideItem> &changed, const QSet<QString> &deleted,
                  const QSet<QString> &unreadable, const QJsonObject &base) const
    {
        // An item that failed to decode is there but unknown: unchanged, never deleted
        // (PlannerInput), so a codec bug cannot cascade into deletions on the other side.
        if (unreadable.contains(id))
            return State::Unchanged;
        if (id.isEmpty() || deleted.contains(id))
            return State::Deleted;
        const auto it = changed.constFind(id);
        if (it == changed.constEnd())
            return State::Unchanged;
        return sameValues(it->decoded.fields, base) ? State::Unchanged : State::Changed;
    }

    void planLinked(const PairLink &link)
    {
        m_linkedCrm.insert(link.crmId);
        m_linkedRemote.insert(link.remoteId);
        m_refused = false;
        const SideItem *crm = m_in.crmUnreadable.contains(link.crmId) ? nullptr : find(m_in.crmChanged, link.crmId);
        const SideItem *remote =
            m_in.remoteUnreadable.contains(link.remoteId) ? nullptr : find(m_in.remoteChanged, link.remoteId);
        State c = stateOf(link.crmId, m_in.crmChanged, m_in.crmDeleted, m_in.crmUnreadable, link.base);
        State r = stateOf(link.remoteId, m_in.remoteChanged, m_in.remoteDeleted, m_in.remoteUnreadable, link.base);

        PairPlan pair;
        pair.link = link;
        if (crm) {
            pair.link.crmVersion = crm->version;
            pair.crmRaw = crm->raw;
        }
        if (remote) {
            pair.link.remoteVersion = remote->version;
            pair.remoteRaw = remote->raw;
        }
        const QJsonObject crmValues = crm ? crm->decoded.fields : link.base;
        const QJsonObject remoteValues = remote ? remote->decoded.fields : link.base;
        pair.label = labelOf(c == State::Changed ? crmValues : remoteValues, link.crmId);
        pair.result = link.base;

        // A remote item that became private stops syncing, and is not taken for deleted.
        if (r == State::Changed && remote->decoded.isPrivate && !m_p.includePrivate) {
            r = State::Unchanged;
            ++m_plan.skipped;
        }
        // One-way: the target's edits are left alone, its deletions are undone. The target
        // is the side nothing flows from: the remote under crm-to-remote, the CRM under
        // remote-to-crm.
        if (!m_toCrm && r == State::Changed)
            r = State::Unchanged;
        if (!m_toRemote && c == State::Changed)
            c = State::Unchanged;

        if (c == State::Deleted && r == State::Deleted) {
            pair.forget = true;
        } else if (c == State::Deleted) {
            // A CRM deletion travels only where the CRM feeds the other side.
            if (m_toRemote && (r == State::Unchanged || !m_toCrm)) {
                pair.remoteOp = Op::Delete;
                pair.forget = true;
            } else {
                // Edited on the other side, or the CRM is a one-way target: bring the item back.
                pair.result = r == State::Changed ? remoteValues : link.base;
                recreateOnCrm(pair);
            }
        } else if (r == State::Deleted) {
            if (m_toCrm && (c == State::Unchanged || !m_toRemote)) {
                pair.crmOp = Op::Delete;
                pair.forget = true;
            } else {
                pair.result = c == State::Changed ? crmValues : link.base;
                pair.link.remoteId.clear();
                pair.link.remoteVersion.clear();
                pair.remoteRaw.clear();
                pair.remoteOp = Op::Create;
                // Only two-way has a conflict here; one-way undoes a target's deletion anyway
                // (as recreateOnCrm() does).
                if (c == State::Changed && m_toCrm)
                    noteEditBeatsDelete(pair, ConflictRecord::LosingSide::Remote);
            }
        } else if (c == State::Changed && r == State::Changed) {
            planBothChanged(pair, *crm, *remote, false);
        } else if (c == State::Changed) {
            pair.result = crmValues;
            // The remote may already hold it (a one-way target edited to the same values).
            if (!sameValues(pair.result, remoteValues))
                pair.remoteOp = Op::Update;
        } else if (r == State::Changed) {
            pair.result = remoteValues;
            setCrmUpdate(pair, crmValues);
        }

        // A refused pair is left out whole: its versions are not refreshed, so the change
        // is seen again next run (after the user adds a default) instead of being lost.
        if (m_refused)
            return;
        if (pair.writes() || pair.forget || pair.link.crmVersion != link.crmVersion
            || pair.link.remoteVersion != link.remoteVersion || !sameValues(pair.result, link.base))
            m_plan.pairs.append(pair);
    }

    void recreateOnCrm(PairPlan &pair)
    {
        pair.link.crmId.clear();
        pair.link.crmVersion.clear();
        const QString missing = fillDefaults(pair.result, m_p, m_in.mandatoryFields);
        if (!missing.isEmpty()) {
            refuse(pair.label, missing);
            m_refused = true;
            return;
        }
        pair.crmOp = Op::Create;
        if (m_toRemote && m_toCrm)
            noteEditBeatsDelete(pair, ConflictRecord::LosingSide::Crm);
    }

    void noteEditBeatsDelete(PairPlan &pair, ConflictRecord::LosingSide deletedSide)
    {
        ConflictRecord c;
        c.losingSide = deletedSide;
        c.winning = pair.result;
        c.reason = deletedSide == ConflictRecord::LosingSide::Remote
            ? tr("deleted on the other side but changed in the CRM: the change was kept")
            : tr("deleted in the CRM but changed on the other side: the change was kept");
        pair.conflict = c;
    }

    //! Updates the CRM only if the result differs from what it holds, defaults applied.
    void setCrmUpdate(PairPlan &pair, const QJsonObject &crmValues)
    {
        const QString missing = fillDefaults(pair.result, m_p, m_in.mandatoryFields);
        if (!missing.isEmpty()) {
            refuse(pair.label, missing);
            m_refused = true;
            return;
        }
        if (!sameValues(pair.result, crmValues))
            pair.crmOp = Op::Update;
    }

    void planBothChanged(PairPlan &pair, const SideItem &crm, const SideItem &remote, bool firstMatch)
    {
        const QJsonObject &c = crm.decoded.fields;
        const QJsonObject &r = remote.decoded.fields;
        if (sameValues(c, r)) {
            pair.result = CV::normalized(c);
            return;
        }
        if (!m_toCrm || !m_toRemote) {
            // One-way and first match: the source's values, blanks filled from the target.
            FieldMerger::Versions v{c, r, {}, {}, {}, true};
            SyncProfile oneWay = m_p;
            oneWay.conflict = m_toRemote ? SyncProfile::Conflict::CrmWins : SyncProfile::Conflict::RemoteWins;
            const FieldMerger::Outcome o = FieldMerger::resolve(v, oneWay);
            pair.result = firstMatch ? o.result : (m_toRemote ? CV::normalized(c) : CV::normalized(r));
            // A matched target's own values never came from the source: journal what it loses.
            if (firstMatch)
                pair.conflict = o.conflict;
        } else {
            FieldMerger::Versions v{c, r, pair.link.base, crm.modified, remote.modified, firstMatch};
            const FieldMerger::Outcome o = FieldMerger::resolve(v, m_p);
            pair.result = o.result;
            pair.conflict = o.conflict;
        }
        if (!sameValues(pair.result, r) && m_toRemote)
            pair.remoteOp = Op::Update;
        if (m_toCrm)
            setCrmUpdate(pair, c);
    }

    void planUnlinked()
    {
        QList<const SideItem *> crmNew = unlinked(m_in.crmChanged, m_linkedCrm, false);
        QList<const SideItem *> remoteNew = unlinked(m_in.remoteChanged, m_linkedRemote, true);
        QSet<QString> crmMatched, remoteMatched;
        for (const ItemMatcher::Match &m : ItemMatcher::match(m_p.module, crmNew, remoteNew)) {
            const SideItem &crm = m_in.crmChanged[m.crmId];
            const SideItem &remote = m_in.remoteChanged[m.remoteId];
            crmMatched.insert(m.crmId);
            remoteMatched.insert(m.remoteId);
            PairPlan pair;
            pair.link = {0, crm.id, crm.version, remote.id, remote.version, remote.decoded.uid, {}};
            pair.remoteRaw = remote.raw;
            pair.crmRaw = crm.raw;
            pair.matchedBy = m.matchedBy;
            pair.label = labelOf(crm.decoded.fields, crm.id);
            m_refused = false;
            planBothChanged(pair, crm, remote, true);
            if (!m_refused) // else both stay unlinked and are matched again next run
                m_plan.pairs.append(pair);
        }
        for (const SideItem *crm : std::as_const(crmNew)) {
            if (crmMatched.contains(crm->id))
                continue;
            if (!m_toRemote) {
                ++m_plan.skipped;
                continue;
            }
            PairPlan pair;
            pair.link.crmId = crm->id;
            pair.link.crmVersion = crm->version;
            pair.result = CV::normalized(crm->decoded.fields);
            pair.label = labelOf(pair.result, crm->id);
            pair.remoteOp = Op::Create;
            m_plan.pairs.append(pair);
        }
        for (const SideItem *remote : std::as_const(remoteNew)) {
            if (remoteMatched.contains(remote->id))
                continue;
            if (!m_toCrm) {
                ++m_plan.skipped;
                continue;
            }
            PairPlan pair;
            pair.link.remoteId = remote->id;
            pair.link.remoteVersion = remote->version;
            pair.link.uid = remote->decoded.uid;
            pair.remoteRaw = remote->raw;
            pair.result = CV::normalized(remote->decoded.fields);
            pair.label = labelOf(pair.result, remote->id);
            const QString missing = fillDefaults(pair.result, m_p, m_in.mandatoryFields);
            if (!missing.isEmpty()) {
                refuse(pair.label, missing);
                continue;
            }
            pair.crmOp = Op::Create;
            m_plan.pairs.append(pair);
        }
    }

    QList<const SideItem *> unlinked(const QHash<QString, SideItem> &changed, const QSet<QString> &linked,
                                     bool remoteSide)
    {
        const QSet<QString> &unreadable = remoteSide ? m_in.remoteUnreadable : m_in.crmUnreadable;
        QList<const SideItem *> out;
        for (auto it = changed.constBegin(); it != changed.constEnd(); ++it) {
            if (linked.contains(it.key()) || unreadable.contains(it.key()))
                continue;
            if (!SyncFilter::exclusionReason(it.value(), m_p, m_in.now, remoteSide).isEmpty()) {
                ++m_plan.skipped;
                continue;
            }
            out.append(&it.value());
        }
        std::sort(out.begin(), out.end(), [](const SideItem *a, const SideItem *b) { return a->id < b->id; });
        return out;
    }

    void refuse(const QString &label, const QString &field)
    {
        m_plan.errors.append({label, Error::make(Error::Category::Data,
            QCoreApplication::translate("SyncPlanner", "%1: the CRM requires %2 and the profile has no default value for it")
                .arg(label, field))});
    }

    static const SideItem *find(const QHash<QString, SideItem> &h, const QString &id)
    {
        const auto it = h.constFind(id);
        return it == h.constEnd() ? nullptr : &it.value();
    }

    const PlannerInput &m_in;
    const SyncProfile &m_p;
    const bool m_toRemote;
    const bool m_toCrm;
    SyncPlan m_plan;
    QSet<QString> m_linkedCrm;
    QSet<QString> m_linkedRemote;
    //! Set when the pair being planned cannot be written (a mandatory field has no value).
    bool m_refused = false;
};

} // namespace

SyncPlan SyncPlanner::plan(const PlannerInput &input)
{
    return Planner(input).run();
}

} // namespace crmsync
