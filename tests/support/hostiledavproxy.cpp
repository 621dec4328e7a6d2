// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostiledavproxy.h"
#include "httpforwarding.h"
#include "rawhttpserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {
const QRegularExpression &responsePattern()
{
    static const QRegularExpression re(QStringLiteral(R"(<((?:\w+:)?)response\b[^>]*>.*?</\1response>)"),
                                       QRegularExpression::DotMatchesEverythingOption);
    return re;
}

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 207: return "Multi-Status";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 500: return "Internal Server Error";
    case 507: return "Insufficient Storage";
    default: return "Status";
    }
}
} // namespace

HostileDavProxy::HostileDavProxy(const QUrl &upstream, const QString &upstreamUser, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
    , m_upstreamUser(upstreamUser)
    , m_server(new RawHttpServer([this](QTcpSocket *socket, const RawHttpRequest &request) {
        handle(socket, Request{request});
    }, this))
    , m_nam(new QNetworkAccessManager(this))
{
}

HostileDavProxy::~HostileDavProxy() = default;

bool HostileDavProxy::listen()
{
    return m_server->listen();
}

QUrl HostileDavProxy::urlFor(const QUrl &upstreamUrl) const
{
    return m_server->urlFor(upstreamUrl);
}

bool HostileDavProxy::Request::hasSyncToken() const
{
    static const QRegularExpression token(QStringLiteral(R"(<(?:\w+:)?sync-token>\s*[^<\s])"));
    return token.match(QString::fromUtf8(body)).hasMatch();
}

void HostileDavProxy::handle(QTcpSocket *socket, const Request &request)
{
    ++m_requests;
    m_log.append(request.method + ' ' + request.target);
    Answer answer;
    if (m_intercept && m_intercept(request, answer)) {
        send(socket, request, answer);
        return;
    }
    QNetworkRequest upstream = HttpForwarding::upstreamRequest(request, m_upstream);
    upstream.setRawHeader("Authorization", HttpForwarding::basicAuthorization(m_upstreamUser));
    QPointer<QTcpSocket> client(socket);
    QNetworkReply *reply = m_nam->sendCustomRequest(upstream, request.method, request.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, client, request] {
        reply->deleteLater();
        if (!client)
            return;
        Answer answer;
        answer.status = HttpForwarding::statusOf(*reply);
        answer.body = reply->readAll();
        answer.headers = HttpForwarding::endToEndHeaders(*reply);
        if (m_rewrite)
            m_rewrite(request, answer);
        send(client, request, answer);
    });
}

void HostileDavProxy::send(QTcpSocket *socket, const Request &, Answer answer)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reason(answer.status) + "\r\n";
    bool typed = false;
    for (const auto &hdr : answer.headers) {
        typed = typed || hdr.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
        head += hdr.first + ": " + hdr.second + "\r\n";
    }
    if (!typed && !answer.body.isEmpty())
        head += "Content-Type: application/xml; charset=utf-8\r\n";
    if (answer.mode == Answer::Mode::Normal) {
        socket->write(head + "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body);
        return;
    }
    // No length: the body ends when the connection does (RFC 9112 §6.3).
    socket->write(head + "Connection: close\r\n\r\n");
    stream(socket, answer);
}

void HostileDavProxy::stream(QTcpSocket *socket, const Answer &answer)
{
    QPointer<QTcpSocket> client(socket);
    if (answer.mode == Answer::Mode::Trickle) {
        auto *timer = new QTimer(this);
        auto sent = std::make_shared<int>(0);
        const QByteArray body = answer.body.isEmpty() ? QByteArray(answer.trickleLimit, ' ') : answer.body;
        connect(timer, &QTimer::timeout, this, [this, timer, client, sent, body, answer] {
            if (!client || client->state() != QAbstractSocket::ConnectedState || *sent >= answer.trickleLimit) {
                timer->deleteLater();
                timer->stop();
                if (client)
                    client->disconnectFromHost();
                return;
            }
            client->write(body.mid(*sent % body.size(), 1));
            ++*sent;
            ++m_streamed;
        });
        timer->start(answer.trickleIntervalMs);
        return;
    }
    // Endless: the answer's body first, then filler, written as fast as the client takes it.
    socket->write(answer.body);
    const QByteArray filler = QByteArray("<response><href>/filler</href></response>\n").repeated(6000);
    auto sent = std::make_shared<qint64>(answer.body.size());
    auto pump = [this, client, sent, filler, limit = answer.endlessLimit] {
        if (!client || client->state() != QAbstractSocket::ConnectedState)
            return;
        while (client->bytesToWrite() < 2 * filler.size()) {
            if (*sent >= limit) {
                client->disconnectFromHost();
                return;
            }
            client->write(filler);
            *sent += filler.size();
            m_streamed += filler.size();
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, this, pump);
    pump();
}

QByteArrayList HostileDavProxy::responsesOf(const QByteArray &multistatus)
{
    QByteArrayList out;
    const QString text = QString::fromUtf8(multistatus);
    auto it = responsePattern().globalMatch(text);
    while (it.hasNext())
        out.append(it.next().captured(0).toUtf8());
    return out;
}

QByteArray HostileDavProxy::withResponses(const QByteArray &multistatus, const QByteArrayList &responses)
{
    const QString text = QString::fromUtf8(multistatus);
    qsizetype first = -1, last = -1;
    auto it = responsePattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (first < 0)
            first = m.capturedStart();
        last = m.capturedEnd();
    }
    if (first < 0) {
        static const QRegularExpression close(QStringLiteral(R"(</(?:\w+:)?multistatus>)"));
        first = last = text.indexOf(close);
    }
    return (text.left(first) + QString::fromUtf8(responses.join()) + text.mid(last)).toUtf8();
}

QByteArray HostileDavProxy::hrefOf(const QByteArray &response)
{
    static const QRegularExpression href(QStringLiteral(R"(<(?:\w+:)?href>([^<]*)</(?:\w+:)?href>)"));
    return href.match(QString::fromUtf8(response)).captured(1).toUtf8();
}

QByteArray HostileDavProxy::response(const QByteArray &href, int status)
{
    return "<response xmlns=\"DAV:\"><href>" + href + "</href><status>HTTP/1.1 " + QByteArray::number(status) + ' '
        + reason(status) + "</status></response>";
}
