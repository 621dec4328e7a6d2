// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpforwarding.h"

#include <QNetworkReply>
#include <QUrl>

namespace HttpForwarding {

QNetworkRequest upstreamRequest(const RawHttpRequest &request, const QUrl &upstream)
{
    QUrl url = upstream;
    const QUrl target(QString::fromLatin1(request.target));
    url.setPath(target.path(QUrl::FullyEncoded), QUrl::TolerantMode);
    url.setQuery(target.query(QUrl::FullyEncoded));
    QNetworkRequest out(url);
    out.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &h : request.headers) {
        const QByteArray name = h.first.toLower();
        if (name != "host" && name != "content-length" && name != "connection" && name != "accept-encoding")
            out.setRawHeader(h.first, h.second);
    }
    return out;
}

QByteArray basicAuthorization(const QString &user)
{
    return "Basic " + (user.toUtf8() + ":x").toBase64();
}

int statusOf(const QNetworkReply &reply)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status ? status : 502;
}

QList<QPair<QByteArray, QByteArray>> endToEndHeaders(const QNetworkReply &reply)
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const auto &h : reply.rawHeaderPairs()) {
        const QByteArray name = h.first.toLower();
        if (name != "content-length" && name != "transfer-encoding" && name != "connection"
            && name != "content-encoding")
            out.append(h);
    }
    return out;
}

} // namespace HttpForwarding
