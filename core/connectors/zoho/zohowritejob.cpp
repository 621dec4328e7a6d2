// SPDX-License-Identifier: GPL-3.0-or-later
#include "zohowritejob.h"

#include "connectors/zoho/zohorequestjob.h"
#include "connectors/zoho/zohosession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace crmsync {

ZohoWriteJob::ZohoWriteJob(ZohoSession *session, const ModuleInfo &module, const QList<WriteRequest> &requests,
                           QObject *parent)
    : WriteJob(parent)
    , m_session(session)
    , m_module(module)
    , m_requests(requests)
{
}

QString ZohoWriteJob::recordLabel(int index) const
{
    const WriteRequest &r = m_requests.at(index);
    return r.id.isEmpty() ? tr("new record") : r.id;
}

void ZohoWriteJob::addResult(int index, const Error &error, const QString &id, const QString &version)
{
    WriteResult r;
    r.tag = m_requests.at(index).tag;
    r.error = error;
    r.id = id.isEmpty() ? m_requests.at(index).id : id;
    r.version = version;
    m_results.append(r);
}

void ZohoWriteJob::start()
{
    if (!m_session) {
        setError(ZohoSession::sessionGone());
        emitResult();
        return;
    }
    planCalls();
    nextCall();
}

void ZohoWriteJob::planCalls()
{
    QList<int> creates, deletes;
    QList<QString> versionOrder;
    QHash<QString, QList<int>> updates;
    for (int i = 0; i < m_requests.size(); ++i) {
        const WriteRequest &r = m_requests.at(i);
        const bool needsBody = r.op != WriteRequest::Op::Delete;
        if (needsBody && !QJsonDocument::fromJson(r.raw).isObject()) {
            addResult(i, Error::make(Error::Category::Data,
                                     tr("The %1 record %2 could not be sent to Zoho CRM: its data is not a JSON object.")
                                         .arg(m_module.displayName(), recordLabel(i))));
            continue;
        }
        if (r.op != WriteRequest::Op::Create && r.id.isEmpty()) {
            addResult(i, Error::make(Error::Category::Data,
                                     tr("A %1 record without an id cannot be changed in Zoho CRM.")
                                         .arg(m_module.displayName())));
            continue;
        }
        switch (r.op) {
        case WriteRequest::Op::Create: creates << i; break;
        case WriteRequest::Op::Delete: deletes << i; break;
        case WriteRequest::Op::Update:
            if (!updates.contains(r.expectedVersion))
                versionOrder << r.expectedVersion;
            updates[r.expectedVersion] << i;
            break;
        }
    }
    auto addChunks = [this](WriteRequest::Op op, const QList<int> &indices, const QString &version) {
        for (int start = 0; start < indices.size(); start += kMaxPerCall)
            m_calls.append(Call{op, indices.mid(start, kMaxPerCall), version});
    };
    addChunks(WriteRequest::Op::Create, creates, {});
    for (const QString &version : versionOrder)
        addChunks(WriteRequest::Op::Update, updates.value(version), version);
    addChunks(WriteRequest::Op::Delete, deletes, {});
}

void ZohoWriteJob::nextCall()
{
    ++m_current;
    if (m_current >= m_calls.size()) {
        emitResult();
        return;
    }
    if (!m_session) {
        setError(ZohoSession::sessionGone());
        emitResult();
        return;
    }
    const Call &call = m_calls.at(m_current);
    const QString path = QStringLiteral("/crm/v8/") + m_module.apiName();
    ZohoRequestJob *job = nullptr;
    if (call.op == WriteRequest::Op::Delete) {
        QStringList ids;
        for (int i : call.requests)
            ids << m_requests.at(i).id;
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("ids"), ids.join(QLatin1Char(',')));
        job = m_session->request("DELETE", path, q);
    } else {
        QJsonArray data;
        for (int i : call.requests) {
            QJsonObject record = QJsonDocument::fromJson(m_requests.at(i).raw).object();
            record.remove(QStringLiteral("id"));
            if (call.op == WriteRequest::Op::Update)
                record.insert(QStringLiteral("id"), m_requests.at(i).id);
            data.append(record);
        }
        // No "trigger" key: Zoho then runs the org's workflows, approvals and blueprints
        // as for an edit in its UI (§2.3).
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact);
        job = m_session->request(call.op == WriteRequest::Op::Create ? "POST" : "PUT", path, {}, body);
        if (call.op == WriteRequest::Op::Update && !call.expectedVersion.isEmpty())
            job->setHeader("If-Unmodified-Since", call.expectedVersion.toUtf8());
    }
    job->setParent(this);
    connect(job, &Job::finished, this, &ZohoWriteJob::onCallFinished);
    job->start();
}

