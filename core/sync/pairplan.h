// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/conflictrecord.h"
#include "sync/pairlink.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace crmsync {

/*!
 * \brief What to do with one CRM item / remote item pair: an operation per side, the
 * values both sides hold afterwards (the new base), and a conflict to journal.
 */
struct PairPlan
{
    enum class Op { None, Create, Update, Delete };

    //! The stored link this pair came from; rowId 0 for a pair matched or created now.
    PairLink link;
    Op crmOp = Op::None;
    Op remoteOp = Op::None;
    //! Values to write and then store as the base.
    QJsonObject result;
    //! The remote payload to patch (empty when the engine must fetch it first).
    QByteArray remoteRaw;
    //! The CRM record as listed this run, when it was (its shape guides the update).
    QByteArray crmRaw;
    //! Drop the link (both sides gone).
    bool forget = false;
    //! How an unlinked pair was matched: "uid", "email", "name", "title+start"; empty otherwise.
    QString matchedBy;
    std::optional<ConflictRecord> conflict;
    //! Names the item in reports: "山田 太郎", "Quarterly review", or an id.
    QString label;

    bool writes() const { return crmOp != Op::None || remoteOp != Op::None; }
};

} // namespace crmsync
