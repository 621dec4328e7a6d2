// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>

#include <functional>

/*!
 * \brief A scripted HTTP/1.1 server on 127.0.0.1 for the net-layer tests: it answers
 * each request with the next queued reply (or the fallback), and can send broken bodies
 * or no answer at all, which the sandbox cannot.
 */
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        //! Never answer (the client's timeout must fire).
        bool hang = false;
        //! Close the connection without a word (a kept-alive connection gone stale).
        bool close = false;
    };
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;
    bool listen();
    QUrl url() const;

    void enqueue(const Reply &reply) { m_queue.append(reply); }
    void enqueue(int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        m_queue.append(Reply{status, body, headers, false, false});
    }
    //! Answer for requests once the queue is empty (path prefix → reply, "" matches all).
    void setFallback(const QByteArray &pathPrefix, const Reply &reply) { m_fallbacks.append({pathPrefix, reply}); }
    //! Computes the answer when the queue is empty (before the fallbacks).
    void setHandler(std::function<Reply(const Request &)> handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }
    int count(const QByteArray &pathPrefix) const;

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Request &request);

    QTcpServer m_server;
    QList<Reply> m_queue;
    QList<QPair<QByteArray, Reply>> m_fallbacks;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    std::function<Reply(const Request &)> m_handler;
};
