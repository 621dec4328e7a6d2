// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"
#include "demodata.h"
#include "fieldsmetadata.h"
#include "zohotime.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace crmsandbox {

using Method = QHttpServerRequest::Method;

SandboxServer::SandboxServer(const SandboxConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_tokens(m_store)
    , m_oauth(m_config, m_tokens)
    , m_consent(m_config, m_oauth)
    , m_faults(m_config)
    , m_read(m_config, m_store)
    , m_write(m_config, m_store)
{
}

quint16 SandboxServer::start(QString *errorMessage)
{
    if (!m_store.open(m_config.dataDir, errorMessage))
        return 0;
    m_oauth.initialise();
    if (m_config.seedDemo)
        DemoData(m_config, m_store).seedIfEmpty();
    addRoutes();
    const quint16 port = m_http.listen(QHostAddress(m_config.host), m_config.port);
    if (port == 0) {
        *errorMessage = QStringLiteral("cannot listen on %1:%2").arg(m_config.host).arg(m_config.port);
        return 0;
    }
    m_config.baseUrl = QStringLiteral("http://%1:%2").arg(m_config.host).arg(port);
    return port;
}

int SandboxServer::versionNumber(const QString &version)
{
    // v2, v2.1, v3 … v8 are all documented (reference §0); anything else is not a URL Zoho knows.
    static const QRegularExpression re(QStringLiteral("^v([2-8])(\\.1)?$"));
    const auto m = re.match(version);
    if (!m.hasMatch() || (!m.captured(2).isEmpty() && m.captured(1) != QLatin1String("2")))
        return 0;
    return m.captured(1).toInt(); // v2.1 behaves as v2 here
}

void SandboxServer::addRoutes()
{
    // Rules are tried in the order added, so the fixed sub-paths come before /{id}.
    m_http.route("/oauth/v2/token", Method::Post, [this](const QHttpServerRequest &req, QHttpServerResponder &&resp) {
        tokenCall(std::move(resp), m_oauth.token(req));
    });
    m_http.route("/oauth/v2/token/revoke", Method::Post, [this](const QHttpServerRequest &req, QHttpServerResponder &&resp) {
        tokenCall(std::move(resp), m_oauth.revoke(req));
    });
    m_http.route("/oauth/v2/auth", Method::Get, [this](const QHttpServerRequest &req, QHttpServerResponder &&resp) {
        tokenCall(std::move(resp), m_consent.show(req));
    });
    m_http.route("/oauth/v2/auth", Method::Post, [this](const QHttpServerRequest &req, QHttpServerResponder &&resp) {
        tokenCall(std::move(resp), m_consent.decide(req));
    });

    // Test-only endpoints (not Zoho): call counters and clock-free token expiry.
    m_http.route("/__sandbox/stats", Method::Get, [this](const QHttpServerRequest &, QHttpServerResponder &&resp) {
        send(std::move(resp), ApiReply::json(200, {{QStringLiteral("requests"), m_requests},
                                                   {QStringLiteral("token_requests"), m_tokenRequests},
                                                   {QStringLiteral("credits"), m_credits}}), 0);
    });
    m_http.route("/__sandbox/reset-stats", Method::Post, [this](const QHttpServerRequest &, QHttpServerResponder &&resp) {
        m_requests = m_tokenRequests = m_credits = 0;
        send(std::move(resp), ApiReply::json(200, {{QStringLiteral("status"), QStringLiteral("success")}}), 0);
    });
    m_http.route("/__sandbox/expire-tokens", Method::Post, [this](const QHttpServerRequest &, QHttpServerResponder &&resp) {
        m_oauth.expireAll();
        send(std::move(resp), ApiReply::json(200, {{QStringLiteral("status"), QStringLiteral("success")}}), 0);
    });
    m_http.route("/__sandbox/empty-recycle-bin", Method::Post, [this](const QHttpServerRequest &, QHttpServerResponder &&resp) {
        m_store.makeDeletedPermanent();
        send(std::move(resp), ApiReply::json(200, {{QStringLiteral("status"), QStringLiteral("success")}}), 0);
    });
    m_http.route("/__sandbox/issue-code", Method::Post, [this](const QHttpServerRequest &req, QHttpServerResponder &&resp) {
        send(std::move(resp), m_oauth.issueCode(req), 0);
    });

    m_http.route("/crm/<arg>/settings/fields", Method::Get,
                 [this](const QString &v, const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     apiCall(req, std::move(resp), v, QString(), [&] { return m_read.fields(req); });
                 });
    m_http.route("/crm/<arg>/<arg>/deleted", Method::Get,
                 [this](const QString &v, const QString &module, const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     apiCall(req, std::move(resp), v, module, [&] { return m_read.deleted(module, req); });
                 });
    m_http.route("/crm/<arg>/<arg>/search", Method::Get,
                 [this](const QString &v, const QString &module, const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     apiCall(req, std::move(resp), v, module, [&] { return m_read.search(module, req); });
                 });
    m_http.route("/crm/<arg>/<arg>/upsert", Method::Post,
                 [this](const QString &v, const QString &module, const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     apiCall(req, std::move(resp), v, module, [&] { return m_write.upsert(module, req); });
                 });
    m_http.route("/crm/<arg>/<arg>/<arg>", Method::Get | Method::Put | Method::Delete,
                 [this](const QString &v, const QString &module, const QString &id, const QHttpServerRequest &req,
                        QHttpServerResponder &&resp) {
                     apiCall(req, std::move(resp), v, module, [&] {
                         if (req.method() == Method::Get)
                             return m_read.get(module, id, req);
                         if (req.method() == Method::Put)
                             return m_write.update(module, id, req);
                         return m_write.remove(module, id, req);
                     });
                 });
    m_http.route("/crm/<arg>/<arg>", Method::Get | Method::Post | Method::Put | Method::Delete,
                 [this](const QString &v, const QString &module, const QHttpServerRequest &req, QHttpServerResponder &&resp) {
                     const int version = versionNumber(v);
                     apiCall(req, std::move(resp), v, module, [&] {
                         switch (req.method()) {
                         case Method::Get:
                             return m_read.list(version, module, req);
                         case Method::Post:
                             return m_write.insert(module, req);
                         case Method::Put:
                             return m_write.update(module, QString(), req);
                         default:
                             return m_write.remove(module, QString(), req);
                         }
                     });
                 });
    m_http.setMissingHandler([this](const QHttpServerRequest &, QHttpServerResponder &&resp) {
        // §2.9: 404 INVALID_URL_PATTERN for paths the API does not have.
        send(std::move(resp), ApiReply::error(404, QStringLiteral("INVALID_URL_PATTERN"),
                                              QStringLiteral("Please check if the URL trying to access is a correct one"), {}),
             m_faults.latencyMs());
    });
}

void SandboxServer::apiCall(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                            const QString &version, const QString &module, const Handler &handler)
{
    ++m_requests;
    const int delay = m_faults.latencyMs();
    if (m_faults.rateLimited(ZohoTime::nowMsecs())) {
        // §4: 429 TOO_MANY_REQUESTS; body shape is the reference's emulator suggestion.
        send(std::move(responder),
             ApiReply::error(429, QStringLiteral("TOO_MANY_REQUESTS"),
                             QStringLiteral("The number of API requests for the sandbox's per-minute limit is exceeded")),
             delay);
        return;
    }
    switch (m_oauth.check(request)) {
    case OAuthEndpoint::TokenState::Valid:
        break;
    case OAuthEndpoint::TokenState::Expired:
        send(std::move(responder), ApiReply::error(401, QStringLiteral("INVALID_TOKEN"), QStringLiteral("invalid oauth token")), delay);
        return;
    default:
        send(std::move(responder), ApiReply::error(401, QStringLiteral("AUTHENTICATION_FAILURE"), QStringLiteral("Authentication failed")), delay);
        return;
    }
    if (m_faults.injectError()) {
        send(std::move(responder), ApiReply::error(500, QStringLiteral("INTERNAL_ERROR"), QStringLiteral("Internal Server Error")), delay);
        return;
    }
    const int versionNo = versionNumber(version);
    if (versionNo == 0) {
        send(std::move(responder), ApiReply::error(404, QStringLiteral("INVALID_URL_PATTERN"),
                                                   QStringLiteral("Please check if the URL trying to access is a correct one")),
             delay);
        return;
    }
    if (!module.isEmpty() && !FieldsMetadata::isModule(module)) {
        send(std::move(responder), ApiReply::error(400, QStringLiteral("INVALID_MODULE"), QStringLiteral("the module name given seems to be invalid"),
                                                   {{QStringLiteral("resource_path_index"), 0}}),
             delay);
        return;
    }
    const ApiReply reply = handler();
    m_credits += reply.credits;
    send(std::move(responder), reply, delay);
}

void SandboxServer::tokenCall(QHttpServerResponder &&responder, ApiReply reply)
{
    ++m_tokenRequests;
    send(std::move(responder), reply, m_faults.latencyMs());
}

void SandboxServer::send(QHttpServerResponder &&responder, const ApiReply &reply, int delayMs)
{
    auto write = [reply](QHttpServerResponder &r) {
        r.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
        const bool bodyless = reply.status == 204 || reply.status == 304;
        if (!reply.contentType.isEmpty() && !bodyless)
            r.writeHeader("Content-Type", reply.contentType);
        for (const auto &header : reply.headers)
            r.writeHeader(header.first, header.second);
        if (!bodyless)
            r.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        r.writeBody(bodyless ? QByteArray() : reply.body);
    };
    if (delayMs <= 0) {
        write(responder);
        return;
    }
    // Deferred answer: the responder keeps the socket; skip it if the client went away.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = held->socket();
    QTimer::singleShot(delayMs, this, [held, socket, write] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            write(*held);
    });
}

} // namespace crmsandbox
