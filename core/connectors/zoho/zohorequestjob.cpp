// SPDX-License-Identifier: GPL-3.0-or-later
#include "zohorequestjob.h"

#include "connectors/zoho/zohosession.h"
#include "net/httpjob.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace crmsync {

ZohoRequestJob::ZohoRequestJob(ZohoSession *session, const QByteArray &method, const QString &path,
                               const QUrlQuery &query, const QByteArray &body, QObject *parent)
    : Job(parent)
    , m_session(session)
    , m_method(method)
    , m_path(path)
    , m_query(query)
    , m_requestBody(body)
{
}

void ZohoRequestJob::setHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
}

QByteArray ZohoRequestJob::responseHeader(const QByteArray &name) const
{
    for (const auto &h : m_responseHeaders) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString ZohoRequestJob::host() const
{
    return m_session ? m_session->apiUrl().host() : QString();
}

void ZohoRequestJob::start()
{
    if (!m_session) {
        setError(Error::make(Error::Category::Config, tr("The Zoho CRM account is gone.")));
        emitResult();
        return;
    }
    m_session->withAccessToken(this, [this](const Error &e) {
        if (e.isError()) {
            setError(e);
            emitResult();
            return;
        }
        sendWithToken();
    });
}

void ZohoRequestJob::sendWithToken()
{
    m_tokenUsed = m_session->accessToken();
    QUrl url = m_session->apiUrl();
    url.setPath(url.path() + m_path);
    if (!m_query.isEmpty())
        url.setQuery(m_query);

    auto *job = new HttpJob(m_session->networkContext(), this);
    job->setMethod(m_method);
    job->setUrl(url);
    job->setRetryPolicy(m_session->retryPolicy());
    if (m_idempotent >= 0)
        job->setIdempotent(m_idempotent == 1);
    job->setHeader("Authorization", "Zoho-oauthtoken " + m_tokenUsed.toUtf8());
    job->setHeader("Accept", "application/json");
    if (!m_requestBody.isEmpty()) {
        job->setHeader("Content-Type", "application/json");
        job->setBody(m_requestBody);
    }
    for (const auto &h : m_headers)
        job->setHeader(h.first, h.second);
    connect(job, &Job::finished, this, &ZohoRequestJob::onHttpFinished);
    job->start();
}

void ZohoRequestJob::onHttpFinished(Job *j)
{
    auto *job = static_cast<HttpJob *>(j);
    job->deleteLater();
    m_status = job->statusCode();
    m_body = job->body();
    m_responseHeaders = job->responseHeaders();
    m_json = {};

    QJsonParseError parseError{};
    const QJsonDocument doc = m_body.trimmed().isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(m_body, &parseError);
    const bool parsed = !m_body.trimmed().isEmpty() && parseError.error == QJsonParseError::NoError && doc.isObject();
    if (parsed)
        m_json = doc.object();

    // An expired or revoked access token: refresh once and replay (§1.5, INVALID_TOKEN).
    if (m_status == 401 && !m_replayed && m_session
        && m_json.value(QLatin1String("code")).toString() == QLatin1String("INVALID_TOKEN")) {
        m_replayed = true;
        m_session->invalidateAccessToken(m_tokenUsed);
        m_session->withAccessToken(this, [this](const Error &e) {
            if (e.isError()) {
                setError(e);
                emitResult();
                return;
            }
            sendWithToken();
        });
        return;
    }

    if (job->hasError()) {
        setError(m_status == 0 ? job->error() : apiError(job));
    } else if (m_status != 204 && m_status != 304 && !m_body.trimmed().isEmpty() && !parsed) {
        setError(Error::make(Error::Category::Data,
                             tr("Zoho CRM at %1 sent an answer that could not be read (%2).")
                                 .arg(host(), parseError.error == QJsonParseError::NoError
                                                  ? tr("not a JSON object") : parseError.errorString()),
                             QStringLiteral("%1 %2: unparsable body at offset %3")
                                 .arg(QString::fromUtf8(m_method), m_path).arg(parseError.offset),
                             m_status));
    }
    emitResult();
}

Error ZohoRequestJob::apiError(const HttpJob *job) const
{
    // Keep the HttpJob's category and detail; name Zoho's code in the message (§2.9).
    Error e = job->error();
    const QString code = m_json.value(QLatin1String("code")).toString();
    const QString message = m_json.value(QLatin1String("message")).toString();
    if (m_status == 401) {
        e.category = Error::Category::Auth;
        if (code == QLatin1String("OAUTH_SCOPE_MISMATCH"))
            e.userMessage = tr("Zoho CRM at %1 refused access: the sign-in lacks the needed permissions "
                               "(scope); sign in again.").arg(host());
        else
            e.userMessage = tr("Zoho CRM at %1 refused the sign-in (%2); sign in again.")
                                .arg(host(), code.isEmpty() ? QStringLiteral("HTTP 401") : code);
    } else if (!code.isEmpty() && m_status != 429 && m_status < 500) {
        e.userMessage = tr("Zoho CRM at %1 refused %2 %3: %4 (%5).")
                            .arg(host(), QString::fromUtf8(m_method), m_path, message, code);
    }
    return e;
}

} // namespace crmsync
