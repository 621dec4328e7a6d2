// SPDX-License-Identifier: GPL-3.0-or-later
#include "davfetchjob.h"

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
    QSet<QString> answered;
    for (const DavResponse &r : parsed->responses) {
        answered.insert(r.path);
        if (r.status == 404 || (!r.hasData && r.etag.isEmpty())) {
            m_missing.append(r.path);
            continue;
        }
        if (!r.hasData) {
            m_itemErrors.append(ItemError{r.path, Error::make(Error::Category::Server,
                tr("%1 sent no data for %2.").arg(m_collection.url.host(), r.path))});
            continue;
        }
        m_items.append(Item{r.path, r.etag, r.data, {}});
    }
    // A server may leave out hrefs it does not have instead of answering 404 for them.
    for (const QString &path : chunk) {
        if (!answered.contains(path))
            m_missing.append(path);
    }
    nextChunk();
}

} // namespace crmsync
