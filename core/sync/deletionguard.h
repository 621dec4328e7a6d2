// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/plannerinput.h"
#include "sync/syncplan.h"

#include <QCoreApplication>
#include <QString>

namespace crmsync {

/*!
 * \brief The safety stops for deletions (docs/sync-model.md "Safety stops"): a side that is
 * suddenly empty, a run that would delete more than max_delete_percent of the linked items
 * from a side, and the same share passed over the last 24 hours together with the
 * deletions earlier runs journaled. Pure, like the planner that calls it.
 */
class DeletionGuard
{
    // The messages keep the planner's translation context, where they have always been.
    Q_DECLARE_TR_FUNCTIONS(SyncPlanner)
public:
    //! The translated reason to stop before \a plan deletes anything, or an empty string.
    static QString safetyStop(const PlannerInput &in, const SyncPlan &plan);

private:
    //! How many linked items are gone from a side (and not merely unreadable).
    static int goneFrom(const PlannerInput &in, bool crmSide);
    static QString cumulativeStop(int planned, int recent, const QString &where, int linked, int percent);
};

} // namespace crmsync
