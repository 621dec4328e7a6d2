// SPDX-License-Identifier: GPL-3.0-or-later
// SyncRun, continued: planning and writing a paged CRM listing a page at a time. Split from
// syncrun.cpp only to keep each file short.
#include "syncrun.h"

#include "state/statedb.h"
#include "sync/syncplanner.h"

namespace crmsync {

void SyncRun::onCrmPage(ListChangesJob *job)
{
    if (!m_remoteListed) {
        // A page means nothing before the other side's changes are known.
        m_waitingPage = job;
        return;
    }
    if (m_paging == Paging::Undecided)
        m_paging = canPlanPages() ? Paging::On : Paging::Off;
    if (m_paging == Paging::Off) {
        // The listing goes on to the end; the page's items stay in it for onListed().
        job->setPaged(false);
        job->listMore();
        return;
    }
    planPage(job);
}

bool SyncRun::canPlanPages() const
{
    // A page is independent of the rest only when the other side brings nothing a CRM item
    // could be matched with (a new item) and no deletion (whose limits need the whole run).
    if (m_listError.isError() || !m_remoteChanges.deleted.isEmpty())
        return false;
    return std::all_of(m_remoteChanges.changed.cbegin(), m_remoteChanges.changed.cend(),
                       [this](const Item &i) { return m_remoteKnown.contains(i.id); });
}

void SyncRun::planPage(ListChangesJob *job)
{
    if (!m_remoteDecoded) {
        m_input.remoteChanged = decode(m_remoteChanges, false, m_input.remoteUnreadable, false);
        m_remoteDecoded = true;
        m_linkByCrmId.reserve(m_input.links.size());
        for (qsizetype i = 0; i < m_input.links.size(); ++i)
            m_linkByCrmId.insert(m_input.links.at(i).crmId, i);
    }
    ChangeSet page;
    page.changed = job->takeListedItems();
    PlannerInput in;
    in.profile = m_input.profile;
    in.now = m_input.now;
    in.confirmDeletes = m_input.confirmDeletes;
    in.mandatoryFields = m_input.mandatoryFields;
    in.crmChanged = decode(page, true, in.crmUnreadable, false);
    // The page's links, with the other side's change to each: taken out of the run's input,
    // so the last plan neither plans them again nor takes those items for new ones.
    for (auto it = in.crmChanged.cbegin(); it != in.crmChanged.cend(); ++it) {
        const auto at = m_linkByCrmId.constFind(it.key());
        if (at == m_linkByCrmId.cend())
            continue;
        const PairLink &link = m_input.links.at(*at);
        in.links.append(link);
        m_pagedLinks.insert(link.rowId);
        if (auto remote = m_input.remoteChanged.find(link.remoteId); remote != m_input.remoteChanged.end()) {
            in.remoteChanged.insert(remote.key(), std::move(remote.value()));
            m_input.remoteChanged.erase(remote);
        }
        if (m_input.remoteUnreadable.contains(link.remoteId))
            in.remoteUnreadable.insert(link.remoteId);
    }
    if (Status s = loadChangedBases(in); !s) {
        finishWithError(s.error());
        return;
    }

    SyncPlan plan = SyncPlanner::plan(in);
    m_pages.skipped += plan.skipped;
    m_pages.matched += plan.matched();
    m_pages.errors += plan.errors;
    const int conflicts = plan.conflicts();
    const int writes = int(std::count_if(plan.pairs.cbegin(), plan.pairs.cend(), [](const PairPlan &p) { return p.writes(); }));
    auto *executor = new PlanExecutor(m_profile, m_sides, m_db, this);
    executor->setClock([this] { return now(); });
    connect(executor, &PlanExecutor::progress, this,
            [this](int done, int total) { emit progress(m_pages.done + done, m_pages.done + total); });
    connect(executor, &PlanExecutor::finished, this, [this, executor, job, conflicts, writes] {
        executor->deleteLater();
        m_report.crm += executor->crmDone();
        m_report.remote += executor->remoteDone();
        m_report.conflicts += conflicts;
        m_writeErrors += executor->errors();
        m_pages.done += writes;
        if (executor->fatal().isError()) {
            // The listing stays stopped; the store, and the job with it, go with this run.
            finishWithError(executor->fatal());
            return;
        }
        m_pages.conflicted = m_pages.conflicted || executor->conflicted() > 0;
        job->listMore();
    });
    executor->execute(std::move(plan.pairs));
}

void SyncRun::restAfterPages()
{
    const int total = int(m_input.links.size());
    QList<PairLink> rest;
    rest.reserve(total - m_pagedLinks.size());
    for (PairLink &link : m_input.links) {
        if (!m_pagedLinks.contains(link.rowId))
            rest.append(std::move(link));
    }
    m_input.links = std::move(rest);
    m_input.linkedTotal = total;
    m_linkByCrmId.clear();
}

} // namespace crmsync
