// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/itemerror.h"
#include "sync/pairplan.h"

#include <QList>

namespace crmsync {

//! The planner's answer: pairs to act on, items skipped or refused, and a safety stop.
struct SyncPlan
{
    QList<PairPlan> pairs;
    QList<ItemError> errors;
    //! Items left out by filters (private, events range, categories) or by direction.
    int skipped = 0;
    //! Non-empty when the plan would delete too much; then nothing may be executed.
    QString safetyStop;

    struct Counts
    {
        int created = 0;
        int updated = 0;
        int deleted = 0;

        Counts &operator+=(const Counts &c)
        {
            created += c.created;
            updated += c.updated;
            deleted += c.deleted;
            return *this;
        }
    };
    Counts crmCounts() const;
    Counts remoteCounts() const;
    int conflicts() const;
    //! Unlinked pairs found on both sides and paired now (PairPlan::matchedBy), not created twice.
    int matched() const;
};

} // namespace crmsync
