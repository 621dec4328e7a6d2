// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/traystatus.h"

#include "common/statusicon.h"

namespace crmsync {

SyncState TrayStatus::aggregate(const QList<SyncState> &states, bool paused)
{
    SyncState result = paused ? SyncState::Paused : SyncState::Idle;
    for (SyncState s : states) {
        if (int(s) > int(result))
            result = s;
    }
    return result;
}

QString TrayStatus::stateText(SyncState state, int waiting)
{
    if (state == SyncState::Offline) {
        return waiting > 0 ? tr("Offline, %n change(s) waiting", "tray and status bar: edits queued for the CRM", waiting)
                           : tr("Offline", "tray and status bar: the CRM cannot be reached");
    }
    if (state == SyncState::NeedsAttention)
        return tr("Needs attention: open the dashboard", "tray: a profile has errors or must sign in again");
    return StatusIcon::label(state);
}

QString TrayStatus::tooltip(SyncState state, int waiting, const QDateTime &lastSync, const QLocale &locale)
{
    const QString last = lastSync.isValid()
        ? tr("Last sync: %1", "tray tooltip; %1 is a date and time").arg(locale.toString(lastSync.toLocalTime(), QLocale::ShortFormat))
        : tr("Not synced yet", "tray tooltip");
    return tr("CRM Sync", "application name in the tray tooltip") + QLatin1Char('\n') + stateText(state, waiting)
        + QLatin1Char('\n') + last;
}

} // namespace crmsync
