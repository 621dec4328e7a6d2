// SPDX-License-Identifier: GPL-3.0-or-later
// DavListChangesJob, continued: the full listing of a calendar by calendar-query (the
// profile's component, and the events range). Split from davlistchangesjob.cpp only to keep
// each file short.
#include "davlistchangesjob.h"

#include "davitemfilter.h"
#include "davmemberscope.h"
#include "davmultistatusparser.h"
#include "davqueryrequest.h"
#include "net/httpjob.h"

#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcDavList)

namespace crmsync {

void DavListChangesJob::startQueryListing()
{
    // Nothing known yet (the first listing): only the collection itself is needed from
    // the PROPFIND, so history outside the range is not even listed.
    HttpJob *http = DavQueryRequest::listing(m_collection, m_known.isEmpty() ? 0 : 1, this);
    connect(http, &Job::finished, this, [this, http] { onQueryListingFinished(http); });
    http->start();
}

void DavListChangesJob::onQueryListingFinished(HttpJob *http)
{
    http->deleteLater();
    DavListing listing;
    if (!readCollectionListing(http, listing))
        return;
    m_changes.errors += listing.errors;
    // The PROPFIND is the second way of asking already: cut short, it deletes nothing.
    if (listing.truncated)
        m_changes.errors.append(DavListing::truncationError(m_collection.url));
    m_present = listing.present;
    m_presenceKnown = !m_known.isEmpty();
    m_presenceComplete = listing.complete();
    m_hits.clear();
    HttpJob *query = DavQueryRequest::calendarQuery(m_collection, m_options.component, m_options.rangeStart, this);
    connect(query, &Job::finished, this, [this, query] { onQueryFinished(query); });
    query->start();
}

bool DavListChangesJob::takeHits(HttpJob *http, bool fallBackOnRefusal)
{
    const Result<DavMultistatus> parsed = http->hasError()
        ? Result<DavMultistatus>(http->error())
        : DavMultistatusParser::parse(http->body(), m_collection.url);
    if (!parsed) {
        if (http->error().category == Error::Category::Auth || http->error().canRetryLater()) {
            fail(http->error());
            return false;
        }
        if (fallBackOnRefusal) {
            // A server without calendar-query (or that cannot evaluate the filter): list
            // everything and leave the component and range to the client.
            qCDebug(lcDavList) << "calendar-query refused with HTTP" << http->statusCode() << "- full listing";
            m_queryRefused = true;
            m_ranged = false;
            startFullListing();
            return false;
        }
        // No prop-filter support: the time-range answer alone decides.
        qCDebug(lcDavList) << "recurring calendar-query refused with HTTP" << http->statusCode();
        return true;
    }
    const DavListing listing = DavListing::from(*parsed, DavMemberScope(m_collection.url), m_collection.url);
    m_changes.errors += listing.errors;
    // Hits left out may be new items: reported, so the token stays and they come next time.
    if (listing.truncated)
        m_changes.errors.append(DavListing::truncationError(m_collection.url));
    for (const DavResponse &r : listing.present)
        m_hits.insert(r.path, r);
    return true;
}

void DavListChangesJob::onQueryFinished(HttpJob *http)
{
    http->deleteLater();
    if (!takeHits(http, true))
        return;
    m_ranged = m_options.rangeStart.isValid();
    if (!m_ranged)
        return finishQueryListing();
    // A series is judged on the client (RecurrenceExpander), whatever the server's
    // time-range said about it: Xandikos leaves out open series begun before the range.
    HttpJob *recurring = DavQueryRequest::recurringQuery(m_collection, m_options.component, this);
    connect(recurring, &Job::finished, this, [this, recurring] { onRecurringFinished(recurring); });
    recurring->start();
}

void DavListChangesJob::onRecurringFinished(HttpJob *http)
{
    http->deleteLater();
    if (takeHits(http, false))
        finishQueryListing();
}

void DavListChangesJob::finishQueryListing()
{
    const QList<DavResponse> &present = m_present;
    const QHash<QString, DavResponse> &hits = m_hits;
    QList<DavResponse> members;
    QSet<QString> seen;
    const auto consider = [&](const DavResponse &r) {
        if (seen.contains(r.path))
            return;
        seen.insert(r.path);
        if (r.etag.isEmpty() || m_known.value(r.path) != r.etag)
            members.append(r);
    };
    // Known members keep syncing whatever the range says (SyncFilter: linked items stay).
    for (const DavResponse &r : present) {
        if (m_known.contains(r.path))
            consider(r);
    }
    for (const DavResponse &r : std::as_const(hits))
        consider(r);
    QStringList confirmGone;
    if (m_presenceKnown && m_presenceComplete) {
        QSet<QString> there;
        for (const DavResponse &r : present)
            there.insert(r.path);
        for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
            if (!there.contains(it.key()))
                confirmGone.append(it.key());
        }
        confirmGone.sort();
        m_changes.totalCount = int(present.size());
    }
    if (!m_presenceComplete)
        m_changes.newToken.clear();
    std::sort(members.begin(), members.end(), [](const DavResponse &a, const DavResponse &b) { return a.path < b.path; });
    fetchChanged(members, confirmGone);
}

} // namespace crmsync
