// SPDX-License-Identifier: GPL-3.0-or-later
#include "digestauth.h"

#include <QRandomGenerator>

namespace crmsync {

namespace {

QByteArray hexHash(QCryptographicHash::Algorithm algorithm, const QByteArray &data)
{
    return QCryptographicHash::hash(data, algorithm).toHex();
}

bool offersQopAuth(const HttpChallenge &c)
{
    if (!c.params.contains("qop"))
        return true; // RFC 2069 form: no qop at all
    for (const QByteArray &q : c.param("qop").split(','))
        if (q.trimmed().toLower() == "auth")
            return true;
    return false;
}

//! A quoted-string (RFC 9110 §5.6.4): backslash before '"' and '\'.
QByteArray quoted(const QByteArray &value)
{
    QByteArray out = "\"";
    for (char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

} // namespace

std::optional<QCryptographicHash::Algorithm> DigestAuth::hashFor(const QByteArray &algorithm)
{
    // No algorithm parameter means MD5 (RFC 7616 §3.3).
    const QByteArray a = algorithm.toLower();
    if (a.isEmpty() || a == "md5" || a == "md5-sess")
        return QCryptographicHash::Md5;
    if (a == "sha-256" || a == "sha-256-sess")
        return QCryptographicHash::Sha256;
    return std::nullopt;
}

std::optional<HttpChallenge> DigestAuth::pick(const QList<HttpChallenge> &challenges)
{
    // A server may offer several algorithms, one challenge each, in its order of
    // preference (RFC 7616 §3.7); take the strongest we support.
    std::optional<HttpChallenge> best;
    for (const HttpChallenge &c : challenges) {
        if (c.scheme != "digest" || c.param("nonce").isEmpty() || !offersQopAuth(c))
            continue;
        const auto hash = hashFor(c.param("algorithm"));
        if (!hash)
            continue;
        if (!best || (*hash == QCryptographicHash::Sha256 && *hashFor(best->param("algorithm")) != *hash))
            best = c;
    }
    return best;
}

QByteArray DigestAuth::response(const HttpChallenge &c, const Input &in)
{
    const QCryptographicHash::Algorithm h = hashFor(c.param("algorithm")).value_or(QCryptographicHash::Md5);
    const QByteArray realm = c.param("realm");
    const QByteArray nonce = c.param("nonce");
    // RFC 7616 §3.4.2: A1 = user:realm:password, for -sess hashed again with both nonces.
    QByteArray ha1 = hexHash(h, in.username + ':' + realm + ':' + in.password);
    if (c.param("algorithm").toLower().endsWith("-sess"))
        ha1 = hexHash(h, ha1 + ':' + nonce + ':' + in.cnonce);
    // §3.4.3: A2 = method:request-uri for qop "auth".
    const QByteArray ha2 = hexHash(h, in.method + ':' + in.uri);
    if (!c.params.contains("qop"))
        return hexHash(h, ha1 + ':' + nonce + ':' + ha2);
    const QByteArray nc = QByteArray::number(in.nonceCount, 16).rightJustified(8, '0');
    return hexHash(h, ha1 + ':' + nonce + ':' + nc + ':' + in.cnonce + ":auth:" + ha2);
}

QByteArray DigestAuth::authorization(const HttpChallenge &c, const Input &in)
{
    const QCryptographicHash::Algorithm h = hashFor(c.param("algorithm")).value_or(QCryptographicHash::Md5);
    // userhash (RFC 7616 §3.4.4): send H(user:realm) instead of the name.
    const bool userhash = c.param("userhash").toLower() == "true";
    const QByteArray user = userhash ? hexHash(h, in.username + ':' + c.param("realm")) : in.username;
    QByteArray out = "Digest username=" + quoted(user) + ", realm=" + quoted(c.param("realm"))
        + ", uri=" + quoted(in.uri);
    if (c.params.contains("algorithm"))
        out += ", algorithm=" + c.param("algorithm");
    out += ", nonce=" + quoted(c.param("nonce"));
    if (c.params.contains("qop")) {
        out += ", nc=" + QByteArray::number(in.nonceCount, 16).rightJustified(8, '0');
        out += ", cnonce=" + quoted(in.cnonce) + ", qop=auth";
    }
    out += ", response=" + quoted(response(c, in));
    if (c.params.contains("opaque"))
        out += ", opaque=" + quoted(c.param("opaque"));
    if (userhash)
        out += ", userhash=true";
    return out;
}

QByteArray DigestAuth::makeCnonce()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return bytes.toHex();
}

} // namespace crmsync
