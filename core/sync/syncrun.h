// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/changeset.h"
#include "store/listchangesjob.h"
#include "sync/planexecutor.h"
#include "sync/plannerinput.h"
#include "sync/syncreport.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

namespace crmsync {

/*!
 * \brief One run of one profile: list both sides, decode, plan, execute, and repeat the
 * round for items that changed under our feet (412), at most a few times.
 *
 * A CRM listed page by page (ListChangesJob::setPaged) is planned and written a page at a
 * time whenever the other side has no new or deleted items for it to meet: a first sync of
 * 100,000 records then never holds more than a page of them (syncrunpages.cpp). Otherwise,
 * and for dry runs, the whole listing is planned at once.
 *
 * Sync tokens are stored only after a round without errors, so anything a crash or a
 * failure interrupted is listed again next time. A changed field map forces full
 * listings, because items unchanged on the wire may now map differently.
 */
class SyncRun : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool dryRun = false;
        bool confirmDeletes = false;
        //! The clock for filters, journal times and the deletion window; the current time
        //! when invalid.
        QDateTime now;
        //! Reads the number of HTTP requests made so far, for the report.
        std::function<qint64()> requestCount;
        //! Rounds of list → plan → execute when writes hit concurrent changes.
        int maxRounds = 3;
        //! Fields the CRM requires beyond ModuleInfo's (CrmFieldCheck).
        QStringList mandatoryFields;
    };

    SyncRun(const SyncProfile &profile, PlanExecutor::Sides sides, StateDb *db, Options options,
            QObject *parent = nullptr);

    void start();
    void setSides(PlanExecutor::Sides sides) { m_sides = sides; }
    const SyncReport &report() const { return m_report; }

signals:
    void progress(int done, int total);
    void finished();

private:
    void listBoth();
    void onListed();
    void execute();
    void onExecuted();
    //! Decodes and takes the listed items out of \a changes; an unlinked item keeps its
    //! payload only when \a keepUnlinkedRaw (the other side has new items it may match).
    QHash<QString, SideItem> decode(ChangeSet &changes, bool crmSide, QSet<QString> &unreadable, bool keepUnlinkedRaw);
    //! Fills in the bases of the links in \a in whose items changed or were deleted on a side.
    Status loadChangedBases(PlannerInput &in) const;
    //! Counts the deletions the cumulative guard adds this run's to (DeletionGuard).
    Status loadRecentDeletions(PlannerInput &in) const;
    //! The run's clock: Options::now when set (tests), else the current time; UTC.
    QDateTime now() const;
    // Paged CRM listings (syncrunpages.cpp).
    void onCrmPage(ListChangesJob *job);
    bool canPlanPages() const;
    void planPage(ListChangesJob *job);
    void restAfterPages();
    void finish(SyncReport::Status status, const QString &message = {});
    void finishWithError(const Error &error);
    QString fieldMapHash() const;

    SyncProfile m_profile;
    PlanExecutor::Sides m_sides;
    StateDb *m_db;
    Options m_options;
    SyncReport m_report;
    SyncPlan m_plan;
    QElapsedTimer m_clock;
    qint64 m_requestsAtStart = 0;
    int m_round = 0;
    int m_listingsPending = 0;
    bool m_fullListing = false;
    ChangeSet m_crmChanges;
    ChangeSet m_remoteChanges;
    Error m_listError;
    PlannerInput m_input;
    enum class Paging { Undecided, On, Off };
    Paging m_paging = Paging::Off;
    bool m_remoteListed = false;
    bool m_remoteDecoded = false;
    //! A CRM page that arrived before the other side's listing: planned once that is in.
    ListChangesJob *m_waitingPage = nullptr;
    //! Links planned with a page; the last plan leaves them out.
    QSet<qint64> m_pagedLinks;
    QHash<QString, qsizetype> m_linkByCrmId;
    //! What the pages of this round added up to, next to the last plan's own.
    struct PagesDone
    {
        int skipped = 0;
        int matched = 0;
        int done = 0;
        bool conflicted = false;
        QList<ItemError> errors;
    } m_pages;
    //! Each side's linked ids and the versions last seen, from listing until decoding.
    QHash<QString, QString> m_crmKnown;
    QHash<QString, QString> m_remoteKnown;
    QList<ItemError> m_decodeErrors;
    QList<ItemError> m_writeErrors;
};

} // namespace crmsync
