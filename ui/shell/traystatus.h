// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/syncstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

namespace crmsync {

/*!
 * \brief What the tray icon (or, without a tray, the status bar) says about all profiles
 * together: one state and a tooltip. Pure functions, so every combination is unit-tested.
 *
 * The state shown is the one that needs the user most (SyncState is ordered that way);
 * Pause is shown over Idle and Syncing because the user chose it and must see it is on.
 */
class TrayStatus
{
    Q_DECLARE_TR_FUNCTIONS(TrayStatus)
public:
    static SyncState aggregate(const QList<SyncState> &states, bool paused);
    //! One line: the state, with the number of waiting changes when offline.
    static QString stateText(SyncState state, int waiting);
    //! The tooltip: app name, stateText(), the last sync in \a locale's short format.
    static QString tooltip(SyncState state, int waiting, const QDateTime &lastSync,
                           const QLocale &locale = QLocale());
};

} // namespace crmsync
