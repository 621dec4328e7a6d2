// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/itemcodec.h"
#include "model/itemerror.h"
#include "model/writerequest.h"
#include "sync/syncplan.h"
#include "sync/syncprofile.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>

namespace crmsync {

class FetchJob;
class StateDb;
class Store;
class WriteJob;

/*!
 * \brief Carries out a SyncPlan: writes in batches with preconditions, then commits each
 * pair's link only after its writes succeeded (ARCHITECTURE.md "Execute").
 *
 * Every item about to be deleted is read from its store and journaled with its payload
 * first (docs/sync-model.md "The journal"); one that cannot be read is not deleted.
 * Creates are journaled as intents first, and new remote items get names derived from
 * the CRM id (SyncIdentity), so a crash at any point duplicates nothing: the next run
 * finds the item by identity. A failed item is reported and left for the next run; a
 * precondition failure (412, file changed) is counted in conflicted() so the run can
 * list again and re-plan. A whole-batch failure (offline, signed out) stops the
 * execution; what was committed stays committed.
 */
class PlanExecutor : public QObject
{
    Q_OBJECT
public:
    struct Sides
    {
        Store *crm = nullptr;
        Store *remote = nullptr;
        const ItemCodec *crmCodec = nullptr;
        const ItemCodec *remoteCodec = nullptr;
    };

    PlanExecutor(const SyncProfile &profile, Sides sides, StateDb *db, QObject *parent = nullptr);

    //! The clock for journal times (tests inject one); the current UTC time by default.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    //! Takes the pairs over: a first sync of 100,000 items must not hold them twice.
    void execute(QList<PairPlan> pairs);

    const SyncPlan::Counts &crmDone() const { return m_crmDone; }
    const SyncPlan::Counts &remoteDone() const { return m_remoteDone; }
    const QList<ItemError> &errors() const { return m_errors; }
    int conflicted() const { return m_conflicted; }
    //! Set when a whole batch failed (offline, auth, storage): the run stopped there.
    const Error &fatal() const { return m_fatal; }

signals:
    void progress(int done, int total);
    void finished();

private:
    enum class Phase { FetchDeletedCrm, FetchDeletedRemote, FetchRemote, Crm, Remote, Done };
    struct Pending
    {
        PairPlan plan;
        bool crmDone = false;
        bool remoteDone = false;
        bool failed = false;
        bool committed = false;
        //! The payload of the item to delete was asked for (fetchDeleted()).
        bool deleteFetched = false;
        qint64 intentId = 0;
    };

    void next();
    void journalConflicts();
    //! Reads the items the plan deletes on one side, when the listing did not bring them.
    void fetchDeleted(bool crmSide);
    //! Journals every deletion with its payload, in one transaction, before any write.
    void journalDeletions();
    void fetchRemoteRaws();
    /*!
     * Starts \a job; when it ends, hands \a use the payloads it read by item id and goes on
     * with next(). A failed fetch stops the run instead: what was not read can be neither
     * patched nor journaled.
     */
    void runFetch(FetchJob *job, std::function<void(const QHash<QString, QByteArray> &raws)> use);
    void sendBatch(bool crmSide);
    void startWrite(Store *store, const QList<WriteRequest> &requests, bool crmSide);
    void onWriteFinished(WriteJob *job, bool crmSide);
    QList<WriteRequest> buildRequests(bool crmSide, int max);
    bool encode(Pending &p, bool crmSide, WriteRequest &request);
    void commitFinished();
    void fail(int index, const Error &error);
    void stop(const Error &error);
    SyncPlan::Counts &counts(bool crmSide) { return crmSide ? m_crmDone : m_remoteDone; }

    SyncProfile m_profile;
    Sides m_sides;
    StateDb *m_db;
    QList<Pending> m_pending;
    Phase m_phase = Phase::FetchDeletedCrm;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    int m_cursor = 0;
    int m_done = 0;
    int m_conflicted = 0;
    SyncPlan::Counts m_crmDone;
    SyncPlan::Counts m_remoteDone;
    QList<ItemError> m_errors;
    Error m_fatal;
};

} // namespace crmsync
