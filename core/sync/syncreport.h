// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/itemerror.h"
#include "sync/syncplan.h"

#include <QJsonObject>
#include <QString>

namespace crmsync {

/*!
 * \brief What one run of one profile did: counts per side, conflicts, skipped items,
 * per-item errors, duration and API requests. The CLI's --json and the dashboard show it.
 */
struct SyncReport
{
    enum class Status { Ok, Errors, SafetyStop, Offline, AuthError };

    QString profile;
    Status status = Status::Ok;
    SyncPlan::Counts crm;
    SyncPlan::Counts remote;
    int conflicts = 0;
    //! Items that existed on both sides and were paired instead of created (the wizard's summary).
    int matched = 0;
    int skipped = 0;
    QList<ItemError> errors;
    qint64 durationMs = 0;
    qint64 requests = 0;
    bool dryRun = false;
    //! A run-level message: the safety stop, why it is offline or not signed in.
    QString message;

    static QString statusName(Status s);
    //! The --json shape documented in the README (extend, don't break).
    QJsonObject toJson() const;
};

} // namespace crmsync
