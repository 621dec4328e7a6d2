// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"

namespace crmsync {

/*!
 * \brief Config edits the app makes to the profiles list, as pure functions: the setup
 * wizard adds or replaces one profile, the dashboard removes one.
 *
 * They change the config only: removing a profile never deletes an item on either side,
 * and its sync state stays in the state folder until the user resets it.
 */
class ProfileEdits
{
public:
    //! \a config without the profile named \a name (unchanged when there is none).
    static Config withoutProfile(const Config &config, const QString &name);
    /*!
     * \a config with \a profile: it takes the place of the profile named \a replacing when
     * there is one (so editing keeps the order the user sees), else it is appended.
     */
    static Config withProfile(const Config &config, const SyncProfile &profile, const QString &replacing = {});
    //! \a config with the profile named \a name paused or resumed (unchanged when there is none).
    static Config withPaused(const Config &config, const QString &name, bool paused);
    //! Whether \a config has a profile named \a name.
    static bool hasProfile(const Config &config, const QString &name);
};

} // namespace crmsync
