// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauthendpoint.h"
#include "tokenstore.h"
#include "requestparams.h"
#include "zohotime.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

namespace crmsandbox {

namespace {
// Token-endpoint failures are HTTP 200 with an "error" key (§1.4).
ApiReply tokenError(const QString &error)
{
    return ApiReply::json(200, {{QStringLiteral("error"), error}});
}
} // namespace

OAuthEndpoint::OAuthEndpoint(const SandboxConfig &config, TokenStore &store)
    : m_config(config)
    , m_store(store)
{
}

void OAuthEndpoint::initialise()
{
    m_store.addRefreshToken(m_config.refreshToken);
}

QString OAuthEndpoint::randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QJsonObject OAuthEndpoint::issueAccessToken()
{
    // Zoho tokens look like "1000.<hex>.<hex>" (§1.2 example).
    const QString token = QStringLiteral("1000.%1.%2").arg(randomHex(16), randomHex(16));
    m_store.addAccessToken(token, ZohoTime::nowMsecs() + qint64(m_config.tokenLifetimeSecs) * 1000);
    return QJsonObject{{QStringLiteral("access_token"), token},
                       {QStringLiteral("scope"), QStringLiteral("ZohoCRM.modules.ALL ZohoCRM.settings.ALL")},
                       {QStringLiteral("api_domain"), m_config.baseUrl},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_in"), m_config.tokenLifetimeSecs}};
}

ApiReply OAuthEndpoint::token(const QHttpServerRequest &request)
{
    const RequestParams params(request, true); // query or form body (§1.1)
    const QString grant = params.value(QStringLiteral("grant_type"));
    if (grant != QLatin1String("refresh_token") && grant != QLatin1String("authorization_code"))
        return tokenError(QStringLiteral("unsupported_grant_type")); // RFC 6749 §5.2 name; Zoho's is unconfirmed
    if (params.value(QStringLiteral("client_id")) != m_config.clientId)
        return tokenError(QStringLiteral("invalid_client"));

    if (grant == QLatin1String("refresh_token")) {
        if (params.value(QStringLiteral("client_secret")) != m_config.clientSecret)
            return tokenError(QStringLiteral("invalid_client_secret"));
        if (!m_store.hasRefreshToken(params.value(QStringLiteral("refresh_token"))))
            return tokenError(QStringLiteral("invalid_code")); // §1.4: bad refresh token
        return ApiReply::json(200, issueAccessToken()); // no refresh_token on refresh (§1.2)
    }

    const auto code = m_store.takeAuthCode(params.value(QStringLiteral("code")));
    if (!code || code->expiryMs <= ZohoTime::nowMsecs())
        return tokenError(QStringLiteral("invalid_code"));
    // PKCE clients may omit the secret (unconfirmed, §1.1); a secret that is sent must match.
    const bool pkce = !code->challenge.isEmpty();
    if ((!pkce || params.has(QStringLiteral("client_secret")))
        && params.value(QStringLiteral("client_secret")) != m_config.clientSecret)
        return tokenError(QStringLiteral("invalid_client_secret"));
    // A code from the consent page is bound to its redirect URI, which the exchange must
    // repeat (§1.1 "Code → tokens"; RFC 6749 §4.1.3). Self-Client codes have none.
    if (!code->redirectUri.isEmpty() && params.value(QStringLiteral("redirect_uri")) != code->redirectUri)
        return tokenError(QStringLiteral("invalid_redirect_uri"));
    if (pkce) {
        const QByteArray verifier = params.value(QStringLiteral("code_verifier")).toUtf8();
        const QString expected = code->challengeMethod == QLatin1String("plain")
            ? QString::fromUtf8(verifier)
            : QString::fromLatin1(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        if (verifier.isEmpty() || expected != code->challenge)
            return tokenError(QStringLiteral("invalid_code"));
    }
    QJsonObject answer = issueAccessToken();
    const QString refresh = QStringLiteral("1000.%1.%2").arg(randomHex(16), randomHex(16));
    m_store.addRefreshToken(refresh);
    answer.insert(QStringLiteral("refresh_token"), refresh);
    return ApiReply::json(200, answer);
}

ApiReply OAuthEndpoint::revoke(const QHttpServerRequest &request)
{
    const RequestParams params(request, true);
    m_store.revokeRefreshToken(params.value(QStringLiteral("token")));
    return ApiReply::json(200, {{QStringLiteral("status"), QStringLiteral("success")}}); // §1.1 Revoke
}

QString OAuthEndpoint::newCode(const QString &redirectUri, const QString &challenge, const QString &method)
{
    AuthCode code;
    code.code = QStringLiteral("1000.%1.%2").arg(randomHex(16), randomHex(16));
    // §1.1: codes live 2 minutes; --code-lifetime shortens it for tests (0 = already expired).
    code.expiryMs = ZohoTime::nowMsecs() + qint64(m_config.codeLifetimeSecs) * 1000;
    code.redirectUri = redirectUri;
    code.challenge = challenge;
    code.challengeMethod = method.isEmpty() ? QStringLiteral("plain") : method;
    m_store.addAuthCode(code);
    return code.code;
}

ApiReply OAuthEndpoint::issueCode(const QHttpServerRequest &request)
{
    const RequestParams params(request, true);
    return ApiReply::json(200, {{QStringLiteral("code"),
                                 newCode(params.value(QStringLiteral("redirect_uri")),
                                         params.value(QStringLiteral("code_challenge")),
                                         params.value(QStringLiteral("code_challenge_method")))}});
}

OAuthEndpoint::TokenState OAuthEndpoint::check(const QHttpServerRequest &request) const
{
    // §1.5: "Authorization: Zoho-oauthtoken {access_token}".
    const QByteArray header = RequestParams(request).header("Authorization");
    static const QByteArray prefix("Zoho-oauthtoken ");
    if (!header.startsWith(prefix))
        return TokenState::Missing;
    const auto expiry = m_store.accessTokenExpiry(QString::fromLatin1(header.mid(prefix.size()).trimmed()));
    if (!expiry)
        return TokenState::Unknown;
    return *expiry <= ZohoTime::nowMsecs() ? TokenState::Expired : TokenState::Valid;
}

void OAuthEndpoint::expireAll()
{
    m_store.expireAllAccessTokens(ZohoTime::nowMsecs());
}

} // namespace crmsandbox
