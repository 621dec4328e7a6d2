// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxhttp.h"
#include "sandboxprocess.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

QByteArray SandboxHttp::Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SandboxHttp::SandboxHttp(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
{
}

bool SandboxHttp::refreshToken()
{
    const QByteArray form = "grant_type=refresh_token&client_id=" + SandboxProcess::ClientId.toUtf8()
        + "&client_secret=" + SandboxProcess::ClientSecret.toUtf8()
        + "&refresh_token=" + SandboxProcess::RefreshToken.toUtf8();
    const Reply reply = request("POST", QStringLiteral("/oauth/v2/token"), form,
                                {{"Content-Type", "application/x-www-form-urlencoded"}});
    m_token = reply.json.value(QStringLiteral("access_token")).toString();
    return !m_token.isEmpty();
}

SandboxHttp::Reply SandboxHttp::request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                                        const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest req(QUrl(m_baseUrl.toString() + pathAndQuery));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Zoho-oauthtoken " + m_token.toUtf8());
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    if (!body.isEmpty() && !req.hasRawHeader("Content-Type"))
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

SandboxHttp::Reply SandboxHttp::postJson(const QString &pathAndQuery, const QJsonObject &body,
                                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return request("POST", pathAndQuery, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

SandboxHttp::Reply SandboxHttp::putJson(const QString &pathAndQuery, const QJsonObject &body,
                                        const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return request("PUT", pathAndQuery, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}
