// SPDX-License-Identifier: GPL-3.0-or-later
#include "zohofetchjob.h"

#include "connectors/zoho/zohorequestjob.h"
#include "connectors/zoho/zohosession.h"
#include "formats/canonicalvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

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
    requestChunk();
}

void ZohoFetchJob::requestChunk()
{
    if (m_pending.isEmpty()) {
        emitResult();
        return;
    }
    const QStringList chunk = m_pending.mid(0, kIdsPerCall);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("ids"), chunk.join(QLatin1Char(',')));
    q.addQueryItem(QStringLiteral("fields"), m_fields.join(QLatin1Char(',')));
    auto *job = m_session->request("GET", QStringLiteral("/crm/v8/") + m_module.apiName(), q);
    job->setParent(this);
    job->setProperty("chunk", chunk);
    connect(job, &Job::finished, this, &ZohoFetchJob::onChunk);
    job->start();
}

void ZohoFetchJob::onChunk(Job *j)
{
    auto *job = static_cast<ZohoRequestJob *>(j);
    job->deleteLater();
    const QStringList chunk = job->property("chunk").toStringList();
    m_pending = m_pending.mid(chunk.size());
    if (job->hasError()) {
        m_items.clear();
        m_missing.clear();
        setError(job->error());
        emitResult();
        return;
    }
    QSet<QString> found;
    // 204: none of the ids exist (§2.1 "empty result").
    if (job->statusCode() != 204) {
        for (const QJsonValue &v : job->json().value(QLatin1String("data")).toArray()) {
            const QJsonObject record = v.toObject();
            const QString id = record.value(QLatin1String("id")).toString();
            if (id.isEmpty() || !chunk.contains(id) || found.contains(id))
                continue;
            found.insert(id);
            const QString version = record.value(QLatin1String("Modified_Time")).toString();
            m_items.append(Item{id, version, QJsonDocument(record).toJson(QJsonDocument::Compact),
                                CanonicalValue::parseDateTime(version)});
        }
    }
    for (const QString &id : chunk) {
        if (!found.contains(id))
            m_missing << id;
    }
    requestChunk();
}

} // namespace crmsync
