// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/itemerror.h"
#include "queue/outbox.h"
#include "sync/syncprofile.h"
#include "util/error.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace crmsync {

class Job;
class StateDb;
class ZohoSession;
class ZohoStore;

/*!
 * \brief Pushes a profile's pending outbox entries to Zoho CRM, oldest first
 * (docs/offline.md "Replay").
 *
 * Edits carry If-Unmodified-Since = the version they were based on; when the record
 * changed meanwhile (ALREADY_MODIFIED) the record is read again and the profile's
 * conflict policy decides per field, the losing values going to the conflict journal.
 * A create that was tried before is first looked up in the CRM, so it is applied exactly
 * once. Unreachable CRM (network, 5xx, 429) or a failed sign-in stops the replay with
 * error() set and the entry deferred; a data error fails that entry (kept) and the next
 * one goes on.
 */
class Replayer : public QObject
{
    Q_OBJECT
public:
    Replayer(const SyncProfile &profile, ZohoSession *session, StateDb *db, QObject *parent = nullptr);

    void start();
    //! Why the replay stopped early (unreachable, sign-in, state file); None when it did not.
    const Error &error() const { return m_error; }
    int applied() const { return m_applied; }
    int failed() const { return m_failed; }
    //! The entries this replay failed, by label and reason: the run reports them (they stay
    //! in the outbox as failed, retryable, until the user retries them).
    const QList<ItemError> &failures() const { return m_failures; }

signals:
    void finished();

private:
    void next();
    void lookUpCreate();
    void onLookedUp(Job *job);
    void send(const QJsonObject &fields, const QString &expectedVersion);
    void onWritten(Job *job);
    void fetchCurrent();
    void onFetched(Job *job);
    void handleError(const Error &error);
    //! \a version: the record's Modified_Time after our write, when known.
    void markDone(const QString &crmId, const QString &version = {});
    //! Whether the CRM value wins over the entry's for a field both changed.
    bool crmWins(SyncProfile::Conflict policy, const QJsonObject &record) const;
    QString label() const;
    void finish();

    SyncProfile m_profile;
    QPointer<ZohoSession> m_session;
    StateDb *m_db;
    Outbox m_outbox;
    ZohoStore *m_store;
    QList<OutboxEntry> m_queue;
    OutboxEntry m_entry;
    int m_conflictRounds = 0;
    Error m_error;
    int m_applied = 0;
    int m_failed = 0;
    QList<ItemError> m_failures;
};

} // namespace crmsync
