// SPDX-License-Identifier: GPL-3.0-or-later
#include "davfetchjob.h"

#include "davlisting.h"
#include "davmemberscope.h"
#include "davmultistatusparser.h"
#include "davrequest.h"
#include "net/httpjob.h"

#include <QSet>

namespace crmsync {

DavFetchJob::DavFetchJob(DavCollection collection, QStringList paths, QObject *parent)
    : FetchJob(parent), m_collection(std::move(collection)), m_paths(std::move(paths))
{
}

void DavFetchJob::start()
{
    nextChunk();
}

void DavFetchJob::nextChunk()
{
    if (m_next >= m_paths.size()) {
        emitResult();
        return;
    }
    const QStringList chunk = m_paths.mid(m_next, kChunkSize);
    m_next += int(chunk.size());
    HttpJob *http = DavRequest::multiget(m_collection, chunk, this);
    connect(http, &Job::finished, this, [this, http, chunk] { onChunkFinished(http, chunk); });
    http->start();
}

void DavFetchJob::onChunkFinished(HttpJob *http, const QStringList &chunk)
{
    http->deleteLater();
    if (http->hasError()) {
        setError(http->error());
        emitResult();
        return;
    }
    const Result<DavMultistatus> parsed = DavMultistatusParser::parse(http->body(), m_collection.url);
    if (!parsed) {
        setError(parsed.error());
        emitResult();
        return;
    }
    // Only answers for what was asked, inside the collection, count; an href left out or
    // answered with anything but data or 404 is an item error, never a deletion.
    const DavMemberScope scope(m_collection.url);
    const QSet<QString> asked(chunk.cbegin(), chunk.cend());
    QSet<QString> answered;
    for (const DavResponse &r : parsed->responses) {
        const DavMemberScope::Verdict v = scope.classify(r.href);
        if (v.kind == DavMemberScope::Kind::Outside) {
            m_itemErrors.append(DavListing::outsideError(m_collection.url, r.href));
            continue;
        }
        if (v.kind == DavMemberScope::Kind::Collection)
            continue;
        if (!asked.contains(v.path)) {
            m_itemErrors.append(ItemError{v.path, Error::make(Error::Category::Server,
                tr("%1 answered for %2, which was not asked for; the answer was ignored.")
                    .arg(m_collection.url.host(), v.path))});
            continue;
        }
        if (answered.contains(v.path))
            continue; // the first answer counts
        answered.insert(v.path);
        if (r.status == 404) {
            m_missing.append(v.path);
            continue;
        }
        const int failed = r.status != 0 && (r.status < 200 || r.status > 299) ? r.status : r.failedPropstatStatus;
        if (failed != 0) {
            m_itemErrors.append(DavListing::memberError(m_collection.url, v.path, failed));
            continue;
        }
        if (!r.hasData) {
            m_itemErrors.append(ItemError{v.path, Error::make(Error::Category::Server,
                tr("%1 sent no data for %2; the item was left as it is and is tried again next time.")
                    .arg(m_collection.url.host(), v.path))});
            continue;
        }
        m_items.append(Item{v.path, r.etag, r.data, {}});
    }
    for (const QString &path : chunk) {
        if (!answered.contains(path)) {
            m_itemErrors.append(ItemError{path, Error::make(Error::Category::Server,
                tr("%1 left %2 out of its answer; the item was left as it is and is tried again next time.")
                    .arg(m_collection.url.host(), path))});
        }
    }
    nextChunk();
}

} // namespace crmsync
