// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenstore.h"
#include "recordstore.h"

#include <QSqlQuery>
#include <QVariant>

namespace crmsandbox {

TokenStore::TokenStore(RecordStore &store)
    : m_store(store)
{
}

void TokenStore::addAccessToken(const QString &token, qint64 expiryMs)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO access_tokens (token, expiry_ms) VALUES (?, ?)"));
    query.addBindValue(token);
    query.addBindValue(expiryMs);
    query.exec();
}

std::optional<qint64> TokenStore::accessTokenExpiry(const QString &token) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT expiry_ms FROM access_tokens WHERE token = ?"));
    query.addBindValue(token);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

void TokenStore::expireAllAccessTokens(qint64 nowMs)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE access_tokens SET expiry_ms = ? WHERE expiry_ms > ?"));
    query.addBindValue(nowMs);
    query.addBindValue(nowMs);
    query.exec();
}

void TokenStore::addRefreshToken(const QString &token)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO refresh_tokens (token) VALUES (?)"));
    query.addBindValue(token);
    query.exec();
}

bool TokenStore::hasRefreshToken(const QString &token) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT 1 FROM refresh_tokens WHERE token = ? AND revoked = 0"));
    query.addBindValue(token);
    return query.exec() && query.next();
}

void TokenStore::revokeRefreshToken(const QString &token)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE refresh_tokens SET revoked = 1 WHERE token = ?"));
    query.addBindValue(token);
    query.exec();
}

void TokenStore::addAuthCode(const AuthCode &code)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO auth_codes (code, expiry_ms, redirect_uri, challenge,"
                                 " challenge_method) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(code.code);
    query.addBindValue(code.expiryMs);
    query.addBindValue(code.redirectUri);
    query.addBindValue(code.challenge);
    query.addBindValue(code.challengeMethod);
    query.exec();
}

std::optional<AuthCode> TokenStore::takeAuthCode(const QString &code)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT code, expiry_ms, redirect_uri, challenge, challenge_method"
                                 " FROM auth_codes WHERE code = ?"));
    query.addBindValue(code);
    if (!query.exec() || !query.next())
        return std::nullopt;
    AuthCode result{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(),
                    query.value(3).toString(), query.value(4).toString()};
    // Codes are single-use (reference §1.4: a used code answers invalid_code).
    QSqlQuery remove(m_store.database());
    remove.prepare(QStringLiteral("DELETE FROM auth_codes WHERE code = ?"));
    remove.addBindValue(code);
    remove.exec();
    return result;
}

} // namespace crmsandbox
