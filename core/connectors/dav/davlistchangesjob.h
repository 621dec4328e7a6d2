// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "davcollection.h"
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
 */
class DavListChangesJob : public ListChangesJob
{
    Q_OBJECT
public:
    DavListChangesJob(DavCollection collection, QString token, QHash<QString, QString> knownVersions,
                      QObject *parent = nullptr);
    void start() override;

    static constexpr QLatin1StringView kCtagPrefix{"ctag:"};

private:
    void startSync();
    void onSyncFinished(HttpJob *http);
    void startCtagCheck();
    void onCtagFinished(HttpJob *http);
    void startFullListing();
    void onListingFinished(HttpJob *http);
    void fetchChanged(const QList<DavResponse> &members);
    void fail(const Error &error);

    DavCollection m_collection;
    QString m_token;
    QHash<QString, QString> m_known;
};

} // namespace crmsync
