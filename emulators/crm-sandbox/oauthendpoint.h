// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apireply.h"
#include "sandboxconfig.h"

class QHttpServerRequest;

namespace crmsandbox {

class TokenStore;

/*!
 * \brief Zoho Accounts' OAuth endpoints as far as a sync client needs them
 * (reference/zoho-crm-api.md §1.1–§1.5): token issue/refresh, revoke, an
 * auto-approving authorization page, and access-token checks for API calls.
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
    //! `GET /oauth/v2/auth`: approves at once and redirects with a code (§1.1).
    ApiReply authorize(const QHttpServerRequest &request);
    //! Test-only: a Self-Client-style code without the redirect dance.
    ApiReply issueCode(const QHttpServerRequest &request);
    TokenState check(const QHttpServerRequest &request) const;
    void expireAll();

private:
    QString newCode(const QString &redirectUri, const QString &challenge, const QString &method);
    QJsonObject issueAccessToken();
    static QString randomHex(int bytes);

    const SandboxConfig &m_config;
    TokenStore &m_store;
};

} // namespace crmsandbox
