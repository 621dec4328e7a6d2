// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "createintent.h"
#include "journalentry.h"
#include "journalretention.h"
#include "link.h"
#include "outboxentry.h"
#include "runrecord.h"
#include "side.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

class QSqlQuery;

namespace crmsync {

/*!
 * \brief The sync state on disk, and the only class that writes SQL (STYLE.md point 7;
 * ARCHITECTURE.md "The sync model", State).
 *
 * One SQLite file in WAL mode with synchronous=FULL: every commit is on the disk before
 * the call returns, so state committed after a remote write survives a crash or a power
 * cut (docs/state-db.md "Durability"). Each write is its own transaction unless the
 * caller groups writes between begin() and commit().
 *
 * An instance owns its own named QtSql connection and must be used from the thread that
 * opened it (the SyncService worker). All failures come back as values with a translated
 * message naming the file and what failed.
 */
class StateDb
{
    Q_DECLARE_TR_FUNCTIONS(StateDb)

public:
    //! Opens or creates the database at \a path and brings its schema up to date.
    //! The folder must exist; the caller creates it.
    static Result<std::unique_ptr<StateDb>> open(const QString &path);
    ~StateDb();
    StateDb(const StateDb &) = delete;
    StateDb &operator=(const StateDb &) = delete;

    static int latestSchemaVersion();
    int schemaVersion() const;
    QString path() const;
    //! The QtSql connection name, unique per instance (diagnostics and tests).
    QString connectionName() const;

    /*!
     * Groups the following writes into one transaction; no nesting. A write that fails
     * inside it rolls the whole transaction back (its earlier writes are gone, commit()
     * then fails): a batch is stored whole or not at all.
     */
    Status begin();
    Status commit();
    Status rollback();
    bool inTransaction() const;

    // Links of a profile.
    Result<QList<Link>> links(const QString &profile) const;
    /*!
     * The links of \a profile without their bases (base and baseHash empty): what a sync run
     * needs of every link. A run reads the bases of the few links whose items changed with
     * linkBases(); holding all of them cost about 150 MB at 100,000 links (bench/RESULTS.md).
     */
    Result<QList<Link>> linkHeads(const QString &profile) const;
    //! The bases of the links of \a profile with \a rowIds, by rowId; unknown ids are absent.
    Result<QHash<qint64, QJsonObject>> linkBases(const QString &profile, const QList<qint64> &rowIds) const;
    //! Records new versions, by id on \a side, for items whose content did not change
    //! (ChangeSet::restamped); in one transaction.
    Status setLinkVersions(const QString &profile, Side side, const QHash<QString, QString> &versions);
    //! Returns \a link with its new rowId.
    Result<Link> insertLink(const QString &profile, Link link);
    //! Updates the link with link.rowId; fails when there is none in \a profile.
    Status updateLink(const QString &profile, const Link &link);
    //! Removing a link that is not there succeeds: the wanted state is reached.
    Status removeLink(const QString &profile, qint64 rowId);
    //! Forgets everything stored for \a profile (links, tokens, intents, journal, runs,
    //! values); the items on either side are not touched.
    Status removeProfile(const QString &profile);

    // Change tokens (CRM sync token / DAV sync-token or ctag): empty when none.
    Result<QString> token(const QString &profile, Side side) const;
    //! An empty \a token removes the stored one.
    Status setToken(const QString &profile, Side side, const QString &token);
    Status clearTokens(const QString &profile);

    // Crash-safe creates: journal the intent before the write, clear it once the link is stored.
    Result<CreateIntent> addIntent(const QString &profile, CreateIntent intent);
    Status clearIntent(qint64 id);
    //! Oldest first, the order in which they were made.
    Result<QList<CreateIntent>> intents(const QString &profile) const;

    // The journal: losing versions of conflicts and items a sync deleted, restorable.
    Result<qint64> addJournalEntry(const QString &profile, const JournalEntry &entry);
    //! Newest first; \a limit ≤ 0 means all.
    Result<QList<JournalEntry>> journal(const QString &profile, int limit = 100) const;
    Result<JournalEntry> journalEntry(qint64 id) const;
    Status markRestored(qint64 id);
    //! How many unrestored deletions on \a side the journal of \a profile holds from after
    //! \a since: what the cumulative deletion guard counts (docs/sync-model.md).
    Result<int> deletionsSince(const QString &profile, Side side, const QDateTime &since) const;
    //! Applies \a retention to the journal of \a profile at time \a now, in one transaction;
    //! returns how many entries were pruned.
    Result<int> pruneJournal(const QString &profile, const QDateTime &now, const JournalRetention &retention = {});

    // Run history.
    Status addRun(const QString &profile, const RunRecord &run);
    //! Newest first; \a limit ≤ 0 means all.
    Result<QList<RunRecord>> runs(const QString &profile, int limit = 10) const;

    // Values the engine keeps per profile (e.g. the field map hash); empty when unset.
    Result<QString> profileValue(const QString &profile, const QString &key) const;
    Status setProfileValue(const QString &profile, const QString &key, const QString &value);

    // The outbox (docs/offline.md): changes waiting for the CRM, applied in id order.
    //! Stores \a entry (its profile, op, fields…) and returns it with its new id.
    Result<OutboxEntry> addOutboxEntry(OutboxEntry entry);
    //! Saves crm_id, base, base_version, state, attempts, last_error and updated_at of the
    //! entry with \a entry.id (profile, op, fields and client_ref never change).
    Status updateOutboxEntry(const OutboxEntry &entry);
    Result<OutboxEntry> outboxEntry(qint64 id) const;
    //! Oldest first; all profiles when \a profile is empty; only waiting, sending and
    //! deferred ones when \a pendingOnly.
    Result<QList<OutboxEntry>> outboxEntries(const QString &profile = {}, bool pendingOnly = false) const;

private:
    StateDb(const QString &path, const QString &connectionName);

    //! Prepares, binds and runs \a sql; \a action names it in an error message.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values, const QString &action) const;
    //! Runs a write statement and counts it for fault injection once it is committed.
    Result<QSqlQuery> write(const QString &sql, const QVariantList &values, const QString &action);
    //! A write that changed no row: the \a what with \a id is not there.
    Status requireRow(const Result<QSqlQuery> &result, const QString &what, qint64 id) const;
    void wrote();
    //! Runs \a work in one transaction: its own, or the caller's open one.
    Status atomically(const std::function<Status()> &work);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    bool m_inTransaction = false;
    int m_pendingWrites = 0;
};

} // namespace crmsync
