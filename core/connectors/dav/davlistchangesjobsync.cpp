// SPDX-License-Identifier: GPL-3.0-or-later
// DavListChangesJob, continued: the delta since the last sync token by sync-collection
// (RFC 6578), paged when the server truncates its answer, falling back to a full listing
// when the token is refused. Split from davlistchangesjob.cpp only to keep each file short.
#include "davlistchangesjob.h"

#include "davmultistatusparser.h"
#include "davrequest.h"
#include "net/httpjob.h"

#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcDavList)

namespace crmsync {

void DavListChangesJob::startSync()
{
    HttpJob *http = DavRequest::syncCollection(m_collection, m_token, this);
    // Xandikos answers an unknown token with 500 (reference/protocols.md §4.4): retrying it
    // only delays the fallback, which itself retries if the server is really in trouble.
    RetryPolicy policy = http->retryPolicy();
    policy.maxAttempts = 1;
    http->setRetryPolicy(policy);
    connect(http, &Job::finished, this, [this, http] { onSyncFinished(http); });
    http->start();
}

void DavListChangesJob::onSyncFinished(HttpJob *http)
{
    http->deleteLater();
    if (http->hasError()) {
        const int s = http->statusCode();
        // DAVx5 keys on the error element; the statuses cover servers that send none.
        const bool refused = DavMultistatusParser::elementNames(http->body()).contains(QLatin1String("valid-sync-token"))
            || s == 400 || s == 403 || s == 409 || s == 500
            // The collection named by the token is gone: check the URL again (kCollectionPrefix).
            || (s == 404 && !m_resolved);
        if (!refused)
            return fail(http->error());
        qCDebug(lcDavList) << "sync token refused with HTTP" << s << "- full listing";
        m_paged.clear();
        m_pagedGone.clear();
        return startFullListing();
    }
    DavListing listing;
    if (!readListing(http, listing))
        return;
    // Outside hrefs and failed members are item errors: kept, and tried again next run.
    m_changes.errors += listing.errors;
    for (const QString &path : std::as_const(listing.gone)) {
        m_paged.remove(path);
        // In a mixed calendar the other kind's removals are none of this store's business.
        if (m_options.component.isEmpty() || m_known.contains(path))
            m_pagedGone.insert(path);
    }
    for (const DavResponse &r : std::as_const(listing.present)) {
        m_pagedGone.remove(r.path);
        // Xandikos reports only the properties that changed (§4.4), so the ETag may be
        // absent: then the multiget's ETag decides.
        if (!r.etag.isEmpty() && m_known.value(r.path) == r.etag)
            m_paged.remove(r.path);
        else
            m_paged.insert(r.path, r);
    }
    if (listing.truncated) {
        // RFC 6578 §3.6: a truncated answer holds a token to ask for the rest with; its
        // removals are evidence already and stay. Without a new token, a full listing decides.
        if (!listing.syncToken.isEmpty() && listing.syncToken != m_token && ++m_pages < kMaxPages) {
            qCDebug(lcDavList) << "sync-collection answer truncated - asking for the next page";
            m_token = listing.syncToken;
            return startSync();
        }
        qCDebug(lcDavList) << "sync-collection answer truncated without a way on - full listing";
        m_paged.clear();
        m_pagedGone.clear();
        return startFullListing();
    }
    m_changes.newToken = listing.syncToken;
    m_changes.deleted = QStringList(m_pagedGone.cbegin(), m_pagedGone.cend());
    m_changes.deleted.sort();
    QList<DavResponse> members = m_paged.values();
    std::sort(members.begin(), members.end(), [](const DavResponse &x, const DavResponse &y) { return x.path < y.path; });
    m_paged.clear();
    m_pagedGone.clear();
    fetchChanged(members);
}

} // namespace crmsync
