// SPDX-License-Identifier: GPL-3.0-or-later
#include "authrecorder.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

AuthRecorder::AuthRecorder(QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this)), m_nam(new QNetworkAccessManager(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

AuthRecorder::~AuthRecorder() = default;

bool AuthRecorder::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 AuthRecorder::port() const
{
    return m_server->serverPort();
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

void AuthRecorder::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QByteArrayList lines = buffer.left(end).split('\n');
    const QByteArrayList requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() < 3) {
        socket->disconnectFromHost();
        return;
    }
    QList<QPair<QByteArray, QByteArray>> headers;
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            continue;
        headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        if (headers.last().first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = headers.last().second.toLongLong();
    }
    if (buffer.size() < end + 4 + length)
        return; // the body is still coming
    const QByteArray body = buffer.mid(end + 4, length);
    buffer.clear();
    answer(socket, requestLine.at(0), requestLine.at(1), headers, body);
}

void AuthRecorder::answer(QTcpSocket *socket, const QByteArray &method, const QByteArray &target,
                          const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QByteArray authorization;
    for (const auto &h : headers) {
        if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0)
            authorization = h.second;
    }
    m_seen.append({method, target, authorization});
    const QByteArray path = QUrl(QString::fromLatin1(target)).path(QUrl::FullyEncoded).toLatin1();
    if (m_redirects.contains(path))
        return reply(socket, 301, {"Location: " + m_redirects.value(path).toEncoded()});
    if (m_challenge && authorization.isEmpty())
        return reply(socket, 401, {"WWW-Authenticate: Basic realm=\"recorder\", charset=\"UTF-8\""}, "Unauthorized");
    if (!m_upstream.isValid())
        return reply(socket, 404, {}, "Not Found");

    QUrl url = m_upstream;
    const QUrl relative(QString::fromLatin1(target));
    url.setPath(relative.path(QUrl::FullyEncoded), QUrl::TolerantMode);
    url.setQuery(relative.query(QUrl::FullyEncoded));
    QNetworkRequest upstream(url);
    upstream.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &h : headers) {
        const QByteArray name = h.first.toLower();
        if (name != "host" && name != "content-length" && name != "connection" && name != "accept-encoding")
            upstream.setRawHeader(h.first, h.second);
    }
    QPointer<QTcpSocket> client(socket);
    QNetworkReply *answer = m_nam->sendCustomRequest(upstream, method, body);
    connect(answer, &QNetworkReply::finished, this, [answer, client] {
        answer->deleteLater();
        if (!client)
            return;
        QByteArrayList out;
        for (const auto &h : answer->rawHeaderPairs()) {
            const QByteArray name = h.first.toLower();
            if (name != "content-length" && name != "transfer-encoding" && name != "connection"
                && name != "content-encoding")
                out.append(h.first + ": " + h.second);
        }
        const int status = answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply(client, status ? status : 502, out, answer->readAll());
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
