// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace crmsync {

/*!
 * \brief The loopback end of an OAuth redirect (RFC 8252 §7.3): a tiny HTTP
 * listener on 127.0.0.1 (never Any, reference/protocols.md §2.5) on a free port.
 *
 * Each `GET /callback?…` is handed to the handler, whose Page is sent back to the
 * browser; other paths get 404, other methods 405. One request per connection.
 */
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT
public:
    //! What the browser shows after the redirect.
    struct Page
    {
        int status = 200;
        QString title;
        QString message;
    };
    using Handler = std::function<Page(const QUrlQuery &query)>;

    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    //! Starts listening on 127.0.0.1 with a port the system picks.
    Status listen();
    //! Stops accepting; answers being written still reach the browser.
    void close();
    bool isListening() const;
    //! `http://127.0.0.1:<port>/callback` while listening.
    QUrl redirectUri() const;

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    static void send(QTcpSocket *socket, const Page &page);

    QTcpServer *m_server = nullptr;
    Handler m_handler;
    quint16 m_port = 0;
};

} // namespace crmsync
