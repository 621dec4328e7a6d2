// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "offlineitem.h"
#include "sync/syncprofile.h"
#include "util/job.h"

namespace crmsync {

/*!
 * \brief Loads the offline copy (OfflineCopyReader) on a worker thread and reports on the
 * thread that started it, so a view with thousands of records never blocks on the disk.
 *
 * Deleting the job before it finished is safe: the worker ends on its own and its result
 * is dropped.
 */
class OfflineLoadJob : public Job
{
    Q_OBJECT
public:
    OfflineLoadJob(QString stateDbPath, QList<SyncProfile> profiles, QList<ModuleInfo::Module> modules,
                   QObject *parent = nullptr);
    void start() override;
    const OfflineItems &items() const { return m_items; }

private:
    QString m_path;
    QList<SyncProfile> m_profiles;
    QList<ModuleInfo::Module> m_modules;
    OfflineItems m_items;
};

} // namespace crmsync
