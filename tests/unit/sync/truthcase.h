// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/plannerinput.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace crmsync::test {

/*!
 * \brief One row of the planner's truth table: the state of each side, what exactly
 * changed when both did, the direction and the conflict policy.
 *
 * A pair is either linked (it has a stored link: each side is unchanged, changed or
 * deleted) or unlinked (each side is absent or has a new item).
 */
struct TruthCase
{
    enum class Side { Absent, New, Unchanged, Changed, Deleted };
    //! What the two versions look like when both sides hold one.
    enum class Variant {
        Plain,                 //!< only one side changed, or nothing to vary
        SameValue,             //!< linked: both changed the same field to the same value
        DifferentFields,       //!< linked: each changed another field
        SameFieldDifferently,  //!< linked: both changed Phone differently, remote also changed Title
        Identical,             //!< new on both: the same values
        Complementary,         //!< new on both: same person, each has a field the other lacks
        Conflicting,           //!< new on both: same person, Phone differs, each has an extra field
        NoMatch,               //!< new on both: different people
    };
    enum class Policy { CrmWins, RemoteWins, NewestCrmNewer, NewestRemoteNewer, MergeCrmFallback, MergeRemoteFallback };

    Side crm = Side::Unchanged;
    Side remote = Side::Unchanged;
    Variant variant = Variant::Plain;
    SyncProfile::Direction direction = SyncProfile::Direction::TwoWay;
    Policy policy = Policy::CrmWins;

    bool linked() const { return crm != Side::Absent && crm != Side::New; }
    QString name() const;

    //! The values each side holds; empty objects for a side with no item.
    QJsonObject base() const;
    QJsonObject crmValues() const;
    QJsonObject remoteValues() const;

    //! The planner input for this row (ids "c1" / "r1", link row 7 when linked).
    PlannerInput input() const;

    static QString sideName(Side s);
    static QString variantName(Variant v);
    static QString policyName(Policy p);
    static QString directionName(SyncProfile::Direction d);
};

} // namespace crmsync::test

Q_DECLARE_METATYPE(crmsync::test::TruthCase)
