// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "davmultistatus.h"
#include "model/itemerror.h"

#include <QCoreApplication>
#include <QUrl>

#include <optional>

namespace crmsync {

class DavMemberScope;

/*!
 * \brief One listing answer (PROPFIND Depth 1, sync-collection, calendar-query) sorted by
 * what it proves (docs/dav.md "Deletions need evidence").
 *
 * Only members inside the collection count (DavMemberScope); their paths are normalized.
 * A member is present when it answered 2xx (or no status, as PROPFIND members do) with no
 * failed propstat; gone when it answered 404 (sync-collection, RFC 6578 §3.5.2); anything
 * else is an item error, so the item is kept as it is and tried again next run.
 */
struct DavListing
{
    Q_DECLARE_TR_FUNCTIONS(DavListing)
public:
    //! The collection's own response, when the server sent one.
    std::optional<DavResponse> self;
    QList<DavResponse> present;
    QStringList gone;
    QList<ItemError> errors;
    //! The server cut the answer short: 507 on the request-URI or
    //! DAV:number-of-matches-within-limits (RFC 6578 §3.6, RFC 5323 §5.17 for the element).
    bool truncated = false;
    //! The multistatus' own sync-token (sync-collection).
    QString syncToken;

    //! Nothing left out: absence from this listing may be taken as a deletion candidate.
    bool complete() const { return !truncated && errors.isEmpty(); }

    static DavListing from(const DavMultistatus &parsed, const DavMemberScope &scope, const QUrl &collectionUrl);
    //! The error a truncated listing is reported with, once no other way of listing is left.
    static ItemError truncationError(const QUrl &collectionUrl);
    //! Per-member failures, shared with DavFetchJob.
    static ItemError memberError(const QUrl &collectionUrl, const QString &path, int status);
    static ItemError outsideError(const QUrl &collectionUrl, const QString &href);
};

} // namespace crmsync