void ZohoWriteJob::onCallFinished(Job *j)
{
    auto *job = static_cast<ZohoRequestJob *>(j);
    job->deleteLater();
    const Call &call = m_calls.at(m_current);
    const int status = job->statusCode();
    const QJsonArray items = job->json().value(QLatin1String("data")).toArray();
    const bool perRecord = !items.isEmpty() && (!job->hasError() || status == 400 || status == 412);

    if (!perRecord) {
        Error e = job->error();
        if (!job->hasError()) {
            e = Error::make(Error::Category::Data,
                            tr("Zoho CRM at %1 did not report what happened to the %2 records sent.")
                                .arg(job->host(), m_module.displayName()),
                            {}, status);
        } else if (status == 412) {
            // A 412 without per-record details: every record of this call failed its precondition.
            for (int i : call.requests)
                addResult(i, job->error());
            nextCall();
            return;
        }
        if (!m_wroteSomething && e.category != Error::Category::Data) {
            // Nothing written yet: the whole batch failed (WriteJob contract).
            m_results.clear();
            setError(e);
            emitResult();
            return;
        }
        for (int c = m_current; c < m_calls.size(); ++c) {
            for (int i : m_calls.at(c).requests)
                addResult(i, e);
        }
        emitResult();
        return;
    }

    for (int k = 0; k < call.requests.size(); ++k) {
        const int index = call.requests.at(k);
        // Results come in input order (§2.3); deletes also name the id.
        QJsonObject item = k < items.size() ? items.at(k).toObject() : QJsonObject();
        if (call.op == WriteRequest::Op::Delete) {
            for (const QJsonValue &v : items) {
                if (v.toObject().value(QLatin1String("details")).toObject().value(QLatin1String("id")).toString()
                    == m_requests.at(index).id) {
                    item = v.toObject();
                    break;
                }
            }
        }
        if (item.isEmpty()) {
            addResult(index, Error::make(Error::Category::Data,
                                         tr("Zoho CRM at %1 did not report what happened to %2 record %3.")
                                             .arg(job->host(), m_module.displayName(), recordLabel(index))));
            continue;
        }
        const QJsonObject details = item.value(QLatin1String("details")).toObject();
        if (item.value(QLatin1String("code")).toString() == QLatin1String("SUCCESS")) {
            m_wroteSomething = true;
            addResult(index, Error{}, details.value(QLatin1String("id")).toString(),
                      call.op == WriteRequest::Op::Delete ? QString()
                                                          : details.value(QLatin1String("Modified_Time")).toString());
        } else {
            addResult(index, itemError(item, status, job->host(), m_module.displayName(), recordLabel(index)));
        }
    }
    nextCall();
}

Error ZohoWriteJob::itemError(const QJsonObject &item, int httpStatus, const QString &host, const QString &module,
                              const QString &record)
{
    const QString code = item.value(QLatin1String("code")).toString();
    const QJsonObject details = item.value(QLatin1String("details")).toObject();
    const QString field = details.value(QLatin1String("api_name")).toString();
    Error e;
    e.httpStatus = httpStatus;
    e.category = Error::Category::Data;
    e.detail = QStringLiteral("%1: %2 %3").arg(code, item.value(QLatin1String("message")).toString(),
                                               QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (code == QLatin1String("ALREADY_MODIFIED")) {
        // If-Unmodified-Since failed (§2.4): someone changed the record since we read it.
        e.category = Error::Category::Conflict;
        e.userMessage = tr("%1 record %2 was changed in Zoho CRM (%3) since it was last read.").arg(module, record, host);
    } else if (code == QLatin1String("MANDATORY_NOT_FOUND")) {
        e.userMessage = tr("%1 record %2: Zoho CRM (%3) requires the field %4.").arg(module, record, host, field);
    } else if (code == QLatin1String("INVALID_DATA")) {
        e.userMessage = field.isEmpty()
            ? tr("%1 record %2: Zoho CRM (%3) refused the data: %4.")
                  .arg(module, record, host, item.value(QLatin1String("message")).toString())
            : tr("%1 record %2: Zoho CRM (%3) refused the value of the field %4.").arg(module, record, host, field);
    } else if (code == QLatin1String("DUPLICATE_DATA")) {
        e.userMessage = tr("%1 record %2: the value of the field %4 is already used by Zoho CRM (%3) record %5.")
                            .arg(module, record, host, field, details.value(QLatin1String("id")).toString());
    } else {
        e.userMessage = tr("%1 record %2: Zoho CRM (%3) refused the change: %4 (%5).")
                            .arg(module, record, host, item.value(QLatin1String("message")).toString(), code);
    }
    return e;
}

} // namespace crmsync
