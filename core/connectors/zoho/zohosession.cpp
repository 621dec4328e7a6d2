// SPDX-License-Identifier: GPL-3.0-or-later
#include "zohosession.h"

#include "connectors/zoho/zohorequestjob.h"
#include "net/httpjob.h"
#include "net/networkcontext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>

namespace crmsync {

ZohoSession::ZohoSession(NetworkContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context ? context : NetworkContext::forCurrentThread())
    , m_retryPolicy(m_context->retryPolicy())
{
    setDataCentre(ZohoDataCentre::defaultFor(QLocale()));
}

ZohoSession::~ZohoSession() = default;

void ZohoSession::setDataCentre(const ZohoDataCentre &dc)
{
    m_accountsUrl = dc.accountsUrl;
    m_apiUrl = dc.apiUrl;
}

void ZohoSession::setRefreshToken(const QString &token)
{
    if (token != m_refreshToken)
        m_accessToken.clear();
    m_refreshToken = token;
}

void ZohoSession::withAccessToken(QObject *receiver, std::function<void(const Error &)> done)
{
    if (!m_accessToken.isEmpty() && !m_refreshJob) {
        QPointer<QObject> guard(receiver);
        QMetaObject::invokeMethod(this, [guard, done] {
            if (guard)
                done(Error{});
        }, Qt::QueuedConnection);
        return;
    }
    m_waiting.append({QPointer<QObject>(receiver), std::move(done)});
    if (!m_refreshJob)
        startRefresh();
}

void ZohoSession::invalidateAccessToken(const QString &rejected)
{
    if (m_accessToken == rejected)
        m_accessToken.clear();
}

ZohoRequestJob *ZohoSession::request(const QByteArray &method, const QString &path, const QUrlQuery &query,
                                     const QByteArray &body)
{
    return new ZohoRequestJob(this, method, path, query, body);
}

void ZohoSession::startRefresh()
{
    if (m_refreshToken.isEmpty()) {
        const Error e = Error::make(Error::Category::Auth,
                                    tr("Not signed in to Zoho CRM at %1; sign in again.").arg(m_accountsUrl.host()));
        QMetaObject::invokeMethod(this, [this, e] { flushWaiting(e); }, Qt::QueuedConnection);
        return;
    }
    ++m_refreshCount;
    QUrl url = m_accountsUrl;
    url.setPath(url.path() + QStringLiteral("/oauth/v2/token"));

    // Form-encoded body as the official SDK sends it, so the secret and refresh token
    // never appear in a URL or a log line (§1.1).
    const QList<QPair<QString, QString>> form = {
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("client_id"), m_clientId},
        {QStringLiteral("client_secret"), m_clientSecret},
        {QStringLiteral("refresh_token"), m_refreshToken},
    };
    QByteArray body;
    for (const auto &field : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }

    auto *job = new HttpJob(m_context, this);
    job->setMethod("POST");
    job->setResponseKind(HttpJob::ResponseKind::Token); // a token reply is tiny: cap it (docs/dav.md)
    job->setUrl(url);
    job->setHeader("Content-Type", "application/x-www-form-urlencoded");
    job->setHeader("Accept", "application/json");
    job->setBody(body);
    // A refresh only mints another access token: safe to repeat after a 5xx.
    job->setIdempotent(true);
    job->setRetryPolicy(m_retryPolicy);
    m_refreshJob = job;
    connect(job, &Job::finished, this, &ZohoSession::onRefreshFinished);
    job->start();
}

Error ZohoSession::sessionGone()
{
    return Error::make(Error::Category::Config, tr("The Zoho CRM account was removed while it was in use."));
}

Error ZohoSession::tokenError(int httpStatus, const QByteArray &body, const QString &host)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString code = o.value(QLatin1String("error")).toString();
    // Zoho answers most token failures with HTTP 200 and an "error" key (§1.4).
    if (code.isEmpty() && httpStatus >= 200 && httpStatus < 300) {
        if (o.value(QLatin1String("access_token")).toString().isEmpty())
            return Error::make(Error::Category::Auth,
                               tr("The sign-in server %1 sent an answer without an access token.").arg(host),
                               QStringLiteral("token response without access_token"), httpStatus);
        return {};
    }
    Error e;
    e.httpStatus = httpStatus;
    e.detail = QStringLiteral("token endpoint: %1 %2").arg(code, o.value(QLatin1String("error_description")).toString());
    e.category = Error::Category::Auth;
    if (code == QLatin1String("invalid_code")) {
        e.userMessage = tr("Zoho CRM (%1): the sign-in has expired or was revoked; sign in again.").arg(host);
    } else if (code == QLatin1String("invalid_client")) {
        e.userMessage = tr("Zoho CRM (%1) does not know this application; check the data centre.").arg(host);
    } else if (code == QLatin1String("invalid_client_secret")) {
        e.userMessage = tr("Zoho CRM (%1) refused the application's client secret.").arg(host);
    } else if (code.compare(QLatin1String("Access Denied"), Qt::CaseInsensitive) == 0) {
        // Token endpoint throttling: HTTP 400 "Access Denied" "too many requests" (§1.4).
        e.category = Error::Category::RateLimit;
        e.userMessage = tr("The sign-in server %1 asks to slow down: too many sign-in requests.").arg(host);
    } else if (httpStatus >= 500) {
        e.category = Error::Category::Server;
        e.userMessage = tr("The sign-in server %1 had an internal problem (HTTP %2).").arg(host).arg(httpStatus);
    } else if (httpStatus == 429) {
        e.category = Error::Category::RateLimit;
        e.userMessage = tr("The sign-in server %1 asks to slow down: too many sign-in requests.").arg(host);
    } else {
        e.userMessage = tr("The sign-in server %1 refused to renew the sign-in (%2); sign in again.")
                            .arg(host, code.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus) : code);
    }
    return e;
}

void ZohoSession::onRefreshFinished(Job *j)
{
    auto *job = static_cast<HttpJob *>(j);
    job->deleteLater();
    m_refreshJob = nullptr;

    Error error;
    if (job->statusCode() == 0) {
        error = job->error();
    } else {
        error = tokenError(job->statusCode(), job->body(), m_accountsUrl.host());
        if (!error.isError()) {
            const QJsonObject o = QJsonDocument::fromJson(job->body()).object();
            m_accessToken = o.value(QLatin1String("access_token")).toString();
            // API calls must go to the api_domain of the token response (§1.2).
            const QUrl apiDomain(o.value(QLatin1String("api_domain")).toString());
            if (apiDomain.isValid() && !apiDomain.host().isEmpty())
                m_apiUrl = apiDomain;
        }
    }
    if (error.category == Error::Category::Auth)
        emit authenticationFailed(error);
    flushWaiting(error);
}

void ZohoSession::flushWaiting(const Error &error)
{
    const QList<Waiter> waiting = std::exchange(m_waiting, {});
    for (const Waiter &w : waiting) {
        if (w.receiver)
            w.done(error);
    }
}

} // namespace crmsync
