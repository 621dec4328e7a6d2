// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/accountconfig.h"
#include "net/credentialscope.h"
#include "secrets/credentialjob.h"

#include <QString>

namespace crmsync {

/*!
 * \brief Where CRM Sync keeps sign-ins in the OS keychain: one service name ("crmsync")
 * and one entry per account login (ARCHITECTURE.md "Credentials and settings").
 *
 * It hands out unstarted CredentialJobs; connect to finished() and start() them. On
 * Linux an entry is a libsecret item with server = service and user = key
 * (reference/protocols.md §5.2), so `secret-tool lookup server crmsync user KEY` shows it.
 */
class CredentialStore
{
public:
    static inline const QString DefaultService = QStringLiteral("crmsync");

    CredentialStore() = default;
    explicit CredentialStore(QString service) : m_service(std::move(service)) {}

    QString service() const { return m_service; }

    CredentialJob *read(const QString &key, QObject *parent = nullptr) const;
    CredentialJob *write(const QString &key, const QString &secret, QObject *parent = nullptr) const;
    CredentialJob *remove(const QString &key, QObject *parent = nullptr) const;

    /*!
     * The entry name of \a account's secret. Two config files (the app's and a CLI one)
     * may both call an account "zoho" but mean different servers, so the key says who
     * signs in where: "zoho:NAME@ACCOUNTS_URL" for Zoho (a config does not know the Zoho
     * user, so the account name stands for it), "dav:USER@URL" for CalDAV/CardDAV, where
     * all collections of one login share one password.
     */
    static QString keyFor(const AccountConfig &account);
    /*!
     * Where \a account's password (keychain or password_command) may be sent: the origin
     * of the URL its keyFor() names ("url"), or, when "url" is an e-mail address or a
     * domain, that domain and its subdomains (CredentialScope::domain). A null scope for
     * accounts without a DAV password.
     */
    static CredentialScope scopeFor(const AccountConfig &account);

private:
    QString m_service = DefaultService;
};

} // namespace crmsync
