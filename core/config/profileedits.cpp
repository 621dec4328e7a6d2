// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileedits.h"

#include <algorithm>

namespace crmsync {

Config ProfileEdits::withoutProfile(const Config &config, const QString &name)
{
    Config out = config;
    out.profiles.removeIf([&](const SyncProfile &p) { return p.name == name; });
    return out;
}

Config ProfileEdits::withProfile(const Config &config, const SyncProfile &profile, const QString &replacing)
{
    Config out = config;
    const auto it = std::find_if(out.profiles.begin(), out.profiles.end(),
                                 [&](const SyncProfile &p) { return !replacing.isEmpty() && p.name == replacing; });
    if (it != out.profiles.end())
        *it = profile;
    else
        out.profiles.append(profile);
    return out;
}

Config ProfileEdits::withPaused(const Config &config, const QString &name, bool paused)
{
    Config out = config;
    for (SyncProfile &p : out.profiles) {
        if (p.name == name)
            p.paused = paused;
    }
    return out;
}

bool ProfileEdits::hasProfile(const Config &config, const QString &name)
{
    return std::any_of(config.profiles.cbegin(), config.profiles.cend(),
                       [&](const SyncProfile &p) { return p.name == name; });
}

} // namespace crmsync
