// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncreport.h"

#include <QList>

namespace crmsync::cli {

//! The CLI contract's exit codes (README "Exit codes"); scripts rely on them.
enum ExitCode {
    Synced = 0,
    ItemErrors = 1,
    UsageOrConfig = 2,
    AuthFailed = 3,
    Offline = 4,
    SafetyStop = 5,
};

//! The code for several profiles' reports: the one that most needs a person first.
inline int exitCodeFor(const QList<SyncReport> &reports)
{
    const auto any = [&](SyncReport::Status s) {
        return std::any_of(reports.cbegin(), reports.cend(), [s](const SyncReport &r) { return r.status == s; });
    };
    if (any(SyncReport::Status::AuthError))
        return AuthFailed;
    if (any(SyncReport::Status::Offline))
        return Offline;
    if (any(SyncReport::Status::SafetyStop))
        return SafetyStop;
    if (any(SyncReport::Status::Errors))
        return ItemErrors;
    return Synced;
}

} // namespace crmsync::cli
