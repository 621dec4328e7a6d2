// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpjob.h"

#include "net/credentialscope.h"
#include "net/digestauth.h"
#include "net/networkcontext.h"
#include "net/tlsfingerprint.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcHttp, "crmsync.net", QtInfoMsg)

namespace crmsync {

namespace {

bool isTransient(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

//! Errors where the request cannot have reached the server, so even a POST may be repeated.
bool neverDelivered(QNetworkReply::NetworkError e)
{
    return e == QNetworkReply::ConnectionRefusedError || e == QNetworkReply::HostNotFoundError
        || e == QNetworkReply::ProxyConnectionRefusedError;
}

} // namespace

HttpJob::HttpJob(NetworkContext *context, QObject *parent)
    : Job(parent)
    , m_context(context ? context : NetworkContext::forCurrentThread())
    , m_policy(m_context->retryPolicy())
    , m_bodyGuard(new ResponseBodyGuard(this))
{
    connect(m_bodyGuard, &ResponseBodyGuard::tooSlow, this, &HttpJob::abortTransfer);
}

HttpJob::~HttpJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpJob::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    m_headers.append({name, value});
}

void HttpJob::setCredentials(const QString &user, const QString &password, std::shared_ptr<HttpAuthState> state)
{
    m_user = user;
    m_password = password;
    m_authState = state ? std::move(state) : std::make_shared<HttpAuthState>();
}

void HttpJob::setResponseKind(ResponseKind kind)
{
    m_bodyGuard->setResponseKind(kind);
}

void HttpJob::setMinimumRate(qint64 bytes, int windowMs)
{
    m_policy.minBytesPerWindow = bytes;
    m_policy.rateWindowMs = qMax(1, windowMs);
}

bool HttpJob::isIdempotent() const
{
    if (m_idempotent >= 0)
        return m_idempotent == 1;
    return m_method != "POST" && m_method != "PATCH";
}

QByteArray HttpJob::responseHeader(const QByteArray &name) const
{
    for (const auto &h : m_responseHeaders) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void HttpJob::start()
{
    const Status urlOk = NetworkContext::checkUrl(m_url);
    if (!urlOk) {
        finishWith(urlOk.error());
        return;
    }
    if (!m_user.isEmpty() && !m_authState->scope().allows(m_url)) {
        // The password belongs to one origin (or, in discovery, the user's domain); a
        // config, redirect, DNS record or href pointing elsewhere never gets it.
        finishWith(Error::make(Error::Category::Auth,
                               tr("The password given for %1 is not sent to %2: sign in to %2 on its own.")
                                   .arg(m_authState->scope().toString(), CredentialScope::originOf(m_url)),
                               QStringLiteral("credential scope %1 refuses %2")
                                   .arg(m_authState->scope().toString(), CredentialScope::originOf(m_url))));
        return;
    }
    if (!m_context || !m_context->manager()) {
        finishWith(Error::make(Error::Category::Config, tr("No network access is available.")));
        return;
    }
    sendAttempt();
}

void HttpJob::sendAttempt()
{
    ++m_attempt;
    m_tlsProblems.clear();
    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_policy.timeoutMs);
    // Redirects could carry the Authorization header to another host; Zoho does not
    // redirect API calls, so refuse them.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &h : m_headers)
        request.setRawHeader(h.first, h.second);
    // Waiting for a challenge: nothing until a 401 of this job named the scheme.
    m_sentAuthorization = !m_user.isEmpty() && (!m_waitForChallenge || m_authResent);
    if (m_sentAuthorization)
        request.setRawHeader("Authorization", authorizationHeader());

    m_context->counter().add();
    if (m_attempt > 1)
        m_context->counter().addRetry();
    qCDebug(lcHttp) << m_method << m_url.host() << m_url.path() << "attempt" << m_attempt;

    QNetworkAccessManager *nam = m_context->manager();
    if (m_body.isEmpty() && (m_method == "GET" || m_method == "DELETE"))
        m_reply = nam->sendCustomRequest(request, m_method);
    else
        m_reply = nam->sendCustomRequest(request, m_method, m_body);
    m_bodyGuard->begin(m_reply, m_url.host(), m_method, m_url.path(), m_policy.minBytesPerWindow,
                       m_policy.rateWindowMs);
    connect(m_reply, &QNetworkReply::finished, this, &HttpJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpJob::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpJob::onReadyRead);
    connect(m_reply, &QNetworkReply::sslErrors, this, &HttpJob::onSslErrors);
}

QByteArray HttpJob::authorizationHeader()
{
    if (!m_authState->hasDigest()) {
        // Basic at once: the server asks for it anyway, and without encryption we never
        // get here except on loopback (NetworkContext::checkUrl refuses the rest).
        return "Basic " + (m_user.toUtf8() + ':' + m_password.toUtf8()).toBase64();
    }
    DigestAuth::Input in;
    in.username = m_user.toUtf8();
    in.password = m_password.toUtf8();
    in.method = m_method;
    // The request-target as QNAM writes it on the request line.
    in.uri = m_url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (in.uri.isEmpty())
        in.uri = "/";
    in.cnonce = DigestAuth::makeCnonce();
    in.nonceCount = m_authState->nextNonceCount();
    return DigestAuth::authorization(m_authState->digest(), in);
}

bool HttpJob::answerChallenge()
{
    if (m_user.isEmpty() || m_authResent)
        return false;
    const QList<HttpChallenge> challenges = HttpChallenge::parse(responseHeader("WWW-Authenticate"));
    const auto digest = DigestAuth::pick(challenges);
    if (!digest) {
        // Nothing sent yet (a discovered host): answer a Basic challenge once. Basic sent
        // and refused, or a scheme we cannot answer: the password is wrong.
        const bool basic = std::any_of(challenges.cbegin(), challenges.cend(),
                                       [](const HttpChallenge &c) { return c.scheme == "basic"; });
        if (m_sentAuthorization || !basic)
            return false;
        m_authResent = true;
        return true;
    }
    // Whether we sent Basic, nothing or a Digest with an older (maybe expired) nonce, a
    // fresh challenge deserves one answer; a second 401 then means the password is wrong.
    m_authState->setDigest(*digest);
    m_authResent = true;
    return true;
}

void HttpJob::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_reply)
        return;
    QSslCertificate certificate = m_reply->sslConfiguration().peerCertificate();
    if (certificate.isNull() && !errors.isEmpty())
        certificate = errors.first().certificate();
    m_peerSha256 = certificate.digest(QCryptographicHash::Sha256);
    // The per-account exception names one certificate: only that exact one is accepted,
    // whatever is wrong with it; anything else keeps failing (docs/dav.md).
    if (!m_trustedSha256.isEmpty() && !certificate.isNull() && m_peerSha256 == m_trustedSha256) {
        qCDebug(lcHttp) << "accepting the pinned certificate of" << m_url.host() << "despite" << errors.size()
                        << "TLS errors";
        m_reply->ignoreSslErrors(errors);
        return;
    }
    QStringList problems;
    for (const QSslError &e : errors)
        problems.append(e.errorString());
    problems.removeDuplicates();
    m_tlsProblems = problems.join(QStringLiteral("; "));
}

