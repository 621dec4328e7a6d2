// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawhttprequest.h"

#include <QByteArrayList>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QTcpSocket;
class RawHttpServer;

/*!
 * \brief A loopback HTTP server that writes down the Authorization header of every request
 * it gets, to prove where a password went and where it did not.
 *
 * What it answers, in this order: a 301 for a path given to redirect(); a 401 naming
 * Basic for a request without Authorization when challenge() is on; the request passed
 * on to the upstream DAV server (Radicale) with its Authorization when one is set; else
 * 404. One request per connection ("Connection: close"), so nothing is kept alive.
 */
class AuthRecorder : public QObject
{
    Q_OBJECT
public:
    struct Seen
    {
        QByteArray method;
        QByteArray target;
        QByteArray authorization;
    };

    explicit AuthRecorder(QObject *parent = nullptr);
    ~AuthRecorder() override;

    bool listen();
    quint16 port() const;
    //! http://HOST:port/ with \a host "127.0.0.1" or "localhost" (two origins, one server).
    QUrl baseUrl(const QString &host = QStringLiteral("127.0.0.1")) const;

    void setUpstream(const QUrl &upstream) { m_upstream = upstream; }
    void setChallenge(bool on) { m_challenge = on; }
    void redirect(const QByteArray &path, const QUrl &location) { m_redirects.insert(path, location); }

    const QList<Seen> &seen() const { return m_seen; }
    //! Requests that carried any Authorization header.
    int withCredentials() const;

private:
    void answer(QTcpSocket *socket, const RawHttpRequest &request);
    static void reply(QTcpSocket *socket, int status, const QByteArrayList &headers, const QByteArray &body = {});

    RawHttpServer *m_server;
    QNetworkAccessManager *m_nam;
    QUrl m_upstream;
    bool m_challenge = false;
    QHash<QByteArray, QUrl> m_redirects;
    QList<Seen> m_seen;
};
