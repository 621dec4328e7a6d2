// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpauthstate.h"
#include "net/networkcontext.h"
#include "net/responsebodyguard.h"
#include "net/retrypolicy.h"
#include "net/retrytiming.h"
#include "util/job.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QPointer>
#include <QSslError>
#include <QUrl>

#include <memory>

class QTimer;

namespace crmsync {

/*!
 * \brief One HTTP request with timeout and retries (STYLE.md point 3).
 *
 * Network errors, timeouts, 5xx and 429 are retried with exponential backoff and
 * jitter, honouring Retry-After (seconds or HTTP date) when the server sends one; Zoho
 * documents none for 429 (reference/zoho-crm-api.md §4), so there the backoff applies.
 * Waits use QTimer; nothing blocks.
 *
 * After finished(): statusCode(), headers and body() hold the last response, also when
 * error() is set (a 400 or 412 body carries per-record details). 2xx and 304 are
 * success; everything else sets an Error whose category follows the status.
 *
 * Non-idempotent requests (POST unless setIdempotent(true)) are retried only when the
 * server cannot have acted on them: 429 and connections that were refused.
 *
 * With setCredentials() the job signs in itself (docs/dav.md "Sign-in and TLS"); a
 * certificate with TLS errors is refused (Error::Category::Auth: only the user can
 * decide to trust it) unless its SHA-256 digest is the one given to
 * setTrustedCertificateSha256(). A job with credentials whose URL is outside the login's
 * CredentialScope (HttpAuthState::scope()) is refused before anything is sent.
 *
 * Bodies are bounded (docs/dav.md "What a server is trusted with"): the body is read as it
 * arrives, and a response whose Content-Length or received size passes the cap for its
 * kind (setResponseKind(), setMaxBodyBytes()), or that trickles in below a minimum rate
 * (setMinimumRate()), is cut off with an error naming the server and the limit, and is
 * not retried. The transfer timeout only catches complete silence.
 */
class HttpJob : public Job
{
    Q_OBJECT
public:
    //! What a response holds, which sets its size cap (ResponseBodyGuard::ResponseKind).
    using ResponseKind = ResponseBodyGuard::ResponseKind;
    static qint64 defaultMaxBodyBytes(ResponseKind kind) { return ResponseBodyGuard::defaultMaxBodyBytes(kind); }

    explicit HttpJob(NetworkContext *context, QObject *parent = nullptr);
    ~HttpJob() override;

    void setMethod(const QByteArray &method) { m_method = method.toUpper(); }
    QByteArray method() const { return m_method; }
    void setUrl(const QUrl &url) { m_url = url; }
    QUrl url() const { return m_url; }
    void setHeader(const QByteArray &name, const QByteArray &value);
    void setBody(const QByteArray &body) { m_body = body; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }
    void setIdempotent(bool idempotent) { m_idempotent = idempotent; }
    bool isIdempotent() const;
    /*!
     * Signs in as \a user: Basic with the first request (only https or loopback get that
     * far, NetworkContext::checkUrl), Digest (RFC 7616) once a 401 asks for it or \a state
     * remembers that it did. A 401 is answered at most once per job, so a wrong password
     * ends in one Auth error, not a loop.
     */
    void setCredentials(const QString &user, const QString &password, std::shared_ptr<HttpAuthState> state = {});
    //! Sets the size cap to the one for \a kind (defaultMaxBodyBytes()).
    void setResponseKind(ResponseKind kind);
    ResponseKind responseKind() const { return m_bodyGuard->responseKind(); }
    void setMaxBodyBytes(qint64 bytes) { m_bodyGuard->setMaxBodyBytes(bytes); }
    qint64 maxBodyBytes() const { return m_bodyGuard->maxBodyBytes(); }
    //! Overrides the policy's RetryPolicy::minBytesPerWindow and rateWindowMs; \a bytes 0 turns the check off.
    void setMinimumRate(qint64 bytes, int windowMs);
    /*!
     * The first attempt goes without credentials; they follow only when its 401 names a
     * scheme (Basic or Digest). For hosts found by discovery, which get nothing they did
     * not ask for (docs/dav.md "Where a password is sent").
     */
    void setCredentialsAfterChallenge(bool wait) { m_waitForChallenge = wait; }
    //! The last attempt carried credentials.
    bool sentCredentials() const { return m_sentAuthorization; }
    //! Accept a certificate despite TLS errors only if its SHA-256 digest (raw bytes) is \a digest.
    void setTrustedCertificateSha256(const QByteArray &digest) { m_trustedSha256 = digest; }

    void start() override;

    int statusCode() const { return m_status; }
    QByteArray responseHeader(const QByteArray &name) const;
    const QList<QPair<QByteArray, QByteArray>> &responseHeaders() const { return m_responseHeaders; }
    const QByteArray &body() const { return m_bodyGuard->body(); }
    //! Attempts made, the first included.
    int attempts() const { return m_attempt; }

    //! RetryTiming::parseRetryAfter(): what a Retry-After asks for, in ms; -1 when absent or unreadable.
    static qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now)
    {
        return RetryTiming::parseRetryAfter(value, now);
    }
    //! RetryTiming::parseHttpDate(): an HTTP date (RFC 9110 §5.6.7); invalid otherwise.
    static QDateTime parseHttpDate(const QByteArray &value) { return RetryTiming::parseHttpDate(value); }
    //! RetryTiming::backoffDelay(): the delay before attempt \a attempt + 1 without a Retry-After.
    static int backoffDelay(const RetryPolicy &policy, int attempt) { return RetryTiming::backoffDelay(policy, attempt); }
    //! The category an HTTP status maps to (None for 2xx and 304).
    static Error::Category categoryFor(int httpStatus);

private:
    void sendAttempt();
    void onReplyFinished();
    void onMetaData();
    void onReadyRead();
    //! Stops a transfer the body guard cut off; its error then ends the job without a retry.
    void abortTransfer();
    void onSslErrors(const QList<QSslError> &errors);
    QByteArray authorizationHeader();
    //! Takes a Digest challenge from a 401 when one more attempt may succeed.
    bool answerChallenge();
    void finishWith(const Error &error);
    Error errorForReply(QNetworkReply::NetworkError netError, const QString &netErrorText) const;

    QPointer<NetworkContext> m_context;
    QByteArray m_method = "GET";
    QUrl m_url;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    RetryPolicy m_policy;
    int m_idempotent = -1; // -1: by method
    int m_attempt = 0;
    bool m_staleRetryUsed = false;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;

    QString m_user;
    QString m_password;
    std::shared_ptr<HttpAuthState> m_authState;
    bool m_authResent = false;
    bool m_waitForChallenge = false;
    //! This attempt carried an Authorization header.
    bool m_sentAuthorization = false;
    QByteArray m_trustedSha256;
    QString m_tlsProblems;
    QByteArray m_peerSha256;

    int m_status = 0;
    QList<QPair<QByteArray, QByteArray>> m_responseHeaders;
    //! Holds the response body and keeps it within its size cap and minimum rate.
    ResponseBodyGuard *m_bodyGuard = nullptr;
};

} // namespace crmsync
