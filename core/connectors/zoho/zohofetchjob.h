// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/zoho/zohosession.h"
#include "model/moduleinfo.h"
#include "store/fetchjob.h"

#include <QPointer>

namespace crmsync {

/*!
 * \brief Fetches Zoho CRM records by id: GET /crm/v8/{Module}?ids=…&fields=…, 100 ids
 * per call (reference/zoho-crm-api.md §2.1 `ids`). Ids not returned are missing().
 */
class ZohoFetchJob : public FetchJob
{
    Q_OBJECT
public:
    ZohoFetchJob(ZohoSession *session, const ModuleInfo &module, const QStringList &fields, const QStringList &ids,
                 QObject *parent = nullptr);
    void start() override;

    static constexpr int kIdsPerCall = 100;

private:
    void requestChunk();
    void onChunk(Job *job);

    QPointer<ZohoSession> m_session;
    ModuleInfo m_module;
    QStringList m_fields;
    QStringList m_pending;
};

} // namespace crmsync
