// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/moduleinfo.h"
#include "sync/sideitem.h"

#include <QList>
#include <QString>

namespace crmsync {

/*!
 * \brief Pairs CRM items and remote items that are the same thing but not linked yet
 * (first sync, re-enabled profile, deleted state), so nothing is created twice.
 *
 * In order of trust: a UID that carries the CRM id; for contacts, leads and vendors the
 * e-mail address (as Zoho's own contact sync does, reference/peers.md §6), then the name;
 * for events the title and start; for tasks the subject and due date (as Outlook CalDav
 * Synchronizer does, reference/peers.md §1). A key shared by more than one item on a side
 * is ambiguous and matches nothing: a wrong merge is worse than a duplicate the user sees.
 */
class ItemMatcher
{
public:
    struct Match
    {
        QString crmId;
        QString remoteId;
        QString matchedBy;
    };

    static QList<Match> match(ModuleInfo::Module module, const QList<const SideItem *> &crmItems,
                              const QList<const SideItem *> &remoteItems);
};

} // namespace crmsync
