// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/zoho/zohosession.h"
#include "model/moduleinfo.h"
#include "store/writejob.h"

#include <QJsonObject>
#include <QPointer>

namespace crmsync {

class ZohoRequestJob;

/*!
 * \brief Creates, updates and deletes Zoho CRM records (docs/zoho-connector.md "Writing").
 *
 * Creates: POST /crm/v8/{Module}, ≤ 100 per call (reference/zoho-crm-api.md §2.3).
 * Updates: PUT /crm/v8/{Module}, ≤ 100 per call, one call per distinct expectedVersion,
 * sent as If-Unmodified-Since (§2.4): the header covers the whole call, so only records
 * that expect the same Modified_Time can share it without weakening the precondition.
 * Deletes: DELETE /crm/v8/{Module}?ids=…, ≤ 100 per call (§2.5).
 *
 * The calls run one after another. Per-record answers (201/200/207/400/412 bodies) map
 * to WriteResults by position. A call that fails as a whole (offline, sign-in) before
 * anything was written fails the job with no results; after something was written, the
 * remaining requests get that error as their result, so the caller learns what happened
 * to each.
 */
class ZohoWriteJob : public WriteJob
{
    Q_OBJECT
public:
    ZohoWriteJob(ZohoSession *session, const ModuleInfo &module, const QList<WriteRequest> &requests,
                 QObject *parent = nullptr);
    void start() override;

    static constexpr int kMaxPerCall = 100;

    //! The Error for one failed per-record item of a Zoho answer (§2.3 error shapes).
    static Error itemError(const QJsonObject &item, int httpStatus, const QString &host, const QString &module,
                           const QString &record);

private:
    struct Call
    {
        WriteRequest::Op op;
        QList<int> requests; // indices into m_requests
        QString expectedVersion;
    };

    void planCalls();
    void nextCall();
    void onCallFinished(Job *job);
    void addResult(int index, const Error &error, const QString &id = {}, const QString &version = {});
    QString recordLabel(int index) const;

    QPointer<ZohoSession> m_session;
    ModuleInfo m_module;
    QList<WriteRequest> m_requests;
    QList<Call> m_calls;
    int m_current = -1;
    bool m_wroteSomething = false;
};

} // namespace crmsync
