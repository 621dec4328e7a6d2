// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorerun.h"

#include "state/statedb.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace crmsync {

RestoreRun::RestoreRun(const SyncProfile &profile, PlanExecutor::Sides sides, StateDb *db, QObject *parent)
    : QObject(parent), m_profile(profile), m_sides(sides), m_db(db)
{
}

void RestoreRun::fail(const Error &error)
{
    m_error = error;
    QMetaObject::invokeMethod(this, &RestoreRun::finished, Qt::QueuedConnection);
}

void RestoreRun::start(qint64 journalEntryId)
{
    m_entryId = journalEntryId;
    const auto entry = m_db->journalEntry(journalEntryId);
    if (!entry)
        return fail(entry.error());
    if (entry->restored) {
        return fail(Error::make(Error::Category::Config,
            QCoreApplication::translate("RestoreRun", "entry %1 was already restored").arg(journalEntryId)));
    }
    if (entry->isDeletion())
        restoreDeletion(entry.value());
    else
        restoreConflict(entry.value());
}

void RestoreRun::restoreConflict(const JournalEntry &entry)
{
    const auto links = m_db->links(m_profile.name);
    if (!links)
        return fail(links.error());
    const auto it = std::find_if(links->cbegin(), links->cend(), [&](const Link &l) {
        return (!entry.crmId.isEmpty() && l.crmId == entry.crmId)
            || (!entry.remoteId.isEmpty() && l.remoteId == entry.remoteId);
    });
    if (it == links->cend()) {
        return fail(Error::make(Error::Category::Data,
            QCoreApplication::translate("RestoreRun", "the item of entry %1 is no longer synced by profile %2")
                .arg(m_entryId).arg(m_profile.name)));
    }

    PairPlan pair;
    pair.link = {it->rowId, it->crmId, it->crmVersion, it->remoteId, it->remoteVersion, it->uid, it->base};
    pair.result = entry.losing;
    pair.crmOp = PairPlan::Op::Update;
    pair.remoteOp = PairPlan::Op::Update;
    pair.label = it->crmId;
    execute(pair);
}

void RestoreRun::restoreDeletion(const JournalEntry &entry)
{
    // A sync may have linked the item again (the user re-created it): restoring would then
    // make a second copy.
    const auto links = m_db->linkHeads(m_profile.name);
    if (!links)
        return fail(links.error());
    const bool linked = std::any_of(links->cbegin(), links->cend(), [&](const Link &l) {
        return (!entry.crmId.isEmpty() && l.crmId == entry.crmId)
            || (!entry.remoteId.isEmpty() && l.remoteId == entry.remoteId);
    });
    if (linked) {
        return fail(Error::make(Error::Category::Data,
            QCoreApplication::translate("RestoreRun", "the item of entry %1 is synced again by profile %2; "
                                                      "there is nothing to restore")
                .arg(m_entryId).arg(m_profile.name)));
    }
    // Which sides still hold the item decides where it is re-created.
    lookUp(m_sides.crm, entry.crmId, [this, entry](const Item &crm) {
        lookUp(m_sides.remote, entry.remoteId, [this, entry, crm](const Item &remote) { relink(entry, crm, remote); });
    });
}

void RestoreRun::lookUp(Store *store, const QString &id, const std::function<void(const Item &)> &then)
{
    if (id.isEmpty()) {
        then({});
        return;
    }
    FetchJob *job = store->fetch({id});
    connect(job, &Job::finished, this, [this, job, id, then] {
        job->deleteLater();
        if (job->hasError()) {
            m_error = job->error();
            emit finished();
            return;
        }
        for (const Item &item : job->items()) {
            if (item.id == id) {
                then(item);
                return;
            }
        }
        if (!job->itemErrors().isEmpty()) {
            // Unreadable is not gone: re-creating it could make a second copy.
            m_error = job->itemErrors().constFirst().error;
            emit finished();
            return;
        }
        then({});
    });
    job->start();
}

void RestoreRun::relink(const JournalEntry &entry, const Item &crm, const Item &remote)
{
    PairPlan pair;
    pair.result = entry.losing;
    pair.link.uid = entry.uid;
    pair.label = entry.crmId.isEmpty() ? entry.remoteId : entry.crmId;
    if (crm.id.isEmpty()) {
        pair.crmOp = PairPlan::Op::Create;
        if (entry.kind == JournalEntry::Kind::DeletedOnCrm)
            pair.crmRaw = entry.losingRaw;
    } else {
        pair.link.crmId = crm.id;
        pair.link.crmVersion = crm.version;
    }
    if (remote.id.isEmpty()) {
        pair.remoteOp = PairPlan::Op::Create;
        if (entry.kind == JournalEntry::Kind::DeletedOnRemote)
            pair.remoteRaw = entry.losingRaw;
    } else {
        pair.link.remoteId = remote.id;
        pair.link.remoteVersion = remote.version;
    }
    execute(pair);
}

void RestoreRun::execute(const PairPlan &pair)
{
    auto *executor = new PlanExecutor(m_profile, m_sides, m_db, this);
    connect(executor, &PlanExecutor::finished, this, [this, executor] {
        executor->deleteLater();
        if (executor->fatal().isError()) {
            m_error = executor->fatal();
        } else if (executor->conflicted() > 0) {
            m_error = Error::make(Error::Category::Conflict,
                QCoreApplication::translate("RestoreRun", "the item changed since the last sync; run a sync, then restore again"));
        } else if (!executor->errors().isEmpty()) {
            m_error = executor->errors().first().error;
        } else {
            const Status marked = m_db->markRestored(m_entryId);
            if (!marked)
                m_error = marked.error();
        }
        emit finished();
    });
    executor->execute({pair});
}

} // namespace crmsync
