// SPDX-License-Identifier: GPL-3.0-or-later
#include "davwritejob.h"

#include "davmemberscope.h"
#include "davmultistatusparser.h"
#include "davrequest.h"
#include "net/httpjob.h"

#include <QUuid>

namespace crmsync {

DavWriteJob::DavWriteJob(DavCollection collection, QList<WriteRequest> requests, QObject *parent)
    : WriteJob(parent), m_collection(std::move(collection)), m_requests(std::move(requests))
{
}

void DavWriteJob::start()
{
    next();
}

QString DavWriteJob::pathFor(const DavCollection &collection, const QString &suggestedId)
{
    QString name;
    for (const QChar c : suggestedId) {
        // Letters, digits and a few marks only: no path separators, no characters that
        // servers percent-encode differently.
        const bool safe = c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char('.') || c == QLatin1Char('@');
        name += safe ? c : QLatin1Char('_');
    }
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    const QString suffix = collection.isCalendar() ? QStringLiteral(".ics") : QStringLiteral(".vcf");
    if (name.isEmpty())
        name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!name.endsWith(suffix, Qt::CaseInsensitive))
        name += suffix;
    return collection.path() + name;
}

void DavWriteJob::next()
{
    if (m_next >= m_requests.size()) {
        emitResult();
        return;
    }
    const WriteRequest request = m_requests.at(m_next);
    const bool create = request.op == WriteRequest::Op::Create;
    const QString path = create ? pathFor(m_collection, request.suggestedId.isEmpty() ? request.id : request.suggestedId)
                                : request.id;
    const QByteArray method = request.op == WriteRequest::Op::Delete ? "DELETE" : "PUT";
    const QUrl url = DavRequest::urlFor(m_collection, path);
    if (!DavMemberScope(m_collection.url).isMember(url)) {
        // An id that came from a server (or an old state database) naming something else
        // on it, or another server: never sent.
        WriteResult refused;
        refused.tag = request.tag;
        refused.id = path;
        refused.error = Error::make(Error::Category::Data,
            tr("Refusing to write %1 on %2: it is not a member of the collection %3.")
                .arg(path, m_collection.url.host(), m_collection.url.toDisplayString(QUrl::RemoveUserInfo)));
        return finishRequest(refused);
    }
    HttpJob *http = DavRequest::make(m_collection, method, url, this);
    if (create)
        http->setHeader("If-None-Match", "*");
    else if (!request.expectedVersion.isEmpty())
        http->setHeader("If-Match", request.expectedVersion.toUtf8()); // exactly as received (§4.3)
    if (method == "PUT") {
        http->setHeader("Content-Type", m_collection.isCalendar() ? "text/calendar; charset=utf-8"
                                                                  : "text/vcard; charset=utf-8");
        http->setBody(request.raw);
    }
    connect(http, &Job::finished, this, [this, http, request, path] { onPutOrDeleteFinished(http, request, path); });
    http->start();
}

void DavWriteJob::onPutOrDeleteFinished(HttpJob *http, const WriteRequest &request, const QString &path)
{
    http->deleteLater();
    WriteResult result;
    result.tag = request.tag;
    result.id = path;
    const int status = http->statusCode();
    const QStringList conditions = DavMultistatusParser::elementNames(http->body());
    const QString where = m_collection.url.host() + path;

    if (conditions.contains(QLatin1String("no-uid-conflict"))) {
        result.error = Error::make(Error::Category::Conflict,
            tr("%1: another item in the collection already has this UID, so it was not written.").arg(where),
            http->error().detail, status);
        return finishRequest(result);
    }
    if (http->hasError()) {
        if (status == 412) {
            const QString message = request.op == WriteRequest::Op::Create
                ? tr("%1 already exists on the server; it was not overwritten.").arg(where)
                : tr("%1 was changed on the server since the last sync; it was not overwritten.").arg(where);
            result.error = Error::make(Error::Category::Conflict, message, http->error().detail, status);
        } else if (request.op == WriteRequest::Op::Delete && status == 404) {
            return finishRequest(result); // already gone: what a delete wants
        } else if (http->error().category == Error::Category::Auth || http->error().category == Error::Category::Network) {
            // The whole batch would fail the same way: report it once.
            setError(http->error());
            emitResult();
            return;
        } else {
            result.error = http->error();
            result.error.userMessage = tr("%1 could not be written: %2").arg(where, http->error().userMessage);
        }
        return finishRequest(result);
    }
    // A 207 answer to a PUT carries per-resource failures (Xandikos wraps 412 this way).
    if (status == 207) {
        const Result<DavMultistatus> parsed = DavMultistatusParser::parse(http->body(), m_collection.url);
        if (parsed) {
            for (const DavResponse &r : parsed->responses) {
                if (r.status >= 300 && request.op != WriteRequest::Op::Delete) {
                    result.error = Error::make(r.status == 412 ? Error::Category::Conflict : Error::Category::Data,
                        tr("%1 was refused by the server (HTTP %2).").arg(where).arg(r.status),
                        QString::fromUtf8(http->body().left(300)), r.status);
                    return finishRequest(result);
                }
            }
        }
    }
    if (request.op == WriteRequest::Op::Delete)
        return finishRequest(result);
    result.version = QString::fromUtf8(http->responseHeader("ETag"));
    if (result.version.isEmpty())
        return readEtag(result);
    finishRequest(result);
}

void DavWriteJob::readEtag(WriteResult result)
{
    HttpJob *http = DavRequest::propfind(m_collection, DavRequest::urlFor(m_collection, result.id), 0, this);
    connect(http, &Job::finished, this, [this, http, result]() mutable {
        http->deleteLater();
        if (!http->hasError()) {
            const Result<DavMultistatus> parsed = DavMultistatusParser::parse(http->body(), m_collection.url);
            if (parsed && !parsed->responses.isEmpty())
                result.version = parsed->responses.constFirst().etag;
        }
        // Written either way; without a version the next listing fetches it again.
        finishRequest(result);
    });
    http->start();
}

void DavWriteJob::finishRequest(const WriteResult &result)
{
    m_results.append(result);
    ++m_next;
    next();
}

} // namespace crmsync
