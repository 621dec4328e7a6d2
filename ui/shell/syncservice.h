// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/syncstate.h"
#include "config/config.h"
#include "shell/retrybackoff.h"
#include "state/journalentry.h"
#include "state/outboxentry.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>

class QThread;

namespace crmsync {

class ConnectivityWatch;
class SyncWorker;

/*!
 * \brief Runs the profiles of the config on a worker thread, on their schedules or on
 * demand, and tells the GUI what each profile is doing.
 *
 * Lives on the GUI thread and never blocks it: ProfileRunner runs on the worker
 * (SyncWorker), one profile at a time, so two runs of one profile never overlap and two
 * runs never fight over the state database. A profile runs every interval_minutes (none
 * for manual profiles); after a run that found the CRM unreachable the next try comes
 * after 1, 2, 4 … 30 minutes (RetryBackoff), and as soon as ConnectivityWatch sees the
 * servers again. ProfileRunner replays the outbox before each sync, so "reachable again"
 * needs nothing more than a run. Uses QtCore and QtNetwork only.
 */
class SyncService : public QObject
{
    Q_OBJECT
public:
    explicit SyncService(QString stateDir, QObject *parent = nullptr);
    ~SyncService() override;

    void setConfig(const Config &config);
    //! Starts the worker, loads the last runs, and arms the schedules.
    void start();
    //! Test seam: how many milliseconds a "minute" of intervals and back-off lasts.
    void setMinuteMs(int ms) { m_minuteMs = ms; }
    void setProbeIntervalMs(int ms);

    //! Queues a run of \a profile, or of every profile that is not paused on its own when
    //! empty; runs even when the service is paused.
    void syncNow(const QString &profile = {});
    //! Scheduled and automatic runs wait; a run under way finishes.
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    void restore(const QString &profile, qint64 entryId);
    void requestDetails(const QString &profile);
    //! Queues a failed outbox entry again and runs the profile, whose replay sends it.
    void retryChange(const QString &profile, qint64 entryId);

    QStringList profileNames() const;
    SyncState state(const QString &profile) const;
    //! Outbox entries waiting for the CRM: of \a profile, or of all when empty.
    int waitingChanges(const QString &profile = {}) const;
    QDateTime lastSync(const QString &profile) const { return m_profiles.value(profile).lastSync; }
    QDateTime nextSync(const QString &profile) const { return m_profiles.value(profile).next; }
    bool isRunning() const { return !m_running.isEmpty(); }

signals:
    void profileStateChanged(const QString &profile, crmsync::SyncState state);
    void progress(const QString &profile, int done, int total);
    //! \a report is SyncReport::toJson() of the run.
    void runFinished(const QString &profile, const QJsonObject &report);
    void lastRunChanged(const QString &profile, const QDateTime &finishedAt, const QJsonObject &report);
    void nextSyncChanged(const QString &profile, const QDateTime &when);
    void waitingChanged(const QString &profile, int waiting);
    void pausedChanged(bool paused);
    void logLine(const QDateTime &time, QtMsgType level, const QString &text);
    //! Something only the user can fix: sign-in failed, a safety stop.
    void attentionNeeded(const QString &profile, const QString &message);
    void detailsLoaded(const QString &profile, const QList<crmsync::JournalEntry> &conflicts);
    void restoreFinished(const QString &profile, qint64 entryId, const QString &error);
    //! The profile's changes the CRM refused (outbox entries in state failed), with reasons.
    void failedChangesLoaded(const QString &profile, const QList<crmsync::OutboxEntry> &failed);

private:
    struct Profile
    {
        //! What the last run said: Idle, Offline or NeedsAttention.
        SyncState result = SyncState::Idle;
        SyncState shown = SyncState::Idle;
        int intervalMinutes = 0;
        //! Paused by the user (SyncProfile::paused): only a run asked for by name.
        bool paused = false;
        QDateTime lastSync;
        QDateTime next;
        int waiting = 0;
        RetryBackoff backoff;
    };

    void enqueue(const QString &profile);
    void dispatch();
    void onRunFinished(const QString &profile, const QDateTime &finishedAt, const QJsonObject &report);
    void onHistory(const QString &profile, const QDateTime &finishedAt, const QJsonObject &report);
    void setNext(const QString &profile, const QDateTime &when);
    void armTimer();
    void onTimer();
    void onReachable();
    void updateState(const QString &profile);
    void updateWatch();
    void log(QtMsgType level, const QString &text);
    static SyncState resultOf(const QJsonObject &report);

    QString m_stateDir;
    Config m_config;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    ConnectivityWatch *m_watch = nullptr;
    QHash<QString, Profile> m_profiles;
    QStringList m_queue;
    QString m_running;
    QTimer m_timer;
    int m_minuteMs = 60000;
    bool m_paused = false;
    bool m_started = false;
};

} // namespace crmsync
