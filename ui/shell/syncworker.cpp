// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/syncworker.h"

#include "queue/outbox.h"

#include "state/statedb.h"
#include "sync/profilerunner.h"
#include "util/privatefiles.h"

#include <QDir>

namespace crmsync {

SyncWorker::SyncWorker(QString stateDir, QObject *parent)
    : QObject(parent)
    , m_stateDir(std::move(stateDir))
{
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::setConfig(const Config &config)
{
    m_config = config;
}

StateDb *SyncWorker::db()
{
    if (!m_db && PrivateFiles::makeFolder(m_stateDir)) {   // 0700: customer data
        auto opened = StateDb::open(QDir(m_stateDir).filePath(QStringLiteral("state.sqlite")));
        if (opened)
            m_db = std::move(opened).value();
    }
    return m_db.get();
}

void SyncWorker::emitWaiting(const QString &profile)
{
    StateDb *state = db();
    if (!state)
        return;
    const auto entries = state->outboxEntries(profile, true);
    emit waitingChanged(profile, entries ? int(entries.value().size()) : 0);
}

void SyncWorker::loadHistory()
{
    StateDb *state = db();
    for (const SyncProfile &profile : std::as_const(m_config.profiles)) {
        if (state) {
            const auto runs = state->runs(profile.name, 1);
            if (runs && !runs.value().isEmpty())
                emit historyLoaded(profile.name, runs.value().first().finishedAt, runs.value().first().report);
        }
        emitWaiting(profile.name);
    }
}

void SyncWorker::run(const QString &profile)
{
    auto *runner = new ProfileRunner(m_config, m_stateDir, this);
    ProfileRunner::Options options;
    options.profiles = {profile};
    const Status prepared = runner->prepare(options);
    const auto finish = [this, runner, profile] {
        const QList<SyncReport> reports = runner->reports();
        QJsonObject report = reports.isEmpty() ? QJsonObject() : reports.first().toJson();
        runner->deleteLater();
        emit runFinished(profile, QDateTime::currentDateTime(), report);
        emitWaiting(profile);
    };
    if (!prepared) {
        SyncReport failed;
        failed.profile = profile;
        failed.status = SyncReport::Status::Errors;
        failed.message = prepared.error().userMessage;
        failed.errors.append({profile, prepared.error()});
        runner->deleteLater();
        emit runFinished(profile, QDateTime::currentDateTime(), failed.toJson());
        return;
    }
    connect(runner, &ProfileRunner::progress, this, &SyncWorker::progress);
    connect(runner, &ProfileRunner::finished, this, finish);
    runner->start();
}

void SyncWorker::restore(const QString &profile, qint64 entryId)
{
    auto *runner = new ProfileRunner(m_config, m_stateDir, this);
    ProfileRunner::Options options;
    options.profiles = {profile};
    const Status prepared = runner->prepare(options);
    if (!prepared) {
        runner->deleteLater();
        emit restoreFinished(profile, entryId, prepared.error().userMessage);
        return;
    }
    connect(runner, &ProfileRunner::finished, this, [this, runner, profile, entryId] {
        const QString error = runner->restoreError().isError() ? runner->restoreError().userMessage : QString();
        runner->deleteLater();
        emit restoreFinished(profile, entryId, error);
        loadDetails(profile);
    });
    runner->startRestore(profile, entryId);
}

void SyncWorker::loadDetails(const QString &profile)
{
    QList<JournalEntry> conflicts;
    if (StateDb *state = db()) {
        const auto journal = state->journal(profile, 50);
        if (journal)
            conflicts = journal.value();
    }
    emit detailsLoaded(profile, conflicts);
    QList<OutboxEntry> failed;
    if (StateDb *state = db()) {
        if (const auto entries = state->outboxEntries(profile)) {
            for (const OutboxEntry &e : entries.value()) {
                if (e.state == OutboxEntry::State::Failed)
                    failed.append(e);
            }
        }
    }
    emit failedChangesLoaded(profile, failed);
}

void SyncWorker::retryChange(const QString &profile, qint64 entryId)
{
    QString error = tr("the sync state cannot be opened in %1").arg(m_stateDir);
    if (StateDb *state = db()) {
        const Result<OutboxEntry> queued = Outbox(state).retry(entryId);
        error = queued ? QString() : queued.error().userMessage;
    }
    emit retryFinished(profile, entryId, error);
    emitWaiting(profile);
    loadDetails(profile);
}

} // namespace crmsync
