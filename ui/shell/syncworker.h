// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "state/journalentry.h"
#include "state/outboxentry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

#include <memory>

namespace crmsync {

class ProfileRunner;
class StateDb;

/*!
 * \brief The part of SyncService that lives on the sync thread: runs one profile at a time
 * with ProfileRunner, restores journal entries, and reads the history the dashboard shows.
 *
 * Everything here may touch the disk and the network, which is why it never runs on the
 * GUI thread (ARCHITECTURE.md "Threads"). Callers reach it with queued invocations only;
 * its signals cross back to the GUI thread queued.
 */
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(QString stateDir, QObject *parent = nullptr);
    ~SyncWorker() override;

    void setConfig(const Config &config);
    //! Emits historyLoaded for every profile of the config, then waitingChanged.
    void loadHistory();
    void run(const QString &profile);
    void restore(const QString &profile, qint64 entryId);
    void loadDetails(const QString &profile);
    //! Queues failed outbox entry \a entryId of \a profile again (Outbox::retry).
    void retryChange(const QString &profile, qint64 entryId);

signals:
    void historyLoaded(const QString &profile, const QDateTime &finishedAt, const QJsonObject &report);
    void progress(const QString &profile, int done, int total);
    void runFinished(const QString &profile, const QDateTime &finishedAt, const QJsonObject &report);
    //! Outbox entries of \a profile that still wait for the CRM.
    void waitingChanged(const QString &profile, int waiting);
    void detailsLoaded(const QString &profile, const QList<crmsync::JournalEntry> &conflicts);
    //! The profile's outbox entries the CRM refused, kept until the user retries them.
    void failedChangesLoaded(const QString &profile, const QList<crmsync::OutboxEntry> &failed);
    //! retryChange() ended; an empty \a error means the entry is queued again.
    void retryFinished(const QString &profile, qint64 entryId, const QString &error);
    void restoreFinished(const QString &profile, qint64 entryId, const QString &error);

private:
    //! The worker's own read connection, opened on first use on this thread.
    StateDb *db();
    void emitWaiting(const QString &profile);

    QString m_stateDir;
    Config m_config;
    std::unique_ptr<StateDb> m_db;
};

} // namespace crmsync
