// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/zoho/zohosession.h"
#include "model/moduleinfo.h"
#include "store/fetchjob.h"

#include <QPointer>

namespace crmsync {

/*!
 * \brief Fetches Zoho CRM records by id: GET /crm/v8/{Module}/{id}?fields=… per record
 * (reference/zoho-crm-api.md §2.2), a few in parallel.
 *
 * One call per id costs a credit each (§4), where the list API's `ids` parameter would
 * take 100 per call; but `ids` is not emulated by crm-sandbox, and fetches are rare (after
 * a conflict, or to confirm a deletion), so the call every Zoho API version has wins.
 * A 204, or 400 INVALID_DATA, for an id means it does not exist: missing().
 */
class ZohoFetchJob : public FetchJob
{
    Q_OBJECT
public:
    ZohoFetchJob(ZohoSession *session, const ModuleInfo &module, const QStringList &fields, const QStringList &ids,
                 QObject *parent = nullptr);
    void start() override;

    //! Calls in flight at once; Zoho allows 5–25 concurrent calls per user and app (§4).
    static constexpr int kParallel = 4;

private:
    void startNext();
    void onFetched(Job *job);

    QPointer<ZohoSession> m_session;
    ModuleInfo m_module;
    QStringList m_fields;
    QStringList m_pending;
    int m_running = 0;
    bool m_failed = false;
};

} // namespace crmsync
