// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "davcollection.h"
#include "davlistoptions.h"
#include "davmultistatus.h"
#include "store/listchangesjob.h"

#include <QHash>

namespace crmsync {

class HttpJob;

/*!
 * \brief Lists what changed in a DAV collection (reference/protocols.md §4.2).
 *
 * With a sync token: RFC 6578 sync-collection; removed members are 404 responses. A token
 * the server refuses (DAV:valid-sync-token, or 400/403/409/500: Radicale says 403,
 * Xandikos 500, §4.4) or a truncated answer (507) falls back to a full listing.
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
    //! A full listing by sync-collection with no token (faster on Radicale).
    void startInitialSync();
    //! Appends \a parsed's responses but the collection's own to \a members; with \a checkKind
    //! that one goes through refusedKind() first, and false means the job has failed.
    bool takeMembers(const DavMultistatus &parsed, bool checkKind, QList<DavResponse> &members);
    //! The rest of a full listing, from the members listed (the collection's own response left out).
    void listedMembers(const QList<DavResponse> &responses);
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
    void finishQueryListing();
    //! Refuses a listing whose own response is not the right kind of collection.
    bool refusedKind(const DavResponse &self);
    void fetchChanged(const QList<DavResponse> &members);
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
    QHash<QString, QString> m_known;
    //! A ranged calendar-query chose the members: recurring ones get checked on the client.
    bool m_ranged = false;
    bool m_queryRefused = false;
    //! Between the requests of a query listing: the PROPFIND's members and the query's hits.
    QList<DavResponse> m_present;
    bool m_presenceKnown = false;
    QHash<QString, DavResponse> m_hits;
};

} // namespace crmsync
