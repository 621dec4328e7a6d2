// SPDX-License-Identifier: GPL-3.0-or-later
#include "authrecorder.h"
#include "httpforwarding.h"
#include "rawhttpserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpSocket>

AuthRecorder::AuthRecorder(QObject *parent)
    : QObject(parent)
    , m_server(new RawHttpServer([this](QTcpSocket *socket, const RawHttpRequest &request) { answer(socket, request); },
                                 this))
    , m_nam(new QNetworkAccessManager(this))
{
}

AuthRecorder::~AuthRecorder() = default;

bool AuthRecorder::listen()
{
    return m_server->listen();
}

quint16 AuthRecorder::port() const
{
    return m_server->port();
}

QUrl AuthRecorder::baseUrl(const QString &host) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

int AuthRecorder::withCredentials() const
{
    return int(std::count_if(m_seen.cbegin(), m_seen.cend(), [](const Seen &s) { return !s.authorization.isEmpty(); }));
}

void AuthRecorder::answer(QTcpSocket *socket, const RawHttpRequest &request)
{
    const QByteArray &target = request.target;
    QByteArray authorization;
    for (const auto &h : request.headers) {
        if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0)
            authorization = h.second;
    }
    m_seen.append({request.method, target, authorization});
    const QByteArray path = QUrl(QString::fromLatin1(target)).path(QUrl::FullyEncoded).toLatin1();
    if (m_redirects.contains(path))
        return reply(socket, 301, {"Location: " + m_redirects.value(path).toEncoded()});
    if (m_challenge && authorization.isEmpty())
        return reply(socket, 401, {"WWW-Authenticate: Basic realm=\"recorder\", charset=\"UTF-8\""}, "Unauthorized");
    if (!m_upstream.isValid())
        return reply(socket, 404, {}, "Not Found");

    QPointer<QTcpSocket> client(socket);
    QNetworkReply *answer =
        m_nam->sendCustomRequest(HttpForwarding::upstreamRequest(request, m_upstream), request.method, request.body);
    connect(answer, &QNetworkReply::finished, this, [answer, client] {
        answer->deleteLater();
        if (!client)
            return;
        QByteArrayList out;
        for (const auto &h : HttpForwarding::endToEndHeaders(*answer))
            out.append(h.first + ": " + h.second);
        reply(client, HttpForwarding::statusOf(*answer), out, answer->readAll());
    });
}

void AuthRecorder::reply(QTcpSocket *socket, int status, const QByteArrayList &headers, const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Recorded\r\n";
    for (const QByteArray &h : headers)
        out += h + "\r\n";
    out += "Connection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(out);
    socket->disconnectFromHost();
}
