// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawhttprequest.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QTcpSocket;
class RawHttpServer;

/*!
 * \brief A loopback HTTP server that stands in front of a real DAV server and misbehaves
 * on purpose (issue 12 "How to prove it"), modelled on DigestProxy.
 *
 * Each request goes first to intercept(), which may answer it itself (no upstream needed,
 * so unit tests can script a whole server), then upstream with Basic for upstreamUser, and
 * the upstream answer through rewrite() before it is sent back. An Answer may also be
 * endless (a body that never ends: the proxy stops after endlessLimit bytes) or trickle
 * (one byte every trickleIntervalMs, at most trickleLimit bytes): both are bounded, so a
 * client that does not defend itself still ends, only late or big.
 */
class HostileDavProxy : public QObject
{
    Q_OBJECT
public:
    struct Request : RawHttpRequest
    {
        //! A sync-collection REPORT; withToken: one carrying a sync token.
        bool isSyncCollection() const { return body.contains("sync-collection"); }
        bool isMultiget() const { return body.contains("-multiget"); }
        bool isPropfind() const { return method == "PROPFIND"; }
        bool hasSyncToken() const;
    };
    struct Answer
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        enum class Mode { Normal, Endless, Trickle } mode = Mode::Normal;
        qint64 endlessLimit = 1024LL * 1024 * 1024;
        int trickleIntervalMs = 200;
        int trickleLimit = 200;
    };
    using Intercept = std::function<bool(const Request &, Answer &)>;
    using Rewrite = std::function<void(const Request &, Answer &)>;

    HostileDavProxy(const QUrl &upstream, const QString &upstreamUser, QObject *parent = nullptr);
    ~HostileDavProxy() override;

    bool listen();
    //! \a upstreamUrl's path on this proxy.
    QUrl urlFor(const QUrl &upstreamUrl) const;
    void setIntercept(Intercept intercept) { m_intercept = std::move(intercept); }
    void setRewrite(Rewrite rewrite) { m_rewrite = std::move(rewrite); }

    int requests() const { return m_requests; }
    //! Bytes sent of endless or trickling bodies, in all.
    qint64 streamedBytes() const { return m_streamed; }
    //! Method and target of every request, in order ("REPORT /alice/contacts/").
    const QByteArrayList &log() const { return m_log; }

    //! Multistatus helpers for rewrites, on the XML as Radicale writes it.
    static QByteArrayList responsesOf(const QByteArray &multistatus);
    static QByteArray withResponses(const QByteArray &multistatus, const QByteArrayList &responses);
    static QByteArray hrefOf(const QByteArray &response);
    static QByteArray response(const QByteArray &href, int status);

private:
    void handle(QTcpSocket *socket, const Request &request);
    void send(QTcpSocket *socket, const Request &request, Answer answer);
    void stream(QTcpSocket *socket, const Answer &answer);

    QUrl m_upstream;
    QString m_upstreamUser;
    RawHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    Intercept m_intercept;
    Rewrite m_rewrite;
    int m_requests = 0;
    qint64 m_streamed = 0;
    QByteArrayList m_log;
};
