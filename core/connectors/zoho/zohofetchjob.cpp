// SPDX-License-Identifier: GPL-3.0-or-later
#include "zohofetchjob.h"

#include "connectors/zoho/zohorequestjob.h"
#include "formats/canonicalvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace crmsync {

ZohoFetchJob::ZohoFetchJob(ZohoSession *session, const ModuleInfo &module, const QStringList &fields,
                           const QStringList &ids, QObject *parent)
    : FetchJob(parent)
    , m_session(session)
    , m_module(module)
    , m_fields(fields)
    , m_pending(ids)
{
    m_pending.removeDuplicates();
    m_pending.removeAll(QString());
}

void ZohoFetchJob::start()
{
    if (!m_session) {
        setError(ZohoSession::sessionGone());
        emitResult();
        return;
    }
    if (m_pending.isEmpty()) {
        emitResult();
        return;
    }
    while (!m_failed && m_running < kParallel && !m_pending.isEmpty())
        startNext();
}

void ZohoFetchJob::startNext()
{
    if (!m_session) {
        m_failed = true;
        setError(ZohoSession::sessionGone());
        emitResult();
        return;
    }
    const QString id = m_pending.takeFirst();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("fields"), m_fields.join(QLatin1Char(',')));
    auto *job = m_session->request("GET", QStringLiteral("/crm/v8/%1/%2").arg(m_module.apiName(), id), q);
    job->setParent(this);
    job->setProperty("recordId", id);
    connect(job, &Job::finished, this, &ZohoFetchJob::onFetched);
    ++m_running;
    job->start();
}

void ZohoFetchJob::onFetched(Job *j)
{
    auto *job = static_cast<ZohoRequestJob *>(j);
    job->deleteLater();
    --m_running;
    if (m_failed)
        return;
    const QString id = job->property("recordId").toString();
    const bool invalidId = job->statusCode() == 400
        && job->json().value(QLatin1String("code")).toString() == QLatin1String("INVALID_DATA");
    if (job->hasError() && !invalidId) {
        // Offline, signed out, throttled: the whole fetch failed (FetchJob has no partial errors for that).
        m_failed = true;
        m_items.clear();
        m_missing.clear();
        setError(job->error());
        emitResult();
        return;
    }
    QJsonObject record;
    if (!invalidId && job->statusCode() != 204)
        record = job->json().value(QLatin1String("data")).toArray().first().toObject();
    if (record.value(QLatin1String("id")).toString() == id) {
        const QString version = record.value(QLatin1String("Modified_Time")).toString();
        m_items.append(Item{id, version, QJsonDocument(record).toJson(QJsonDocument::Compact),
                            CanonicalValue::parseDateTime(version)});
    } else if (invalidId || job->statusCode() == 204) {
        m_missing << id; // what Zoho answers for a record that does not exist
    } else {
        // An answer without the record is no evidence that it is gone: never a deletion.
        m_itemErrors.append(ItemError{id, Error::make(Error::Category::Server,
            tr("Zoho CRM at %1 answered for record %2 without the record; it was left as it is.")
                .arg(job->host(), id),
            QString::fromUtf8(QJsonDocument(job->json()).toJson(QJsonDocument::Compact).left(300)))});
    }
    if (!m_pending.isEmpty())
        startNext();
    else if (m_running == 0)
        emitResult();
}

} // namespace crmsync
