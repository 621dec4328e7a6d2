// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/syncservice.h"

#include "shell/connectivitywatch.h"
#include "shell/syncworker.h"

#include <QThread>

namespace crmsync {

SyncService::SyncService(QString stateDir, QObject *parent)
    : QObject(parent)
    , m_stateDir(std::move(stateDir))
    , m_thread(new QThread(this))
    , m_worker(new SyncWorker(m_stateDir))
    , m_watch(new ConnectivityWatch(this))
{
    qRegisterMetaType<QList<JournalEntry>>();
    qRegisterMetaType<QList<OutboxEntry>>();
    qRegisterMetaType<SyncState>();
    m_thread->setObjectName(QStringLiteral("crmsync-sync"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // All of these cross from the worker thread: queued, so handlers run on the GUI thread.
    connect(m_worker, &SyncWorker::historyLoaded, this, &SyncService::onHistory);
    connect(m_worker, &SyncWorker::runFinished, this, &SyncService::onRunFinished);
    connect(m_worker, &SyncWorker::progress, this, &SyncService::progress);
    connect(m_worker, &SyncWorker::detailsLoaded, this, &SyncService::detailsLoaded);
    connect(m_worker, &SyncWorker::failedChangesLoaded, this, &SyncService::failedChangesLoaded);
    connect(m_worker, &SyncWorker::retryFinished, this, [this](const QString &profile, qint64 id, const QString &error) {
        if (!error.isEmpty())
            return log(QtCriticalMsg, tr("%1: the change could not be queued again: %2").arg(profile, error));
        log(QtInfoMsg, tr("%1: change %2 is queued again").arg(profile).arg(id));
        enqueue(profile); // the run's replay sends it
    });
    connect(m_worker, &SyncWorker::restoreFinished, this,
            [this](const QString &profile, qint64 id, const QString &error) {
                if (error.isEmpty())
                    log(QtInfoMsg, tr("%1: the chosen version was restored").arg(profile));
                else
                    log(QtCriticalMsg, tr("%1: restoring failed: %2").arg(profile, error));
                emit restoreFinished(profile, id, error);
            });
    connect(m_worker, &SyncWorker::waitingChanged, this, [this](const QString &profile, int waiting) {
        if (!m_profiles.contains(profile))
            return;
        m_profiles[profile].waiting = waiting;
        emit waitingChanged(profile, waiting);
    });
    connect(m_watch, &ConnectivityWatch::reachable, this, &SyncService::onReachable);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncService::onTimer);
    m_thread->start();
}

SyncService::~SyncService()
{
    // A run under way is dropped with its thread; its state is committed per item, so the
    // next run picks up where it stopped (ARCHITECTURE.md "Execute").
    m_thread->quit();
    m_thread->wait();
}

void SyncService::setProbeIntervalMs(int ms)
{
    m_watch->setProbeIntervalMs(ms);
}

void SyncService::setConfig(const Config &config)
{
    m_config = config;
    QHash<QString, Profile> profiles;
    QList<QUrl> targets;
    for (const SyncProfile &p : std::as_const(config.profiles)) {
        Profile state = m_profiles.value(p.name);
        state.intervalMinutes = p.intervalMinutes;
        state.paused = p.paused;
        if (state.intervalMinutes <= 0 && state.result != SyncState::Offline)
            state.next = QDateTime();
        else if (m_started && !state.next.isValid())
            state.next = QDateTime::currentDateTime();
        profiles.insert(p.name, state);
        for (const QString &account : {p.crmAccount, p.remoteAccount}) {
            const AccountConfig a = config.accounts.value(account);
            const QUrl url(a.type == AccountConfig::Type::Zoho ? a.apiUrl : a.collectionUrl());
            if (!url.host().isEmpty() && !targets.contains(url))
                targets.append(url);
        }
    }
    m_profiles = profiles;
    // A profile paused or resumed in the config shows it at once, not after its next run.
    for (const SyncProfile &p : std::as_const(config.profiles))
        updateState(p.name);
    m_watch->setTargets(targets);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, config] { worker->setConfig(config); });
    if (m_started) {
        QMetaObject::invokeMethod(m_worker, &SyncWorker::loadHistory);
        armTimer();
    }
}

void SyncService::start()
{
    m_started = true;
    QMetaObject::invokeMethod(m_worker, &SyncWorker::loadHistory);
    // Scheduled profiles are due at start: the app was not running to keep their interval.
    const QDateTime now = QDateTime::currentDateTime();
    for (auto it = m_profiles.begin(); it != m_profiles.end(); ++it) {
        if (it->intervalMinutes > 0)
            setNext(it.key(), now);
        updateState(it.key());
    }
    armTimer();
}

QStringList SyncService::profileNames() const
{
    QStringList names;
    for (const SyncProfile &p : std::as_const(m_config.profiles))
        names.append(p.name);
    return names;
}

SyncState SyncService::state(const QString &profile) const
{
    return m_profiles.value(profile).shown;
}

int SyncService::waitingChanges(const QString &profile) const
{
    if (!profile.isEmpty())
        return m_profiles.value(profile).waiting;
    int sum = 0;
    for (const Profile &p : m_profiles)
        sum += p.waiting;
    return sum;
}

void SyncService::syncNow(const QString &profile)
{
    const QStringList names = profile.isEmpty() ? profileNames() : QStringList{profile};
    for (const QString &name : names) {
        if (profile.isEmpty() && m_profiles.value(name).paused)
            continue;
        enqueue(name);
    }
}

void SyncService::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    m_timer.stop();
    for (const QString &name : m_profiles.keys())
        updateState(name);
    updateWatch();
    log(QtInfoMsg, tr("Paused: scheduled syncs wait until you resume"));
    emit pausedChanged(true);
}

