// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/accountconfig.h"
#include "configobjectreader.h"

#include <QDir>

namespace crmsync {

/*!
 * \brief Reads one "accounts" entry (docs/configuration.md "accounts"), refusing inline
 * secrets and resolving a folder's relative path against the config file's directory.
 */
class AccountConfigParser
{
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)
public:
    static AccountConfig parse(ConfigObjectReader &reader, const QString &name, const QDir &baseDir);
    //! The account's keys as toJson() writes them.
    static QJsonObject toJson(const AccountConfig &account);

    //! reference/zoho-crm-api.md §1 "Data centres": the US servers unless told otherwise.
    static QString defaultAccountsUrl() { return QStringLiteral("https://accounts.zoho.com"); }
    static QString defaultApiUrl() { return QStringLiteral("https://www.zohoapis.com"); }
    /*!
     * \a text (a URL or an e-mail address) carries a user name or password before its
     * host: "https://alice:secret@host/", "https://alice@host/", "alice:secret@host".
     * Such addresses are refused wherever one is typed, and never shown.
     */
    static bool hasUserInfo(const QString &text);

private:
    static void refuseInlineSecrets(ConfigObjectReader &reader);
    static void parseZoho(ConfigObjectReader &reader, AccountConfig &account);
    static void parseDav(ConfigObjectReader &reader, AccountConfig &account);
    static void refuseForeignCollection(ConfigObjectReader &reader, const AccountConfig &account);
    static QString url(ConfigObjectReader &reader, const QString &key, const QString &fallback);
    static QString resolvePath(const QString &path, const QDir &baseDir);
};

} // namespace crmsync
