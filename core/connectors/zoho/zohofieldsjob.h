// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/zoho/fieldinfo.h"
#include "connectors/zoho/zohosession.h"
#include "model/moduleinfo.h"
#include "util/job.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>

namespace crmsync {

/*!
 * \brief Reads a module's field metadata: GET /crm/v8/settings/fields?module=X
 * (reference/zoho-crm-api.md §3.4; scope ZohoCRM.settings.fields.READ).
 */
class ZohoFieldsJob : public Job
{
    Q_OBJECT
public:
    ZohoFieldsJob(ZohoSession *session, const ModuleInfo &module, QObject *parent = nullptr);
    void start() override;
    const QList<FieldInfo> &fields() const { return m_fields; }

    //! The fields of a {"fields":[…]} answer.
    static QList<FieldInfo> parse(const QJsonObject &answer);

private:
    void onFinished(Job *job);

    QPointer<ZohoSession> m_session;
    ModuleInfo m_module;
    QList<FieldInfo> m_fields;
};

} // namespace crmsync
