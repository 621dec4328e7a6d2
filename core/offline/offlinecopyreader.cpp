// SPDX-License-Identifier: GPL-3.0-or-later
#include "offlinecopyreader.h"

#include "state/statedb.h"

#include <QFileInfo>

namespace crmsync {

Result<OfflineItems> OfflineCopyReader::read(const QString &stateDbPath, const QList<SyncProfile> &profiles,
                                             const QList<ModuleInfo::Module> &modules)
{
    // Opening would create the file; a view must not leave an empty database behind.
    if (!QFileInfo::exists(stateDbPath))
        return OfflineItems{};
    auto db = StateDb::open(stateDbPath);
    if (!db)
        return db.error();
    OfflineItems items;
    for (const SyncProfile &profile : profiles) {
        if (!modules.isEmpty() && !modules.contains(profile.module))
            continue;
        const Result<QList<Link>> links = db.value()->links(profile.name);
        if (!links)
            return links.error();
        for (const Link &link : links.value()) {
            // A link without a CRM id is a half-made pair; nothing an editor could change.
            if (link.crmId.isEmpty())
                continue;
            items.append(OfflineItem{profile.name, profile.module, link.crmId, link.base});
        }
    }
    return items;
}

} // namespace crmsync
