// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "configobjectreader.h"
#include "sync/syncprofile.h"

namespace crmsync {

/*!
 * \brief Reads one "profiles" entry (docs/configuration.md "profiles"): the module, the
 * two accounts by name, the policy, the field map, defaults and filters. Whether the
 * named accounts exist and fit is checked by ConfigLoader, which knows all accounts.
 */
class SyncProfileParser
{
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)
public:
    static SyncProfile parse(ConfigObjectReader &reader);
    static QJsonObject toJson(const SyncProfile &profile);

    static QStringList directionNames();
    static QStringList conflictNames();
    static QStringList eventsRangeNames();

    static constexpr int kMaxIntervalMinutes = 7 * 24 * 60;

private:
    static void parsePolicy(ConfigObjectReader &reader, SyncProfile &profile);
    static void parseFieldMap(ConfigObjectReader &reader, SyncProfile &profile);
    static void parseDefaults(ConfigObjectReader &reader, SyncProfile &profile);
    static void parseFilters(ConfigObjectReader &reader, SyncProfile &profile);
};

} // namespace crmsync
