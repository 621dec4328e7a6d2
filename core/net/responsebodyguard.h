// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkReply;
class QTimer;

namespace crmsync {

/*!
 * \brief Keeps one HTTP response body within bounds (docs/dav.md "What a server is trusted with").
 *
 * HttpJob feeds it the declared Content-Length and the bytes as they arrive; it holds the
 * body and answers whether the transfer may go on. A body whose declared or received size
 * passes the cap for its kind, or that trickles in below a minimum rate, is cut off:
 * error() then names the server and the limit, the body is dropped, and the owner aborts
 * the transfer. The rate is checked with a timer from the first byte on, and tooSlow()
 * tells the owner when it was passed.
 */
class ResponseBodyGuard : public QObject
{
    Q_OBJECT
public:
    /*!
     * What a response holds, which sets its size cap. Default: 32 MiB (a Zoho page of 200
     * records is about 1 MiB). Listing: 64 MiB (a DAV listing without payloads takes about
     * 200–300 bytes a member, so hundreds of thousands of members). Items: 32 MiB (one
     * multiget of DavFetchJob::kChunkSize vCards or events, photos included). Token:
     * 64 KiB (an OAuth token reply is well under 2 KiB).
     */
    enum class ResponseKind { Default, Listing, Items, Token };
    static qint64 defaultMaxBodyBytes(ResponseKind kind);

    explicit ResponseBodyGuard(QObject *parent = nullptr);

    //! Sets the size cap to the one for \a kind (defaultMaxBodyBytes()).
    void setResponseKind(ResponseKind kind);
    ResponseKind responseKind() const { return m_kind; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    /*!
     * Starts guarding the transfer of \a reply to "\a method \a path" on \a host: an empty
     * body and a fresh rate window. \a minBytesPerWindow 0 turns the rate check off.
     */
    void begin(QNetworkReply *reply, const QString &host, const QByteArray &method, const QString &path,
               qint64 minBytesPerWindow, int rateWindowMs);
    //! False (and cut off) when the declared size \a declared passes the cap.
    bool acceptDeclaredLength(qint64 declared);
    //! Appends \a chunk as it arrives; false (and cut off) when the body would pass the cap.
    bool acceptChunk(const QByteArray &chunk);
    //! Appends what was left to read once the transfer ended; false (and cut off) past the cap.
    bool acceptRest(const QByteArray &rest);
    //! The transfer ended: no more rate checks.
    void stop();

    const QByteArray &body() const { return m_body; }
    bool isCutOff() const { return m_error.isError(); }
    //! Why the body was cut off; no error while it was not.
    const Error &error() const { return m_error; }

signals:
    //! The body came in below the minimum rate and was cut off; abort the transfer.
    void tooSlow();

private:
    void onRateCheck();
    //! Records \a error (the size cap's when none) and drops the body.
    void cutOff(const Error &error);
    QString kindName() const;

    ResponseKind m_kind = ResponseKind::Default;
    qint64 m_maxBodyBytes = defaultMaxBodyBytes(ResponseKind::Default);
    QPointer<QNetworkReply> m_reply;
    QString m_host;
    QByteArray m_method;
    QString m_path;
    qint64 m_minBytesPerWindow = 0;
    int m_rateWindowMs = 1;
    QByteArray m_body;
    qint64 m_windowBytes = 0;
    QTimer *m_rateTimer = nullptr;
    Error m_error;
};

} // namespace crmsync