void SyncService::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    for (const QString &name : m_profiles.keys())
        updateState(name);
    log(QtInfoMsg, tr("Resumed"));
    emit pausedChanged(false);
    updateWatch();
    onTimer();
}

void SyncService::restore(const QString &profile, qint64 entryId)
{
    log(QtInfoMsg, tr("%1: restoring a version that lost a conflict").arg(profile));
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, profile, entryId] { worker->restore(profile, entryId); });
}

void SyncService::retryChange(const QString &profile, qint64 entryId)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, profile, entryId] { worker->retryChange(profile, entryId); });
}

void SyncService::requestDetails(const QString &profile)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, profile] { worker->loadDetails(profile); });
}

void SyncService::enqueue(const QString &profile)
{
    if (!m_profiles.contains(profile) || m_running == profile || m_queue.contains(profile))
        return;
    m_queue.append(profile);
    setNext(profile, QDateTime());
    updateState(profile);
    dispatch();
}

void SyncService::dispatch()
{
    if (!m_running.isEmpty() || m_queue.isEmpty())
        return;
    m_running = m_queue.takeFirst();
    log(QtInfoMsg, tr("%1: sync started").arg(m_running));
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, name = m_running] { worker->run(name); });
}

SyncState SyncService::resultOf(const QJsonObject &report)
{
    const QString status = report.value(QLatin1String("status")).toString();
    if (status == QLatin1String("ok"))
        return SyncState::Idle;
    if (status == QLatin1String("offline"))
        return SyncState::Offline;
    return SyncState::NeedsAttention;
}

void SyncService::onHistory(const QString &profile, const QDateTime &finishedAt, const QJsonObject &report)
{
    if (!m_profiles.contains(profile))
        return;
    Profile &p = m_profiles[profile];
    p.lastSync = finishedAt;
    p.result = resultOf(report);
    emit lastRunChanged(profile, finishedAt, report);
    updateState(profile);
    updateWatch();
}

void SyncService::onRunFinished(const QString &profile, const QDateTime &finishedAt, const QJsonObject &report)
{
    m_running.clear();
    if (m_profiles.contains(profile)) {
        Profile &p = m_profiles[profile];
        p.lastSync = finishedAt;
        p.result = resultOf(report);
        const QDateTime now = QDateTime::currentDateTime();
        const QString status = report.value(QLatin1String("status")).toString();
        const QString message = report.value(QLatin1String("message")).toString();
        if (p.result == SyncState::Offline) {
            const int minutes = p.backoff.next();
            setNext(profile, now.addMSecs(qint64(minutes) * m_minuteMs));
            log(QtWarningMsg, tr("%1: offline, next try in %n minute(s): %2", "", minutes).arg(profile, message));
        } else {
            p.backoff.reset();
            setNext(profile, p.intervalMinutes > 0 ? now.addMSecs(qint64(p.intervalMinutes) * m_minuteMs) : QDateTime());
            if (p.result == SyncState::Idle)
                log(QtInfoMsg, tr("%1: synced").arg(profile));
            else
                log(QtCriticalMsg, message.isEmpty() ? tr("%1: finished with errors").arg(profile)
                                                     : tr("%1: %2").arg(profile, message));
        }
        if (status == QLatin1String("auth-error") || status == QLatin1String("safety-stop"))
            emit attentionNeeded(profile, message);
        emit lastRunChanged(profile, finishedAt, report);
        emit runFinished(profile, report);
        updateState(profile);
    }
    updateWatch();
    dispatch();
    armTimer();
}

void SyncService::setNext(const QString &profile, const QDateTime &when)
{
    Profile &p = m_profiles[profile];
    if (p.next == when)
        return;
    p.next = when;
    emit nextSyncChanged(profile, when);
}

void SyncService::armTimer()
{
    m_timer.stop();
    if (m_paused || !m_started)
        return;
    QDateTime earliest;
    for (const Profile &p : std::as_const(m_profiles)) {
        if (!p.paused && p.next.isValid() && (!earliest.isValid() || p.next < earliest))
            earliest = p.next;
    }
    if (earliest.isValid())
        m_timer.start(int(qBound(qint64(0), QDateTime::currentDateTime().msecsTo(earliest), qint64(24 * 3600 * 1000))));
}

void SyncService::onTimer()
{
    if (m_paused || !m_started)
        return;
    const QDateTime now = QDateTime::currentDateTime();
    const QStringList names = profileNames();
    for (const QString &name : names) {
        const Profile &p = m_profiles[name];
        if (!p.paused && p.next.isValid() && p.next <= now)
            enqueue(name);
    }
    armTimer();
}

void SyncService::onReachable()
{
    log(QtInfoMsg, tr("The servers answer again: sending waiting changes and syncing"));
    for (const QString &name : profileNames()) {
        const Profile &p = m_profiles[name];
        if (!p.paused && p.result == SyncState::Offline)
            enqueue(name);
    }
}

void SyncService::updateState(const QString &profile)
{
    if (!m_profiles.contains(profile))
        return;
    Profile &p = m_profiles[profile];
    SyncState shown = p.result;
    if (m_running == profile || m_queue.contains(profile))
        shown = SyncState::Syncing;
    else if ((m_paused || p.paused) && p.result != SyncState::NeedsAttention)
        shown = SyncState::Paused;
    if (shown == p.shown)
        return;
    p.shown = shown;
    emit profileStateChanged(profile, shown);
}

void SyncService::updateWatch()
{
    bool offline = false;
    for (const Profile &p : std::as_const(m_profiles))
        offline = offline || p.result == SyncState::Offline;
    m_watch->setWatching(offline && !m_paused);
}

void SyncService::log(QtMsgType level, const QString &text)
{
    emit logLine(QDateTime::currentDateTime(), level, text);
}

} // namespace crmsync
