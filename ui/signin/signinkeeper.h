// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/accountconfig.h"
#include "secrets/credentialjob.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace crmsync {

class AppContext;

/*!
 * \brief Keeps a finished sign-in: the secret in the OS keychain ("Keep me signed in") or
 * in SessionSecrets only, and the accounts, with "secret": "keychain" and never the
 * secret itself, in the app's config (ARCHITECTURE.md "Credentials and settings").
 *
 * A keychain that is missing or locked is never worked around with a file: keychainFailed()
 * reports it and continueWithoutKeeping() keeps the sign-in in memory for this session.
 * All keychain work is asynchronous (CredentialJob).
 */
class SignInKeeper : public QObject
{
    Q_OBJECT
public:
    explicit SignInKeeper(AppContext *context, QObject *parent = nullptr);

    /*!
     * Keeps \a secret for \a accounts (one login: they share CredentialStore::keyFor) and
     * adds or replaces the accounts in the config. Ends in saved(), keychainFailed() or
     * failed().
     */
    void keep(const QList<AccountConfig> &accounts, const QString &secret, bool keepSignedIn);
    //! After keychainFailed(): keep the sign-in in memory only and save the accounts.
    void continueWithoutKeeping();

    //! Signs \a account out: forgets its in-memory secret and removes its keychain entry.
    //! \a done (may be empty) gets the keychain's error, or None.
    static void signOut(AppContext *context, const QString &account, std::function<void(const Error &)> done = {});

signals:
    //! \a inKeychain: kept in the keychain; false: in memory for this session only.
    void saved(const QStringList &accountNames, bool inKeychain);
    void keychainFailed(const QString &message, crmsync::CredentialJob::Failure failure);
    void failed(const QString &message);

private:
    void saveAccounts(bool inKeychain);

    QPointer<AppContext> m_context;
    QList<AccountConfig> m_accounts;
    QString m_secret;
    QString m_key;
};

} // namespace crmsync
