// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apireply.h"
#include "sandboxconfig.h"

class QHttpServerRequest;

namespace crmsandbox {

class TokenStore;

/*!
 * \brief Zoho Accounts' OAuth endpoints as far as a sync client needs them
 * (reference/zoho-crm-api.md §1.1–§1.5): token issue/refresh, revoke,
 * authorization codes (the consent page is AuthorizationPage) and access-token
 * checks for API calls.
 */
class OAuthEndpoint
{
public:
    enum class TokenState { Valid, Missing, Unknown, Expired };

    OAuthEndpoint(const SandboxConfig &config, TokenStore &store);

    //! Registers the configured refresh token (idempotent across restarts).
    void initialise();
    ApiReply token(const QHttpServerRequest &request);
    ApiReply revoke(const QHttpServerRequest &request);
    //! Test-only: a Self-Client-style code without the redirect dance.
    ApiReply issueCode(const QHttpServerRequest &request);
    TokenState check(const QHttpServerRequest &request) const;
    void expireAll();
    //! A new single-use code bound to \a redirectUri and the PKCE challenge (§1.1).
    QString newCode(const QString &redirectUri, const QString &challenge, const QString &method);
    static QString randomHex(int bytes);

private:
    QJsonObject issueAccessToken();

    const SandboxConfig &m_config;
    TokenStore &m_store;
};

} // namespace crmsandbox