void HttpJob::onMetaData()
{
    if (!m_reply || m_bodyGuard->isCutOff())
        return;
    bool ok = false;
    const qint64 declared = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && !m_bodyGuard->acceptDeclaredLength(declared))
        abortTransfer();
}

void HttpJob::onReadyRead()
{
    if (!m_reply || m_bodyGuard->isCutOff())
        return;
    // Read as it comes: QNetworkReply would otherwise buffer all of it, without bound.
    if (!m_bodyGuard->acceptChunk(m_reply->readAll()))
        abortTransfer();
}

void HttpJob::abortTransfer()
{
    if (QNetworkReply *reply = m_reply)
        reply->abort(); // finished() follows, and onReplyFinished() ends the job with the guard's error
}

void HttpJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_bodyGuard->stop();
    if (m_bodyGuard->isCutOff()) {
        // Not retried: the same server would most likely send the same again.
        m_status = 0;
        m_responseHeaders = reply->rawHeaderPairs();
        finishWith(m_bodyGuard->error());
        return;
    }

    const QNetworkReply::NetworkError netError = reply->error();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    m_status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    m_responseHeaders = reply->rawHeaderPairs();
    if (reply->isOpen()) {
        if (!m_bodyGuard->acceptRest(reply->readAll())) {
            finishWith(m_bodyGuard->error());
            return;
        }
    }

    // A 401 with a Digest challenge is answered at once, once (RFC 7616 §3.3); so is a
    // Basic one to a request that waited for it (RFC 7617 §2).
    if (m_status == 401 && answerChallenge()) {
        --m_attempt; // not a retry: the same attempt, now signed in the way the server wants
        sendAttempt();
        return;
    }

    const Error error = errorForReply(netError, reply->errorString());
    if (!error.isError()) {
        finishWith(error);
        return;
    }

    // Decide whether another attempt may succeed.
    bool retry = false;
    if (m_status == 429)
        retry = true;
    else if (m_status >= 500)
        retry = isIdempotent();
    else if (m_status == 0)
        retry = isTransient(netError) && (isIdempotent() || neverDelivered(netError));

    // A kept-alive connection the server closed while idle fails the next request at
    // once; that says nothing about the server, so repeat once without waiting and
    // without using up an attempt.
    const bool staleConnection = m_status == 0 && netError == QNetworkReply::RemoteHostClosedError
        && !m_staleRetryUsed && isIdempotent();
    if (staleConnection) {
        m_staleRetryUsed = true;
        retry = true;
    }
    if (!retry || (m_attempt >= m_policy.maxAttempts + (m_staleRetryUsed ? 1 : 0))) {
        finishWith(error);
        return;
    }

    qint64 delay = parseRetryAfter(responseHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    if (delay > m_policy.maxRetryAfterMs) {
        finishWith(error);
        return;
    }
    if (staleConnection)
        delay = 0;
    else if (delay < 0)
        delay = backoffDelay(m_policy, m_attempt);
    qCDebug(lcHttp) << "retrying" << m_url.host() << "in" << delay << "ms after" << error.detail;

    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &HttpJob::sendAttempt);
    }
    m_retryTimer->start(int(delay));
}

