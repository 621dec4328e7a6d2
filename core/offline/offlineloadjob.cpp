// SPDX-License-Identifier: GPL-3.0-or-later
#include "offlineloadjob.h"

#include "offlinecopyreader.h"

#include <QThread>

#include <memory>

namespace crmsync {

OfflineLoadJob::OfflineLoadJob(QString stateDbPath, QList<SyncProfile> profiles, QList<ModuleInfo::Module> modules,
                               QObject *parent)
    : Job(parent)
    , m_path(std::move(stateDbPath))
    , m_profiles(std::move(profiles))
    , m_modules(std::move(modules))
{
}

void OfflineLoadJob::start()
{
    // The worker writes only into this shared slot; the job reads it after finished(),
    // which the queued connection delivers on the job's thread.
    auto result = std::make_shared<Result<OfflineItems>>(OfflineItems{});
    QThread *worker = QThread::create([result, path = m_path, profiles = m_profiles, modules = m_modules] {
        *result = OfflineCopyReader::read(path, profiles, modules);
    });
    connect(worker, &QThread::finished, this, [this, result] {
        if (*result)
            m_items = result->value();
        else
            setError(result->error());
        emitResult();
    });
    // Not parented to the job: a job deleted early must not destroy a running thread.
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

} // namespace crmsync
