// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "davcollection.h"
#include "davlisting.h"
#include "davlistoptions.h"
#include "davmultistatus.h"
#include "store/listchangesjob.h"

#include <QHash>
#include <QSet>

namespace crmsync {

class HttpJob;

/*!
 * \brief Lists what changed in a DAV collection (reference/protocols.md §4.2).
 *
 * With a sync token: RFC 6578 sync-collection; removed members are 404 responses. A token
 * the server refuses (DAV:valid-sync-token, or 400/403/409/500: Radicale says 403,
 * Xandikos 500, §4.4) falls back to a full listing; a truncated answer (507) is asked
 * again from the token it came with (RFC 6578 §3.6), or listed fully when it has none.
 *
 * Deletions need evidence (docs/dav.md "Deletions need evidence"): an explicit 404 in a
 * delta, or absence from a complete full listing confirmed by a 404 in the multiget. A
 * full listing still cut short after a second way of asking deletes nothing, keeps the
 * old token and reports why; failed members and hrefs outside the collection are item
 * errors (DavListing).
 * With a "ctag:<value>" token (a server without sync-collection): CS:getctag on the
 * collection; unchanged means nothing to do. Otherwise a full listing: PROPFIND Depth 1
 * for getetag, which also reads the collection's sync-token or getctag for next time.
 * Payloads of new and changed members come from a DavFetchJob (multiget).
 *
 * With options (a calendar for one profile, DavListOptions): first DavCollectionResolveJob
 * checks or picks the calendar. A full listing then asks a calendar-query for the members
 * of the profile's component, from options.rangeStart on when set, so other kinds and
 * out-of-range history are never downloaded; recurring hits are checked on the client
 * (DavItemFilter). Members not matched are not deletions: presence comes from the
 * PROPFIND, and members of another component are never reported at all.
 */
class DavListChangesJob : public ListChangesJob
{
    Q_OBJECT
public:
    DavListChangesJob(DavCollection collection, QString token, QHash<QString, QString> knownVersions,
                      QObject *parent = nullptr);
    DavListChangesJob(DavCollection collection, DavListOptions options, QString token,
                      QHash<QString, QString> knownVersions, QObject *parent = nullptr);
    void start() override;
    //! The collection listed: after a pick (options.pickCollection), the picked calendar.
    const DavCollection &collection() const { return m_collection; }

    static constexpr QLatin1StringView kCtagPrefix{"ctag:"};
    /*!
     * A token of a collection that had to be checked or picked (a calendar's component, a
     * server URL) names it: "at:<configured URL> <collection URL> <token>". The next listing
     * then goes straight to the collection with one request, instead of checking it again
     * with a PROPFIND first; a refused token checks it again before the full listing. A
     * token made for another configured URL is ignored (the user changed the account).
     */
    static constexpr QLatin1StringView kCollectionPrefix{"at:"};

private:
    void begin();
    //! Checks or picks the collection (DavCollectionResolveJob), then \a next.
    void resolveThen(void (DavListChangesJob::*next)());
    bool needsResolve() const { return !m_options.component.isEmpty() || m_options.pickCollection; }
    void listFully();
    //! A full listing by sync-collection (faster on Radicale): no token, or the token of the
    //! page before when the server pages its answer (RFC 6578 §3.6).
    void startInitialSync(const QString &pageToken = {});
    //! The full listing by PROPFIND Depth 1, after sync-collection failed or was cut short.
    void listByPropfind();
    void onInitialSyncFinished(HttpJob *http, const QString &pageToken);
    /*!
     * The rest of a full listing: fetches what changed, and confirms the known members the
     * listing left out with the multiget (only a 404 there deletes them). \a complete false
     * (truncated, or some member failed): nothing is taken for deleted in this run.
     */
    void listedMembers(const QList<DavResponse> &present, bool complete);
    //! Emits the result, its token naming the collection when needsResolve() (kCollectionPrefix).
    void done();
    void startSync();
    void onSyncFinished(HttpJob *http);
    void startCtagCheck();
    void onCtagFinished(HttpJob *http);
    void startFullListing();
    void onListingFinished(HttpJob *http);
    void startQueryListing();
    void onQueryListingFinished(HttpJob *http);
    void onQueryFinished(HttpJob *http);
    void onRecurringFinished(HttpJob *http);
    //! Takes a calendar-query's hits; false when the query failed in a way that ends the job.
    bool takeHits(HttpJob *http, bool fallBackOnRefusal);
    void finishQueryListing();
    //! Sorts an answer by what it proves; false (and the job failed) when it is unreadable.
    bool readListing(HttpJob *http, DavListing &listing);
    //! readListing() of a PROPFIND that lists the collection itself: a failed request or a
    //! collection of the wrong kind (refusedKind()) fails the job and returns false.
    bool readCollectionListing(HttpJob *http, DavListing &listing);
    //! Refuses a listing whose own response is not the right kind of collection.
    bool refusedKind(const DavResponse &self);
    //! Fetches \a members (unless their payload came with the listing) and \a confirmGone,
    //! known members a complete full listing left out.
    void fetchChanged(const QList<DavResponse> &members, const QStringList &confirmGone = {});
    //! Adds what was listed or fetched to the changes, unless known or outside the profile.
    void acceptFetched(const QList<Item> &items);
    void fail(const Error &error);

    DavCollection m_collection;
    DavListOptions m_options;
    QString m_token;
    //! The collection URL as given, before a pick.
    QUrl m_givenUrl;
    //! Checked or picked by this job (not trusted from the token).
    bool m_resolved = false;
    //! The collection's kind was checked by DavCollectionResolveJob in this job.
    bool m_resolvedKind = false;
    bool m_initialSyncRefused = false;
    //! A full listing by sync-collection was tried in this job (one of the two ways).
    bool m_syncListingTried = false;
    bool m_propfindTruncated = false;
    QHash<QString, QString> m_known;
    //! A ranged calendar-query chose the members: recurring ones get checked on the client.
    bool m_ranged = false;
    bool m_queryRefused = false;
    //! Between the requests of a query listing: the PROPFIND's members and the query's hits.
    QList<DavResponse> m_present;
    bool m_presenceKnown = false;
    bool m_presenceComplete = true;
    QHash<QString, DavResponse> m_hits;
    //! Pages of one sync-collection answer (RFC 6578 §3.6): members and removals so far.
    QHash<QString, DavResponse> m_paged;
    QSet<QString> m_pagedGone;
    int m_pages = 0;
    //! Bounds the pages a server may split one answer into (iCloud sends ~230 items a page).
    static constexpr int kMaxPages = 1000;
};

} // namespace crmsync
