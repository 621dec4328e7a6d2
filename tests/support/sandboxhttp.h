// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

/*!
 * \brief A small HTTP helper for tests that talk to crm-sandbox directly:
 * one request at a time over loopback, waited for with QSignalSpy (tests only).
 */
class SandboxHttp
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const;
    };

    explicit SandboxHttp(const QUrl &baseUrl);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    //! Sends `Authorization: Zoho-oauthtoken <token>` on API calls when set.
    void setAccessToken(const QString &token) { m_token = token; }
    QString accessToken() const { return m_token; }

    //! Refreshes with the SandboxProcess credentials and stores the access token.
    bool refreshToken();
    Reply request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply get(const QString &pathAndQuery, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return request("GET", pathAndQuery, {}, headers);
    }
    Reply postJson(const QString &pathAndQuery, const QJsonObject &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply putJson(const QString &pathAndQuery, const QJsonObject &body,
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    QUrl m_baseUrl;
    QString m_token;
    QNetworkAccessManager m_nam;
};
