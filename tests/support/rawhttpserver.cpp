// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawhttpserver.h"

#include <QTcpServer>
#include <QTcpSocket>

RawHttpServer::RawHttpServer(Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler)), m_server(new QTcpServer(this))
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

RawHttpServer::~RawHttpServer() = default;

bool RawHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 RawHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl RawHttpServer::urlFor(const QUrl &url) const
{
    QUrl out = url;
    out.setScheme(QStringLiteral("http"));
    out.setHost(QStringLiteral("127.0.0.1"));
    out.setPort(port());
    return out;
}

void RawHttpServer::onReadyRead(QTcpSocket *socket)
{
    m_buffers[socket] += socket->readAll();
    for (;;) {
        // Looked up again each time: a handler that closes the connection may have
        // removed the buffer already.
        const auto it = m_buffers.find(socket);
        if (it == m_buffers.end())
            return;
        RawHttpRequest request;
        switch (RawHttpRequest::takeFrom(*it, &request)) {
        case RawHttpRequest::Read::Incomplete:
            return;
        case RawHttpRequest::Read::Malformed:
            socket->disconnectFromHost();
            return;
        case RawHttpRequest::Read::Complete:
            m_handler(socket, request);
            break;
        }
    }
}
