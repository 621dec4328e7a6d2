// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/zoho/zohosession.h"
#include "util/job.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QUrlQuery>

namespace crmsync {

class HttpJob;

/*!
 * \brief One authenticated Zoho CRM API call: token, HttpJob (timeouts, retries) and a
 * single transparent replay after refreshing an expired token.
 *
 * Sends `Authorization: Zoho-oauthtoken <token>` (reference/zoho-crm-api.md §1.5). A 401
 * INVALID_TOKEN means the access token expired or was revoked: the session refreshes
 * (once, shared with concurrent requests) and the call is replayed once. 401
 * AUTHENTICATION_FAILURE and OAUTH_SCOPE_MISMATCH are Auth errors.
 *
 * After finished(): statusCode(), body() and json() hold the answer also when error()
 * is set, so callers can read per-record results from 207/400/412 bodies. A 2xx body
 * that is not a JSON object is a Data error.
 */
class ZohoRequestJob : public Job
{
    Q_OBJECT
public:
    ZohoRequestJob(ZohoSession *session, const QByteArray &method, const QString &path,
                   const QUrlQuery &query = {}, const QByteArray &body = {}, QObject *parent = nullptr);

    void setHeader(const QByteArray &name, const QByteArray &value);
    //! See HttpJob::setIdempotent; POST is not, unless said otherwise.
    void setIdempotent(bool idempotent) { m_idempotent = idempotent ? 1 : 0; }
    void start() override;

    int statusCode() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    //! The body as a JSON object; empty for 204, 304 and unreadable bodies.
    const QJsonObject &json() const { return m_json; }
    QByteArray responseHeader(const QByteArray &name) const;
    //! Whether the call had to refresh the token and replay.
    bool replayed() const { return m_replayed; }
    QString host() const;

private:
    void sendWithToken();
    void onHttpFinished(Job *job);
    Error apiError(const HttpJob *job) const;

    QPointer<ZohoSession> m_session;
    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_requestBody;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    int m_idempotent = -1;
    bool m_replayed = false;
    QString m_tokenUsed;

    int m_status = 0;
    QByteArray m_body;
    QJsonObject m_json;
    QList<QPair<QByteArray, QByteArray>> m_responseHeaders;
};

} // namespace crmsync
