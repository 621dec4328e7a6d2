// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxclient.h"

#include "sandboxprocess.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

SandboxClient::SandboxClient(const QUrl &base) : m_base(base) {}

void SandboxClient::ensureToken()
{
    if (!m_token.isEmpty())
        return;
    QUrl url = m_base.resolved(QUrl(QStringLiteral("/oauth/v2/token")));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    q.addQueryItem(QStringLiteral("client_id"), SandboxProcess::ClientId);
    q.addQueryItem(QStringLiteral("client_secret"), SandboxProcess::ClientSecret);
    q.addQueryItem(QStringLiteral("refresh_token"), SandboxProcess::RefreshToken);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = m_nam.post(request, q.toString(QUrl::FullyEncoded).toUtf8());
    QSignalSpy spy(reply, &QNetworkReply::finished);
    spy.wait(10000);
    m_token = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("access_token")).toString();
    reply->deleteLater();
}

QByteArray SandboxClient::call(const QByteArray &verb, const QString &path, const QByteArray &body, int *status)
{
    ensureToken();
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Zoho-oauthtoken " + m_token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    spy.wait(10000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return data;
}

QJsonArray SandboxClient::list(const QString &module, const QString &fields)
{
    QJsonArray out;
    QString pageToken;
    for (int guard = 0; guard < 1000; ++guard) {
        QString path = QStringLiteral("/crm/v8/%1?per_page=200&fields=%2").arg(module, fields);
        if (!pageToken.isEmpty())
            path += QStringLiteral("&page_token=") + pageToken;
        const QJsonObject page = QJsonDocument::fromJson(call("GET", path)).object();
        for (const QJsonValue &v : page.value(QStringLiteral("data")).toArray())
            out.append(v);
        const QJsonObject info = page.value(QStringLiteral("info")).toObject();
        pageToken = info.value(QStringLiteral("next_page_token")).toString();
        if (!info.value(QStringLiteral("more_records")).toBool() || pageToken.isEmpty())
            break;
    }
    return out;
}

QStringList SandboxClient::create(const QString &module, const QJsonArray &records)
{
    QStringList ids;
    for (qsizetype i = 0; i < records.size(); i += 100) {
        const QJsonArray chunk = QJsonArray::fromVariantList(records.toVariantList().mid(i, 100));
        const QJsonObject reply = QJsonDocument::fromJson(
            call("POST", QStringLiteral("/crm/v8/") + module,
                 QJsonDocument(QJsonObject{{QStringLiteral("data"), chunk}}).toJson())).object();
        for (const QJsonValue &v : reply.value(QStringLiteral("data")).toArray())
            ids << v.toObject().value(QStringLiteral("details")).toObject().value(QStringLiteral("id")).toString();
    }
    return ids;
}

bool SandboxClient::update(const QString &module, const QString &id, const QJsonObject &fields)
{
    int status = 0;
    QJsonObject record = fields;
    record.insert(QStringLiteral("id"), id);
    call("PUT", QStringLiteral("/crm/v8/") + module,
         QJsonDocument(QJsonObject{{QStringLiteral("data"), QJsonArray{record}}}).toJson(), &status);
    return status == 200;
}

bool SandboxClient::remove(const QString &module, const QString &id)
{
    int status = 0;
    call("DELETE", QStringLiteral("/crm/v8/%1?ids=%2").arg(module, id), {}, &status);
    return status == 200;
}

QJsonObject SandboxClient::stats()
{
    return QJsonDocument::fromJson(call("GET", QStringLiteral("/__sandbox/stats"))).object();
}
