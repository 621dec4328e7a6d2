// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncplan.h"

namespace crmsync {

namespace {
void add(SyncPlan::Counts &c, PairPlan::Op op)
{
    switch (op) {
    case PairPlan::Op::Create: ++c.created; break;
    case PairPlan::Op::Update: ++c.updated; break;
    case PairPlan::Op::Delete: ++c.deleted; break;
    case PairPlan::Op::None: break;
    }
}
} // namespace

SyncPlan::Counts SyncPlan::crmCounts() const
{
    Counts c;
    for (const PairPlan &p : pairs)
        add(c, p.crmOp);
    return c;
}

SyncPlan::Counts SyncPlan::remoteCounts() const
{
    Counts c;
    for (const PairPlan &p : pairs)
        add(c, p.remoteOp);
    return c;
}

int SyncPlan::conflicts() const
{
    int n = 0;
    for (const PairPlan &p : pairs)
        n += p.conflict.has_value() ? 1 : 0;
    return n;
}

int SyncPlan::matched() const
{
    int n = 0;
    for (const PairPlan &p : pairs)
        n += p.matchedBy.isEmpty() ? 0 : 1;
    return n;
}

} // namespace crmsync