Error HttpJob::errorForReply(QNetworkReply::NetworkError netError, const QString &netErrorText) const
{
    const QString host = m_url.host();
    if (m_status == 0) {
        if (netError == QNetworkReply::NoError)
            return {};
        Error e;
        e.category = Error::Category::Network;
        if (!m_tlsProblems.isEmpty()) {
            // Auth, not Network: trying again later cannot help, only the user can decide
            // to trust this certificate (docs/dav.md "Sign-in and TLS").
            e.category = Error::Category::Auth;
            e.certificateSha256 = TlsFingerprint::format(m_peerSha256);
            e.userMessage = tr("Refusing the secure connection to %1: %2. The server's certificate has the "
                               "SHA-256 fingerprint %3.")
                                .arg(host, m_tlsProblems, e.certificateSha256);
        } else if (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError)
            e.userMessage = tr("%1 did not answer in time.").arg(host);
        else if (netError == QNetworkReply::SslHandshakeFailedError)
            e.userMessage = tr("The secure connection to %1 could not be established.").arg(host);
        else
            e.userMessage = tr("Could not connect to %1. Check the internet connection.").arg(host);
        // errorString may name the URL; our URLs never carry secrets (tokens go in headers).
        e.detail = QStringLiteral("%1 (QNetworkReply::NetworkError %2)").arg(netErrorText).arg(int(netError));
        return e;
    }

    const Error::Category category = categoryFor(m_status);
    if (category == Error::Category::None)
        return {};

    Error e;
    e.category = category;
    e.httpStatus = m_status;
    e.detail = QStringLiteral("HTTP %1 %2: %3")
                   .arg(m_status)
                   .arg(QString::fromUtf8(m_method))
                   .arg(QString::fromUtf8(body().left(300)));
    switch (category) {
    case Error::Category::Auth:
        if (m_user.isEmpty())
            e.userMessage = tr("%1 refused the sign-in (HTTP %2).").arg(host).arg(m_status);
        else
            e.userMessage = tr("%1 refused the sign-in of user %2 (HTTP %3): check the username and password.")
                                .arg(host, m_user)
                                .arg(m_status);
        break;
    case Error::Category::RateLimit: {
        e.userMessage = tr("%1 asks to slow down: too many requests (HTTP 429).").arg(host);
        const qint64 after = parseRetryAfter(responseHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        e.retryAfterSeconds = after > 0 ? int((after + 999) / 1000) : 0;
        break;
    }
    case Error::Category::Server:
        e.userMessage = tr("%1 had an internal problem (HTTP %2).").arg(host).arg(m_status);
        break;
    case Error::Category::Conflict:
        e.userMessage = tr("The item on %1 was changed by someone else (HTTP 412).").arg(host);
        break;
    default:
        e.userMessage = tr("%1 rejected the request (HTTP %2).").arg(host).arg(m_status);
        break;
    }
    return e;
}

Error::Category HttpJob::categoryFor(int s)
{
    if ((s >= 200 && s < 300) || s == 304)
        return Error::Category::None;
    if (s == 401)
        return Error::Category::Auth;
    if (s == 412)
        return Error::Category::Conflict;
    if (s == 429)
        return Error::Category::RateLimit;
    if (s >= 500)
        return Error::Category::Server;
    return Error::Category::Data;
}

void HttpJob::finishWith(const Error &error)
{
    setError(error);
    emitResult();
}

} // namespace crmsync
