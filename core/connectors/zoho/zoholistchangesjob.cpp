// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoholistchangesjob.h"

#include "connectors/zoho/zohofetchjob.h"
#include "connectors/zoho/zohorequestjob.h"
#include "connectors/zoho/zohosession.h"
#include "formats/canonicalvalue.h"
#include "net/httpjob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace crmsync {

namespace {

constexpr int kPerPage = 200;      // maximum per page (§2.1)
constexpr int kDiscretePages = 10; // `page` reaches only the first 2 000 records (§2.1)

} // namespace

ZohoListChangesJob::ZohoListChangesJob(ZohoSession *session, const ModuleInfo &module, const QStringList &fields,
                                       const QString &token, const QHash<QString, QString> &knownVersions,
                                       QObject *parent)
    : ListChangesJob(parent)
    , m_session(session)
    , m_module(module)
    , m_fields(fields)
    , m_token(token)
    , m_known(knownVersions)
{
}

QString ZohoListChangesJob::tokenFor(const QDateTime &instant)
{
    return CanonicalValue::dateTime(instant);
}

QString ZohoListChangesJob::sinceHeaderFor(const QString &token)
{
    const QDateTime t = CanonicalValue::parseDateTime(token);
    if (!t.isValid())
        return {};
    return CanonicalValue::dateTime(t.addSecs(-1));
}

void ZohoListChangesJob::start()
{
    // An unreadable token is treated like none: a full listing is always correct.
    m_since = sinceHeaderFor(m_token);
    if (m_since.isEmpty())
        m_token.clear();
    m_changes.fullListing = m_since.isEmpty();
    requestPage();
}

void ZohoListChangesJob::listMore()
{
    if (!m_waiting)
        return;
    m_waiting = false;
    requestPage();
}

void ZohoListChangesJob::requestPage()
{
    if (!m_session) {
        fail(ZohoSession::sessionGone());
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("fields"), m_fields.join(QLatin1Char(',')));
    q.addQueryItem(QStringLiteral("per_page"), QString::number(kPerPage));
    // Sorting by id keeps the order stable while records are edited during the listing.
    q.addQueryItem(QStringLiteral("sort_by"), QStringLiteral("id"));
    q.addQueryItem(QStringLiteral("sort_order"), QStringLiteral("asc"));
    // page_token cannot be combined with page (§2.1).
    if (!m_pageToken.isEmpty())
        q.addQueryItem(QStringLiteral("page_token"), m_pageToken);
    else
        q.addQueryItem(QStringLiteral("page"), QString::number(m_page));
    auto *job = m_session->request("GET", QStringLiteral("/crm/v8/") + m_module.apiName(), q);
    job->setParent(this);
    if (!m_since.isEmpty())
        job->setHeader("If-Modified-Since", m_since.toUtf8());
    connect(job, &Job::finished, this, &ZohoListChangesJob::onPage);
    job->start();
}

void ZohoListChangesJob::noteTime(const QString &isoTime)
{
    const QDateTime t = CanonicalValue::parseDateTime(isoTime);
    if (t.isValid() && (!m_newest.isValid() || t > m_newest))
        m_newest = t;
}

bool ZohoListChangesJob::readRecords(ZohoRequestJob *job)
{
    const QJsonValue data = job->json().value(QLatin1String("data"));
    if (!data.isArray() && job->statusCode() == 200) {
        fail(Error::make(Error::Category::Data,
                         QCoreApplication::translate("ZohoListChangesJob",
                                                     "Zoho CRM at %1 sent a %2 listing without records.")
                             .arg(job->host(), m_module.displayName())));
        return false;
    }
    for (const QJsonValue &v : data.toArray()) {
        const QJsonObject record = v.toObject();
        const QString id = record.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            continue;
        const QString version = record.value(QLatin1String("Modified_Time")).toString();
        m_seen.insert(id);
        noteTime(version);
        auto known = m_known.constFind(id);
        if (known != m_known.constEnd() && *known == version)
            continue;
        m_changes.changed.append(Item{id, version, QJsonDocument(record).toJson(QJsonDocument::Compact),
                                      CanonicalValue::parseDateTime(version)});
    }
    return true;
}

