// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace crmsync {

/*!
 * \brief What the app as a whole (tray icon) or one profile (dashboard row) is doing,
 * as the user should see it. Ordered by how much it needs the user: the tray shows the
 * highest state of all profiles.
 */
enum class SyncState {
    Idle, //!< synced, nothing to do
    Syncing,
    Paused,
    Offline, //!< a side is unreachable; edits wait in the outbox
    NeedsAttention, //!< sign-in failed, safety stop, per-item errors or conflicts to look at
};

} // namespace crmsync
