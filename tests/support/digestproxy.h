// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawhttprequest.h"

#include <QByteArrayList>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QTcpSocket;
class RawHttpServer;

/*!
 * \brief A loopback HTTP server that demands Digest authentication (RFC 7616) and passes
 * every request it accepts on to a real DAV server, so DAV jobs run against real
 * Radicale behind a Digest sign-in that neither Radicale nor Xandikos offers.
 *
 * The check is written here on its own, not with core/net/digestauth: realm, nonce,
 * opaque, algorithm, qop, the request-target and a growing nonce count (RFC 7616 §3.4:
 * a repeated nc is a replay) must match, and the response is recomputed from the
 * password. Accepted requests go upstream with Basic for upstreamUser (Radicale's
 * "none" auth still needs a user name for its owner_only rights).
 */
class DigestProxy : public QObject
{
    Q_OBJECT
public:
    //! \a algorithms: what the 401 offers, one challenge each, e.g. {"MD5"} or {"MD5", "SHA-256"}.
    DigestProxy(const QUrl &upstream, const QString &upstreamUser, const QByteArrayList &algorithms,
                QObject *parent = nullptr);
    ~DigestProxy() override;

    void setCredentials(const QByteArray &user, const QByteArray &password);
    bool listen();
    //! \a upstreamUrl's path on this proxy.
    QUrl urlFor(const QUrl &upstreamUrl) const;
    //! Makes the current nonce stale: its next use gets a 401 with stale=true.
    void expireNonce();

    int requests() const { return m_requests; }
    int challenges() const { return m_challenges; }
    int accepted() const { return m_accepted; }
    //! The algorithm of every accepted Digest response.
    const QByteArrayList &acceptedAlgorithms() const { return m_acceptedAlgorithms; }
    //! Why Digest responses were refused (empty when all were fine or none came).
    const QStringList &rejections() const { return m_rejections; }
    //! Requests that carried Basic credentials.
    int basicSeen() const { return m_basicSeen; }

private:
    using Request = RawHttpRequest;

    void handle(QTcpSocket *socket, const Request &request);
    //! Empty when the Digest response is right, else why not.
    QString verify(const Request &request, const QByteArray &authorization, bool *stale);
    void challenge(QTcpSocket *socket, bool stale);
    void forward(QTcpSocket *socket, const Request &request);

    QUrl m_upstream;
    QString m_upstreamUser;
    QByteArrayList m_algorithms;
    QByteArray m_user;
    QByteArray m_password;
    QByteArray m_realm = "crmsync test realm";
    QByteArray m_opaque;
    QByteArray m_nonce;
    QByteArrayList m_staleNonces;
    QHash<QByteArray, quint32> m_lastNc;
    RawHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    int m_requests = 0;
    int m_challenges = 0;
    int m_accepted = 0;
    int m_basicSeen = 0;
    QByteArrayList m_acceptedAlgorithms;
    QStringList m_rejections;
};
