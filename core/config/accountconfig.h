// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace crmsync {

/*!
 * \brief One "accounts" entry of a config file. Secrets are never here: only the
 * command that prints them (refresh_token_command, password_command) or, in the app,
 * a keychain reference.
 */
struct AccountConfig
{
    enum class Type { Zoho, Folder };

    QString name;
    Type type = Type::Folder;
    // zoho
    QString accountsUrl;
    QString apiUrl;
    QString clientId;
    //! Zoho issues a secret even to desktop clients; it is not a user secret but may be
    //! given by command too.
    QString clientSecret;
    QStringList clientSecretCommand;
    QStringList refreshTokenCommand;
    // folder
    QString path;

    //! The config file's spelling of a type: "zoho", "folder".
    static QString typeName(Type t) { return t == Type::Zoho ? QStringLiteral("zoho") : QStringLiteral("folder"); }

    bool operator==(const AccountConfig &o) const = default;
};

} // namespace crmsync
