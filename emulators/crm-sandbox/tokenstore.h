// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace crmsandbox {

class RecordStore;

//! A pending authorization code issued by /oauth/v2/auth (reference §1.1).
struct AuthCode
{
    QString code;
    qint64 expiryMs = 0;
    QString redirectUri;
    QString challenge;
    QString challengeMethod;
};

/*!
 * \brief OAuth state in the sandbox database: access tokens with their expiry,
 * refresh tokens (revocable) and pending authorization codes (reference §1).
 */
class TokenStore
{
public:
    explicit TokenStore(RecordStore &store);

    void addAccessToken(const QString &token, qint64 expiryMs);
    std::optional<qint64> accessTokenExpiry(const QString &token) const;
    void expireAllAccessTokens(qint64 nowMs);
    void addRefreshToken(const QString &token);
    bool hasRefreshToken(const QString &token) const;
    void revokeRefreshToken(const QString &token);
    void addAuthCode(const AuthCode &code);
    //! Returns and deletes the code: codes are single-use.
    std::optional<AuthCode> takeAuthCode(const QString &code);

private:
    RecordStore &m_store;
};

} // namespace crmsandbox
