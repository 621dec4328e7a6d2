// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/plannerinput.h"
#include "sync/syncplan.h"

namespace crmsync {

/*!
 * \brief Decides what a run does: a pure function of the stored links, both sides'
 * changes and the profile, with no I/O (STYLE.md point 4), so every case of the truth
 * table (new/changed/deleted/unchanged × both sides × direction × conflict policy) is
 * tested directly (tests/unit/sync/tst_syncplanner.cpp).
 *
 * Rules, in brief (docs/sync-model.md has the table):
 * - A side's item counts as changed only when its mapped values differ from the base,
 *   so servers that rewrite data do not cause spurious updates (reference/peers.md §2.2).
 * - An edit beats a deletion: the edited item is recreated on the side that deleted it.
 * - One-way profiles ignore edits on the target side and recreate what it deleted.
 * - A side is written only when it does not already hold the result.
 * - Items that failed to decode count as unchanged and are never taken for deleted.
 * - An item the CRM would refuse (a mandatory field with no default) is reported and left
 *   out of the plan whole, so it is retried next run.
 * - New items on both sides are matched (ItemMatcher) before anything is created.
 * - Deleting more than max_delete_percent of the linked items, or all of them, is a
 *   safety stop unless confirmDeletes is set; so is passing that share together with the
 *   deletions of the last 24 hours (PlannerInput::recentCrmDeletes).
 */
class SyncPlanner
{
public:
    static SyncPlan plan(const PlannerInput &input);
};

} // namespace crmsync
