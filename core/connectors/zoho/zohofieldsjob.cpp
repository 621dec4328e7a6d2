// SPDX-License-Identifier: GPL-3.0-or-later
#include "zohofieldsjob.h"

#include "connectors/zoho/zohorequestjob.h"
#include "connectors/zoho/zohosession.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace crmsync {

ZohoFieldsJob::ZohoFieldsJob(ZohoSession *session, const ModuleInfo &module, QObject *parent)
    : Job(parent)
    , m_session(session)
    , m_module(module)
{
}

void ZohoFieldsJob::start()
{
    if (!m_session) {
        setError(ZohoSession::sessionGone());
        emitResult();
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("module"), m_module.apiName());
    auto *job = m_session->request("GET", QStringLiteral("/crm/v8/settings/fields"), q);
    job->setParent(this);
    connect(job, &Job::finished, this, &ZohoFieldsJob::onFinished);
    job->start();
}

QList<FieldInfo> ZohoFieldsJob::parse(const QJsonObject &answer)
{
    QList<FieldInfo> out;
    for (const QJsonValue &v : answer.value(QLatin1String("fields")).toArray()) {
        const QJsonObject f = v.toObject();
        FieldInfo info;
        info.apiName = f.value(QLatin1String("api_name")).toString();
        if (info.apiName.isEmpty())
            continue;
        info.label = f.value(QLatin1String("field_label")).toString();
        if (info.label.isEmpty())
            info.label = f.value(QLatin1String("display_label")).toString();
        info.dataType = f.value(QLatin1String("data_type")).toString();
        info.systemMandatory = f.value(QLatin1String("system_mandatory")).toBool();
        info.customField = f.value(QLatin1String("custom_field")).toBool();
        // read_only: the field is never writable; field_read_only: made read-only in setup (§3.4).
        info.readOnly = f.value(QLatin1String("read_only")).toBool() || f.value(QLatin1String("field_read_only")).toBool();
        out.append(info);
    }
    return out;
}

void ZohoFieldsJob::onFinished(Job *j)
{
    auto *job = static_cast<ZohoRequestJob *>(j);
    job->deleteLater();
    if (job->hasError()) {
        setError(job->error());
    } else {
        m_fields = parse(job->json());
        if (m_fields.isEmpty()) {
            setError(Error::make(Error::Category::Data,
                                 QCoreApplication::translate("ZohoFieldsJob",
                                                             "Zoho CRM at %1 listed no fields for %2.")
                                     .arg(job->host(), m_module.displayName()),
                                 {}, job->statusCode()));
        }
    }
    emitResult();
}

} // namespace crmsync
