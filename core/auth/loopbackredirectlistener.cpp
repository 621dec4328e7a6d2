// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopbackredirectlistener.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace crmsync {

namespace {
// A redirect request is one short request line plus a few browser headers; anything
// bigger is not our redirect and is cut off rather than buffered without bound.
constexpr qsizetype MaxRequestBytes = 16 * 1024;
const QString CallbackPath = QStringLiteral("/callback");
} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
{
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

Status LoopbackRedirectListener::listen()
{
    close();
    m_server = new QTcpServer(this);
    // Loopback only (RFC 8252 §8.3; QtNetworkAuth 6.4 would bind Any, protocols.md §2.5).
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        const QString why = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Error::make(Error::Category::Config,
                           tr("CRM Sync cannot receive the sign-in answer: listening on 127.0.0.1 failed (%1).").arg(why));
    }
    m_port = m_server->serverPort();
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
    return success();
}

void LoopbackRedirectListener::close()
{
    if (m_server)
        m_server->close();
}

bool LoopbackRedirectListener::isListening() const
{
    return m_server && m_server->isListening();
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    if (!isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(CallbackPath);
    return url;
}

void LoopbackRedirectListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // Parented to the listener (not the server) so that answers in flight survive close().
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("crmsync_answered").toBool()) {
        socket->readAll();
        return;
    }
    QByteArray head = socket->property("crmsync_head").toByteArray() + socket->readAll();
    if (!head.contains("\r\n\r\n") && head.size() < MaxRequestBytes) {
        socket->setProperty("crmsync_head", head);
        return;
    }
    socket->setProperty("crmsync_answered", true);
    // Request line: METHOD SP request-target SP HTTP-version (RFC 9112 §3).
    const QList<QByteArray> line = head.left(head.indexOf("\r\n")).split(' ');
    if (line.size() != 3 || !line.at(1).startsWith('/')) {
        send(socket, {400, QStringLiteral("Bad Request"), QString()});
        return;
    }
    const QUrl target = QUrl::fromEncoded("http://127.0.0.1" + line.at(1));
    if (target.path() != CallbackPath) {
        send(socket, {404, QStringLiteral("Not Found"), QString()}); // e.g. the browser's /favicon.ico
        return;
    }
    if (line.at(0) != "GET") {
        send(socket, {405, QStringLiteral("Method Not Allowed"), QString()});
        return;
    }
    send(socket, m_handler ? m_handler(QUrlQuery(target)) : Page{503, QStringLiteral("Unavailable"), QString()});
}

void LoopbackRedirectListener::send(QTcpSocket *socket, const Page &page)
{
    const QByteArray body = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                           "<body><h1>%1</h1><p>%2</p></body></html>\n")
                                .arg(page.title.toHtmlEscaped(), page.message.toHtmlEscaped())
                                .toUtf8();
    // The reason phrase is fixed ASCII; the (translated) title is only in the page.
    const QByteArray reason = page.status == 200 ? "OK" : page.status == 404 ? "Not Found"
        : page.status == 405 ? "Method Not Allowed" : "Bad Request";
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(page.status) + ' ' + reason + "\r\n"
        + "Content-Type: text/html; charset=utf-8\r\n"
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
        // The page must not be cached: its URL carries the one-time code.
        + "Cache-Control: no-store\r\n"
        + "Connection: close\r\n\r\n" + body;
    socket->write(answer);
    socket->disconnectFromHost(); // flushes the answer first
}

} // namespace crmsync
