// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "davcollection.h"
#include "store/fetchjob.h"

namespace crmsync {

class HttpJob;

/*!
 * \brief Fetches members of a DAV collection by path with calendar-multiget /
 * addressbook-multiget (reference/protocols.md §4.2), kChunkSize hrefs per REPORT, one
 * REPORT at a time. Members the server answers 404 for are missing(); any other answer
 * without data, an href left out, an answer not asked for or outside the collection is an
 * item error (docs/dav.md "Deletions need evidence").
 */
class DavFetchJob : public FetchJob
{
    Q_OBJECT
public:
    /*!
     * Hrefs per multiget. Xandikos' multiget time grows faster than linearly (1,000 hrefs
     * took 14.9 s, reference/protocols.md); Evolution uses 100. 50 keeps each REPORT short.
     */
    static constexpr int kChunkSize = 50;

    DavFetchJob(DavCollection collection, QStringList paths, QObject *parent = nullptr);
    void start() override;

private:
    void nextChunk();
    void onChunkFinished(HttpJob *http, const QStringList &chunk);

    DavCollection m_collection;
    QStringList m_paths;
    int m_next = 0;
};

} // namespace crmsync
