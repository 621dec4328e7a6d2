// SPDX-License-Identifier: GPL-3.0-or-later
#include "deletionguard.h"

#include <QCoreApplication>

namespace crmsync {

int DeletionGuard::goneFrom(const PlannerInput &in, bool crmSide)
{
    const QSet<QString> &deleted = crmSide ? in.crmDeleted : in.remoteDeleted;
    const QSet<QString> &unreadable = crmSide ? in.crmUnreadable : in.remoteUnreadable;
    int n = 0;
    for (const PairLink &l : in.links) {
        const QString &id = crmSide ? l.crmId : l.remoteId;
        n += deleted.contains(id) && !unreadable.contains(id) ? 1 : 0;
    }
    return n;
}

/*!
 * The per-run limit over a sliding window, so that a server dropping a few items per run
 * cannot empty a side over a day. The items deleted in the window were linked when it
 * began, so they count in the base too: the share is of what the profile had then.
 */
QString DeletionGuard::cumulativeStop(int planned, int recent, const QString &where, int linked, int percent)
{
    if (planned <= 0 || recent <= 0)
        return {};
    const int total = recent + planned;
    const int base = linked + recent;
    if (total < 2 || qint64(total) * 100 <= qint64(percent) * base)
        return {};
    return tr("this run would delete %1 more items from %2, making %3 deletions there within %4 hours, "
              "more than the %5% of %6 synced items allowed; nothing was deleted. "
              "Run again with --confirm-deletes if this is intended.")
        .arg(planned).arg(where).arg(total).arg(PlannerInput::deletionWindowHours).arg(percent).arg(base);
}

QString DeletionGuard::safetyStop(const PlannerInput &in, const SyncPlan &plan)
{
    if (in.confirmDeletes)
        return {};
    const int linked = in.linkedTotal >= 0 ? in.linkedTotal : int(in.links.size());
    const int percent = in.profile.maxDeletePercent;
    // vdirsyncer stops when a side is "completely emptied"; a single item is too small a
    // collection to call that.
    if (linked >= 2 && goneFrom(in, true) == linked) {
        return tr("every synced item is gone from the CRM; nothing was deleted. "
                  "Run again with --confirm-deletes if this is intended.");
    }
    if (linked >= 2 && goneFrom(in, false) == linked) {
        return tr("every synced item is gone from the other side; nothing was deleted. "
                  "Run again with --confirm-deletes if this is intended.");
    }
    const int crmDeletes = plan.crmCounts().deleted;
    const int remoteDeletes = plan.remoteCounts().deleted;
    for (const auto &[deletes, where] : {std::pair{crmDeletes, tr("the CRM")}, std::pair{remoteDeletes, tr("the other side")}}) {
        if (deletes >= 2 && deletes * 100 > percent * linked) {
            return tr("this run would delete %1 of %2 items from %3, more than the %4% allowed; nothing was deleted. "
                      "Run again with --confirm-deletes if this is intended.")
                .arg(deletes).arg(linked).arg(where).arg(percent);
        }
    }
    if (QString stop = cumulativeStop(crmDeletes, in.recentCrmDeletes, tr("the CRM"), linked, percent); !stop.isEmpty())
        return stop;
    return cumulativeStop(remoteDeletes, in.recentRemoteDeletes, tr("the other side"), linked, percent);
}

} // namespace crmsync
