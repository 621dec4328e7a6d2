// SPDX-License-Identifier: GPL-3.0-or-later
// PlanExecutor, continued: the journal. The losing version of every conflict, and every
// item about to be deleted with its payload, is journaled before anything is written
// (docs/sync-model.md "The journal"). Split from planexecutor.cpp only to keep each file short.
#include "planexecutor.h"

#include "state/statedb.h"
#include "store/store.h"

#include <QCoreApplication>

namespace crmsync {

using Op = PairPlan::Op;

namespace {

Side sideOf(ConflictRecord::LosingSide s)
{
    return s == ConflictRecord::LosingSide::Crm ? Side::Crm : Side::Remote;
}

} // namespace

void PlanExecutor::journalConflicts()
{
    // The losing version is journaled before anything is overwritten, so it can be restored
    // whatever happens next.
    for (const Pending &p : std::as_const(m_pending)) {
        if (!p.plan.conflict || p.plan.conflict->losing.isEmpty())
            continue;
        const ConflictRecord &c = *p.plan.conflict;
        JournalEntry e;
        e.time = m_clock();
        e.crmId = p.plan.link.crmId;
        e.remoteId = p.plan.link.remoteId;
        e.uid = p.plan.link.uid;
        e.losingSide = sideOf(c.losingSide);
        e.losing = c.losing;
        e.winning = c.winning;
        e.losingRaw = c.losingSide == ConflictRecord::LosingSide::Remote ? p.plan.remoteRaw : QByteArray();
        e.reason = c.reason;
        const auto added = m_db->addJournalEntry(m_profile.name, e);
        if (!added) {
            stop(added.error());
            return;
        }
    }
}


void PlanExecutor::fetchDeleted(bool crmSide)
{
    Store *store = crmSide ? m_sides.crm : m_sides.remote;
    QStringList ids;
    QList<int> asked;
    for (int i = 0; i < m_pending.size() && ids.size() < store->capabilities().maxFetchBatch; ++i) {
        Pending &p = m_pending[i];
        const Op op = crmSide ? p.plan.crmOp : p.plan.remoteOp;
        const QByteArray &raw = crmSide ? p.plan.crmRaw : p.plan.remoteRaw;
        if (op != Op::Delete || p.failed || p.deleteFetched || !raw.isEmpty())
            continue;
        p.deleteFetched = true;
        ids << (crmSide ? p.plan.link.crmId : p.plan.link.remoteId);
        asked << i;
    }
    if (ids.isEmpty()) {
        if (crmSide) {
            m_phase = Phase::FetchDeletedRemote;
        } else {
            journalDeletions();
            m_phase = Phase::FetchRemote;
        }
        next();
        return;
    }
    // A failed fetch stops the run (runFetch()): nothing can be journaled, so nothing may be deleted.
    FetchJob *job = store->fetch(ids);
    runFetch(job, [this, job, asked, crmSide, store](const QHash<QString, QByteArray> &raws) {
        QHash<QString, QString> problems;
        for (const ItemError &e : job->itemErrors())
            problems.insert(e.item, e.error.userMessage);
        for (int i : asked) {
            Pending &p = m_pending[i];
            const QString &id = crmSide ? p.plan.link.crmId : p.plan.link.remoteId;
            const QByteArray raw = raws.value(id);
            if (!raw.isEmpty()) {
                (crmSide ? p.plan.crmRaw : p.plan.remoteRaw) = raw;
            } else if (job->missing().contains(id)) {
                // Gone already: there is nothing left to delete or to journal, and the link
                // is dropped as planned.
                (crmSide ? p.plan.crmOp : p.plan.remoteOp) = Op::None;
            } else {
                const QString why = problems.value(id);
                fail(i, Error::make(Error::Category::Data,
                    QCoreApplication::translate("PlanExecutor",
                        "%1 could not be read from %2 to keep a copy before deleting it, so it was not deleted; "
                        "it is tried again on the next run")
                        .arg(p.plan.label, store->displayName()),
                    why));
            }
        }
    });
}

void PlanExecutor::journalDeletions()
{
    bool opened = false;
    for (const Pending &p : std::as_const(m_pending)) {
        const bool crmSide = p.plan.crmOp == Op::Delete;
        if (p.failed || (!crmSide && p.plan.remoteOp != Op::Delete))
            continue;
        JournalEntry e;
        e.kind = crmSide ? JournalEntry::Kind::DeletedOnCrm : JournalEntry::Kind::DeletedOnRemote;
        e.time = m_clock();
        e.crmId = p.plan.link.crmId;
        e.remoteId = p.plan.link.remoteId;
        e.uid = p.plan.link.uid;
        e.losingSide = crmSide ? Side::Crm : Side::Remote;
        e.losingRaw = crmSide ? p.plan.crmRaw : p.plan.remoteRaw;
        // The values as the item holds them now; the base of the last sync if it cannot be read.
        const ItemCodec *codec = crmSide ? m_sides.crmCodec : m_sides.remoteCodec;
        const Result<DecodedItem> decoded = codec->decode(e.losingRaw, m_profile.fieldMap);
        e.losing = decoded ? decoded->fields : p.plan.link.base;
        e.reason = crmSide ? QStringLiteral("remote-deleted") : QStringLiteral("crm-deleted");
        // One transaction, so one flush, for all of them; before the first delete is sent.
        if (!opened && !m_db->inTransaction()) {
            if (Status s = m_db->begin(); !s) {
                stop(s.error());
                return;
            }
            opened = true;
        }
        if (const auto added = m_db->addJournalEntry(m_profile.name, e); !added) {
            if (opened)
                m_db->rollback();
            stop(added.error());
            return;
        }
    }
    if (opened) {
        if (Status s = m_db->commit(); !s) {
            m_db->rollback();
            stop(s.error());
        }
    }
}

} // namespace crmsync
