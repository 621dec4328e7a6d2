// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpchallenge.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

#include <optional>

namespace crmsync {

/*!
 * \brief HTTP Digest access authentication (RFC 7616): picks a challenge this client can
 * answer and computes the Authorization header for it.
 *
 * Supported: algorithm MD5, MD5-sess, SHA-256 and SHA-256-sess; qop "auth" (or no qop,
 * the RFC 2069 form older servers still send); userhash. Not supported: qop "auth-int"
 * (it hashes the body, which no DAV server we know demands) and SHA-512-256, which
 * QCryptographicHash does not offer.
 */
class DigestAuth
{
public:
    //! The fields that go into one response (RFC 7616 §3.4).
    struct Input
    {
        QByteArray username;
        QByteArray password;
        QByteArray method;
        //! The request-target exactly as sent: path and query, percent-encoded.
        QByteArray uri;
        QByteArray cnonce;
        quint32 nonceCount = 1;
    };

    //! The strongest Digest challenge in \a challenges this client can answer (SHA-256 first).
    static std::optional<HttpChallenge> pick(const QList<HttpChallenge> &challenges);
    //! The hash an algorithm name stands for; nullopt when not supported.
    static std::optional<QCryptographicHash::Algorithm> hashFor(const QByteArray &algorithm);
    //! The hex response digest ("response" parameter) for \a challenge.
    static QByteArray response(const HttpChallenge &challenge, const Input &input);
    //! The complete Authorization header value.
    static QByteArray authorization(const HttpChallenge &challenge, const Input &input);
    //! 16 random bytes, hex: unpredictable enough for RFC 7616 §5.11's cnonce.
    static QByteArray makeCnonce();
};

} // namespace crmsync
