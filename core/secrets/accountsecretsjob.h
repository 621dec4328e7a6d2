// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/accountconfig.h"
#include "secrets/credentialstore.h"
#include "util/job.h"
#include "util/result.h"

#include <QHash>
#include <QList>

namespace crmsync {

/*!
 * \brief Fetches, before a run builds its sessions and stores, the secrets of the
 * accounts that say "secret": "keychain": from SessionSecrets first (a sign-in not
 * kept), else from the OS keychain, all asynchronously (ProfileRunner uses it).
 *
 * Accounts without "secret": "keychain" are skipped. It always finishes without a job
 * error; each account's outcome is in secretFor(): a missing entry or an unusable keychain
 * is an Auth error naming the account, so that profile reports "needs sign-in" (CLI exit
 * code 3) and the others still run.
 */
class AccountSecretsJob : public Job
{
    Q_OBJECT
public:
    AccountSecretsJob(QList<AccountConfig> accounts, CredentialStore store = {}, QObject *parent = nullptr);
    void start() override;

    //! The secret of \a account, or why there is none; a Config error for accounts this
    //! job was not given.
    Result<QString> secretFor(const AccountConfig &account) const;

private:
    void onRead(const QString &accountName, CredentialJob *job);
    void finishIfDone();

    QList<AccountConfig> m_accounts;
    CredentialStore m_store;
    QHash<QString, Result<QString>> m_results;
    int m_pending = 0;
};

} // namespace crmsync
