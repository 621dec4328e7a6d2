// SPDX-License-Identifier: GPL-3.0-or-later
#include "davlistchangesjob.h"

#include "davfetchjob.h"
#include "davmultistatusparser.h"
#include "davrequest.h"
#include "net/httpjob.h"

#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcDavList, "crmsync.dav", QtInfoMsg)

namespace crmsync {

DavListChangesJob::DavListChangesJob(DavCollection collection, QString token, QHash<QString, QString> knownVersions,
                                     QObject *parent)
    : ListChangesJob(parent)
    , m_collection(std::move(collection))
    , m_token(std::move(token))
    , m_known(std::move(knownVersions))
{
}

void DavListChangesJob::start()
{
    if (m_token.isEmpty())
        startFullListing();
    else if (m_token.startsWith(kCtagPrefix))
        startCtagCheck();
    else
        startSync();
}

void DavListChangesJob::fail(const Error &error)
{
    setError(error);
    emitResult();
}

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
            || s == 400 || s == 403 || s == 409 || s == 500;
        if (!refused)
            return fail(http->error());
        qCDebug(lcDavList) << "sync token refused with HTTP" << s << "- full listing";
        return startFullListing();
    }
    const Result<DavMultistatus> parsed = DavMultistatusParser::parse(http->body(), m_collection.url);
    if (!parsed)
        return fail(parsed.error());
    const QString self = m_collection.path();
    QList<DavResponse> members;
    for (const DavResponse &r : parsed->responses) {
        const bool isSelf = r.path == self || r.path + QLatin1Char('/') == self;
        if (isSelf && r.status == 507) // truncated (RFC 6578 §3.6): the delta is incomplete
            return startFullListing();
        if (isSelf || r.isCollection)
            continue;
        if (r.status == 404) {
            m_changes.deleted.append(r.path);
            continue;
        }
        // Xandikos reports only the properties that changed (§4.4), so the ETag may be
        // absent: then the multiget's ETag decides.
        if (!r.etag.isEmpty() && m_known.value(r.path) == r.etag)
            continue;
        members.append(r);
    }
    m_changes.newToken = parsed->syncToken;
    m_changes.deleted.sort();
    fetchChanged(members);
}

void DavListChangesJob::startCtagCheck()
{
    HttpJob *http = DavRequest::propfind(m_collection, m_collection.url, 0, this);
    connect(http, &Job::finished, this, [this, http] { onCtagFinished(http); });
    http->start();
}

void DavListChangesJob::onCtagFinished(HttpJob *http)
{
    http->deleteLater();
    if (http->hasError())
        return fail(http->error());
    const Result<DavMultistatus> parsed = DavMultistatusParser::parse(http->body(), m_collection.url);
    if (!parsed)
        return fail(parsed.error());
    for (const DavResponse &r : parsed->responses) {
        if (!r.ctag.isEmpty() && kCtagPrefix + r.ctag == m_token) {
            m_changes.newToken = m_token; // nothing changed since the last listing
            emitResult();
            return;
        }
    }
    startFullListing();
}

void DavListChangesJob::startFullListing()
{
    m_changes = ChangeSet();
    m_changes.fullListing = true;
    HttpJob *http = DavRequest::propfind(m_collection, m_collection.url, 1, this);
    connect(http, &Job::finished, this, [this, http] { onListingFinished(http); });
    http->start();
}

void DavListChangesJob::onListingFinished(HttpJob *http)
{
    http->deleteLater();
    if (http->hasError())
        return fail(http->error());
    const Result<DavMultistatus> parsed = DavMultistatusParser::parse(http->body(), m_collection.url);
    if (!parsed)
        return fail(parsed.error());
    const QString self = m_collection.path();
    QSet<QString> present;
    QList<DavResponse> members;
    for (const DavResponse &r : parsed->responses) {
        if (r.path == self || r.path + QLatin1Char('/') == self) {
            // A URL that names the server or a principal instead of the collection would
            // make every write fail one by one: refuse once, and say how to find the URL.
            if (m_collection.isCalendar() ? !r.isCalendar : !r.isAddressBook) {
                return fail(Error::make(Error::Category::Config,
                    m_collection.isCalendar()
                        ? tr("%1 is not a calendar; run \"crmsync discover\" to find the calendar's URL and put it in \"collection\".")
                              .arg(m_collection.url.toDisplayString())
                        : tr("%1 is not an address book; run \"crmsync discover\" to find the address book's URL and put it in \"collection\".")
                              .arg(m_collection.url.toDisplayString())));
            }
            // The token read together with the listing covers exactly this state.
            if (!r.syncToken.isEmpty())
                m_changes.newToken = r.syncToken;
            else if (!r.ctag.isEmpty())
                m_changes.newToken = kCtagPrefix + r.ctag;
            continue;
        }
        if (r.isCollection || (r.status != 0 && r.status != 200))
            continue;
        present.insert(r.path);
        if (r.etag.isEmpty() || m_known.value(r.path) != r.etag)
            members.append(r);
    }
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
        if (!present.contains(it.key()))
            m_changes.deleted.append(it.key());
    }
    m_changes.deleted.sort();
    m_changes.totalCount = int(present.size());
    fetchChanged(members);
}

void DavListChangesJob::fetchChanged(const QList<DavResponse> &members)
{
    QStringList paths;
    for (const DavResponse &r : members)
        paths.append(r.path);
    if (paths.isEmpty()) {
        emitResult();
        return;
    }
    auto *fetch = new DavFetchJob(m_collection, paths, this);
    connect(fetch, &Job::finished, this, [this, fetch] {
        fetch->deleteLater();
        if (fetch->hasError())
            return fail(fetch->error());
        for (const Item &item : fetch->items()) {
            if (m_known.value(item.id) != item.version)
                m_changes.changed.append(item);
        }
        m_changes.errors.append(fetch->itemErrors());
        // Gone between the listing and the multiget: deleted if we knew it.
        for (const QString &path : fetch->missing()) {
            if (m_known.contains(path) && !m_changes.deleted.contains(path))
                m_changes.deleted.append(path);
        }
        emitResult();
    });
    fetch->start();
}

} // namespace crmsync
