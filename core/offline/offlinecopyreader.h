// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "offlineitem.h"
#include "sync/syncprofile.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace crmsync {

/*!
 * \brief Reads the linked CRM records of some profiles from the state database, for views
 * that must work without a connection (ARCHITECTURE.md "Offline").
 *
 * Blocking: it opens its own StateDb connection (one per thread, StateDb's rule) and reads
 * every link, so call it from a worker thread (OfflineLoadJob does).
 */
class OfflineCopyReader
{
    Q_DECLARE_TR_FUNCTIONS(OfflineCopyReader)
public:
    //! The records of the \a profiles whose module is one of \a modules (all when empty),
    //! in profile order. A missing state file is an empty copy: nothing was synced yet.
    static Result<OfflineItems> read(const QString &stateDbPath, const QList<SyncProfile> &profiles,
                                     const QList<ModuleInfo::Module> &modules = {});
};

} // namespace crmsync
