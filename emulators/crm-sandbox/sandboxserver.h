// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apireply.h"
#include "authorizationpage.h"
#include "faultinjector.h"
#include "oauthendpoint.h"
#include "recordsreadapi.h"
#include "recordstore.h"
#include "recordswriteapi.h"
#include "sandboxconfig.h"
#include "tokenstore.h"

#include <QHttpServer>
#include <QObject>

#include <functional>

namespace crmsandbox {

/*!
 * \brief The crm-sandbox HTTP server: routes, the per-call pipeline
 * (rate limit → auth → injected errors → handler → latency) and the
 * test-only `/__sandbox/*` endpoints.
 */
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxConfig &config, QObject *parent = nullptr);

    //! Opens the store, seeds demo data if asked, listens; returns the port or 0.
    quint16 start(QString *errorMessage);

private:
    using Handler = std::function<ApiReply()>;

    void addRoutes();
    //! Runs one CRM API call through the pipeline; \a module may be empty (settings).
    void apiCall(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                 const QString &version, const QString &module, const Handler &handler);
    void tokenCall(QHttpServerResponder &&responder, ApiReply reply);
    void send(QHttpServerResponder &&responder, const ApiReply &reply, int delayMs);
    static int versionNumber(const QString &version);

    SandboxConfig m_config;
    RecordStore m_store;
    TokenStore m_tokens;
    OAuthEndpoint m_oauth;
    AuthorizationPage m_consent;
    FaultInjector m_faults;
    RecordsReadApi m_read;
    RecordsWriteApi m_write;
    QHttpServer m_http;
    qint64 m_requests = 0;
    qint64 m_tokenRequests = 0;
    qint64 m_credits = 0;
};

} // namespace crmsandbox
