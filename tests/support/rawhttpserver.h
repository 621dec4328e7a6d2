// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawhttprequest.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

/*!
 * \brief The listening half of the loopback test servers (AuthRecorder, DigestProxy,
 * HostileDavProxy): accepts connections on 127.0.0.1 at an OS-chosen port, buffers each
 * connection's bytes and hands every complete request to the handler, in order. A
 * request line it cannot read drops the connection.
 */
class RawHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(QTcpSocket *, const RawHttpRequest &)>;

    explicit RawHttpServer(Handler handler, QObject *parent = nullptr);
    ~RawHttpServer() override;

    bool listen();
    quint16 port() const;
    //! \a url with this server's scheme, host and port (its path and query kept).
    QUrl urlFor(const QUrl &url) const;

private:
    void onReadyRead(QTcpSocket *socket);

    Handler m_handler;
    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
