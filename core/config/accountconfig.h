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
    enum class Type { Zoho, Folder, CardDav, CalDav };

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
    //! "secret": "keychain": the refresh token (zoho) or password (carddav/caldav) is
    //! the app's sign-in, kept in the OS keychain or for this session only
    //! (CredentialStore::keyFor names the entry; docs/configuration.md "Secrets").
    bool secretInKeychain = false;
    // folder
    QString path;
    // carddav / caldav (reference/protocols.md §4)
    //! The server or collection URL given as "url".
    QString url;
    QString username;
    QStringList passwordCommand;
    //! The collection URL when given; else url is taken as the collection (no discovery yet).
    QString collection;
    //! "tls_trusted_certificate_sha256": the one certificate (SHA-256, "AB:CD:…") accepted
    //! despite TLS errors, after the user checked it (docs/dav.md "Sign-in and TLS").
    QString tlsTrustedCertificateSha256;

    bool isDav() const { return type == Type::CardDav || type == Type::CalDav; }
    //! The collection a DavStore opens: "collection" if given, else "url".
    QString collectionUrl() const { return collection.isEmpty() ? url : collection; }

    //! The config file's spelling of a type: "zoho", "folder", "carddav", "caldav".
    static QString typeName(Type t)
    {
        switch (t) {
        case Type::Zoho:
            return QStringLiteral("zoho");
        case Type::Folder:
            return QStringLiteral("folder");
        case Type::CardDav:
            return QStringLiteral("carddav");
        case Type::CalDav:
            return QStringLiteral("caldav");
        }
        return {};
    }

    bool operator==(const AccountConfig &o) const = default;
};

} // namespace crmsync
