// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/conflictrecord.h"
#include "sync/pairplan.h"
#include "truthcase.h"

#include <QList>

#include <optional>

namespace crmsync::test {

/*!
 * \brief What the planner must answer for one truth-table row, worked out from the rules
 * in docs/sync-model.md alone (it never calls the planner or FieldMerger), so a test row
 * fails whenever the two disagree.
 */
namespace PlannerOracle {

struct ExpectedConflict
{
    ConflictRecord::LosingSide losingSide = ConflictRecord::LosingSide::Remote;
    QStringList fields;
    //! The losing version to keep; empty for an edit that beat a deletion.
    QJsonObject losing;
};

struct ExpectedPair
{
    QString crmId;
    QString remoteId;
    PairPlan::Op crmOp = PairPlan::Op::None;
    PairPlan::Op remoteOp = PairPlan::Op::None;
    QJsonObject result;
    bool forget = false;
    std::optional<ExpectedConflict> conflict;
};

struct Expected
{
    QList<ExpectedPair> pairs;
    int skipped = 0;
};

Expected expect(const TruthCase &k);

} // namespace PlannerOracle
} // namespace crmsync::test
