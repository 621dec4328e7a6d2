// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "item.h"
#include "itemerror.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace crmsync {

/*!
 * \brief What a store reports as changed since a sync token.
 *
 * changed holds new and modified items with their payload; deleted the ids that are gone.
 * A store given no token (or whose token the server refused) answers with a full
 * listing: then fullListing is true, and every known id absent from the listing is in
 * deleted. Items the store could not read are in errors; they are neither changed nor deleted.
 */
struct ChangeSet
{
    QList<Item> changed;
    QStringList deleted;
    QList<ItemError> errors;
    bool fullListing = false;
    //! Number of items the store holds after this listing, when it knows it (-1 otherwise).
    int totalCount = -1;
    QString newToken;
    /*!
     * Items whose content is what the engine last saw although their version string changed
     * (a folder file re-read only because its version was "racy", FolderVersion): id → the
     * version to record. They are neither changed nor deleted, so they are not decoded again.
     */
    QHash<QString, QString> restamped;
};

} // namespace crmsync