void ZohoListChangesJob::onPage(Job *j)
{
    auto *job = static_cast<ZohoRequestJob *>(j);
    job->deleteLater();
    if (job->hasError()) {
        fail(job->error());
        return;
    }
    if (!m_serverStart.isValid()) {
        // The server's clock at the first answer bounds the new token, see finish().
        m_serverStart = HttpJob::parseHttpDate(job->responseHeader("Date"));
    }
    // 304: nothing modified since; 204: no records at all (§2.1).
    if (job->statusCode() != 304 && job->statusCode() != 204) {
        if (!readRecords(job))
            return;
        const QJsonObject info = job->json().value(QLatin1String("info")).toObject();
        if (info.value(QLatin1String("more_records")).toBool()) {
            const QString next = info.value(QLatin1String("next_page_token")).toString();
            if (m_pageToken.isEmpty() && m_page < kDiscretePages) {
                ++m_page;
            } else if (!next.isEmpty()) {
                m_pageToken = next;
            } else {
                fail(Error::make(Error::Category::Server,
                                 QCoreApplication::translate("ZohoListChangesJob",
                                                             "Zoho CRM at %1 did not say how to continue the %2 "
                                                             "listing after %3 records.")
                                     .arg(job->host(), m_module.displayName())
                                     .arg(m_seen.size())));
                return;
            }
            if (isPaged() && !m_changes.changed.isEmpty()) {
                m_waiting = true;
                emit pageListed();
                return;
            }
            requestPage();
            return;
        }
    }
    if (m_changes.fullListing) {
        for (auto it = m_known.constBegin(); it != m_known.constEnd(); ++it) {
            if (!m_seen.contains(it.key()))
                m_toVerify << it.key();
        }
        m_changes.totalCount = m_seen.size();
        requestVerify();
    } else {
        m_page = 1;
        requestDeleted();
    }
}

void ZohoListChangesJob::requestVerify()
{
    if (!m_session) {
        fail(ZohoSession::sessionGone());
        return;
    }
    if (m_toVerify.isEmpty()) {
        finish();
        return;
    }
    auto *job = new ZohoFetchJob(m_session, m_module, m_fields, m_toVerify, this);
    connect(job, &Job::finished, this, &ZohoListChangesJob::onVerify);
    job->start();
}

void ZohoListChangesJob::onVerify(Job *j)
{
    auto *job = static_cast<ZohoFetchJob *>(j);
    job->deleteLater();
    if (job->hasError()) {
        fail(job->error());
        return;
    }
    // Listed after all (passed over by shifting pages): report it if it changed.
    for (const Item &item : job->items()) {
        ++m_changes.totalCount;
        if (m_known.value(item.id) != item.version)
            m_changes.changed.append(item);
    }
    m_changes.deleted += job->missing();
    m_changes.errors += job->itemErrors(); // answered without the record: kept, not deleted
    finish();
}

void ZohoListChangesJob::requestDeleted()
{
    if (!m_session) {
        fail(ZohoSession::sessionGone());
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("type"), QStringLiteral("all"));
    q.addQueryItem(QStringLiteral("per_page"), QString::number(kPerPage));
    q.addQueryItem(QStringLiteral("page"), QString::number(m_page));
    auto *job = m_session->request("GET", QStringLiteral("/crm/v8/%1/deleted").arg(m_module.apiName()), q);
    job->setParent(this);
    job->setHeader("If-Modified-Since", m_since.toUtf8());
    connect(job, &Job::finished, this, &ZohoListChangesJob::onDeleted);
    job->start();
}

void ZohoListChangesJob::onDeleted(Job *j)
{
    auto *job = static_cast<ZohoRequestJob *>(j);
    job->deleteLater();
    if (job->hasError()) {
        fail(job->error());
        return;
    }
    if (job->statusCode() == 204 || job->statusCode() == 304) {
        finish();
        return;
    }
    for (const QJsonValue &v : job->json().value(QLatin1String("data")).toArray()) {
        const QJsonObject entry = v.toObject();
        const QString id = entry.value(QLatin1String("id")).toString();
        noteTime(entry.value(QLatin1String("deleted_time")).toString());
        // Ids the engine never saw (created and deleted between runs) do not matter.
        if (m_known.contains(id) && !m_changes.deleted.contains(id))
            m_changes.deleted << id;
    }
    if (job->json().value(QLatin1String("info")).toObject().value(QLatin1String("more_records")).toBool()) {
        ++m_page;
        requestDeleted();
        return;
    }
    finish();
}

void ZohoListChangesJob::finish()
{
    // The new token is the newest Modified_Time / deleted_time seen, but never later than
    // the server's clock when the listing began: a record edited while we paged may have
    // been passed over, and its time is after that start. Never earlier than the old
    // token either. Re-listed unchanged records cost nothing: their known version
    // filters them out.
    QDateTime token = m_newest;
    if (m_serverStart.isValid() && token.isValid() && token > m_serverStart)
        token = m_serverStart;
    const QDateTime previous = CanonicalValue::parseDateTime(m_token);
    if (!token.isValid() || (previous.isValid() && token < previous))
        token = previous;
    if (!token.isValid() && m_changes.fullListing && m_serverStart.isValid())
        token = m_serverStart; // an empty module: changes from now on
    m_changes.newToken = token.isValid() ? tokenFor(token) : QString();
    emitResult();
}

void ZohoListChangesJob::fail(const Error &error)
{
    m_changes = ChangeSet{};
    setError(error);
    emitResult();
}

} // namespace crmsync
