// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorerun.h"

#include "state/statedb.h"

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
    const auto entry = m_db->journalEntry(journalEntryId);
    if (!entry)
        return fail(entry.error());
    if (entry->restored) {
        return fail(Error::make(Error::Category::Config,
            QCoreApplication::translate("RestoreRun", "entry %1 was already restored").arg(journalEntryId)));
    }
    const auto links = m_db->links(m_profile.name);
    if (!links)
        return fail(links.error());
    const auto it = std::find_if(links->cbegin(), links->cend(), [&](const Link &l) {
        return (!entry->crmId.isEmpty() && l.crmId == entry->crmId)
            || (!entry->remoteId.isEmpty() && l.remoteId == entry->remoteId);
    });
    if (it == links->cend()) {
        return fail(Error::make(Error::Category::Data,
            QCoreApplication::translate("RestoreRun", "the item of entry %1 is no longer synced by profile %2")
                .arg(journalEntryId).arg(m_profile.name)));
    }

    PairPlan pair;
    pair.link = {it->rowId, it->crmId, it->crmVersion, it->remoteId, it->remoteVersion, it->uid, it->base};
    pair.result = entry->losing;
    pair.crmOp = PairPlan::Op::Update;
    pair.remoteOp = PairPlan::Op::Update;
    pair.label = it->crmId;

    auto *executor = new PlanExecutor(m_profile, m_sides, m_db, this);
    const qint64 id = journalEntryId;
    connect(executor, &PlanExecutor::finished, this, [this, executor, id] {
        executor->deleteLater();
        if (executor->fatal().isError()) {
            m_error = executor->fatal();
        } else if (executor->conflicted() > 0) {
            m_error = Error::make(Error::Category::Conflict,
                QCoreApplication::translate("RestoreRun", "the item changed since the last sync; run a sync, then restore again"));
        } else if (!executor->errors().isEmpty()) {
            m_error = executor->errors().first().error;
        } else {
            const Status marked = m_db->markRestored(id);
            if (!marked)
                m_error = marked.error();
        }
        emit finished();
    });
    executor->execute({pair});
}

} // namespace crmsync
