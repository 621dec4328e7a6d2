// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/pairlink.h"
#include "sync/sideitem.h"
#include "sync/syncprofile.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

namespace crmsync {

/*!
 * \brief Everything the planner decides from: the profile, the stored links, and what
 * each side reported as changed or deleted. Items that failed to decode are listed in
 * the *Unreadable sets: they count as unchanged and are never taken for deleted.
 */
struct PlannerInput
{
    SyncProfile profile;
    //! Every stored link; only those whose items changed or were deleted carry their base
    //! (SyncRun::loadChangedBases), the planner reads no other link's.
    QList<PairLink> links;
    //! How many links the profile has, when \a links are only some of them (a paged run
    //! plans the rest after the pages); -1: links.size(). The delete limits are shares of it.
    int linkedTotal = -1;
    QHash<QString, SideItem> crmChanged;
    QSet<QString> crmDeleted;
    QSet<QString> crmUnreadable;
    QHash<QString, SideItem> remoteChanged;
    QSet<QString> remoteDeleted;
    QSet<QString> remoteUnreadable;
    //! The clock, injected so range filters are testable.
    QDateTime now;
    bool confirmDeletes = false;
    //! The window of the cumulative deletion guard (docs/sync-model.md "Safety stops").
    static constexpr int deletionWindowHours = 24;
    //! Deletions of earlier runs on each side within that window (journaled, not restored,
    //! not yet confirmed): this run's planned deletions add to them.
    int recentCrmDeletes = 0;
    int recentRemoteDeletes = 0;
    //! Fields the CRM requires beyond ModuleInfo's, from its field metadata (CrmFieldCheck).
    QStringList mandatoryFields;
};

} // namespace crmsync
