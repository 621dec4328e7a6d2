// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsecretsjob.h"

#include "secrets/sessionsecrets.h"

namespace crmsync {

AccountSecretsJob::AccountSecretsJob(QList<AccountConfig> accounts, CredentialStore store, QObject *parent)
    : Job(parent), m_accounts(std::move(accounts)), m_store(std::move(store))
{
}

void AccountSecretsJob::start()
{
    for (const AccountConfig &account : std::as_const(m_accounts)) {
        if (!account.secretInKeychain || m_results.contains(account.name))
            continue;
        const QString key = CredentialStore::keyFor(account);
        // A sign-in without "Keep me signed in" lives only in memory and wins: the keychain
        // may still hold an older one the user chose not to keep.
        if (const std::optional<QString> inMemory = SessionSecrets::value(key)) {
            m_results.insert(account.name, *inMemory);
            continue;
        }
        m_results.insert(account.name, Error::make(Error::Category::Config, QString()));
        CredentialJob *job = m_store.read(key, this);
        const QString name = account.name;
        connect(job, &Job::finished, this, [this, name, job] { onRead(name, job); });
        ++m_pending;
        job->start();
    }
    finishIfDone();
}

void AccountSecretsJob::onRead(const QString &accountName, CredentialJob *job)
{
    job->deleteLater();
    --m_pending;
    if (job->hasError()) {
        Error e = job->error();
        e.userMessage = tr("account %1: %2").arg(accountName, e.userMessage);
        m_results.insert(accountName, e);
    } else if (!job->found() || job->secret().isEmpty()) {
        m_results.insert(accountName,
                         Error::make(Error::Category::Auth,
                                     tr("account %1 is not signed in: the system keychain has no sign-in for it. "
                                        "Sign in with the app again (or give a *_command in the config).")
                                         .arg(accountName),
                                     QStringLiteral("no keychain entry %1").arg(job->key())));
    } else {
        m_results.insert(accountName, job->secret());
    }
    finishIfDone();
}

void AccountSecretsJob::finishIfDone()
{
    if (m_pending == 0)
        emitResult();
}

Result<QString> AccountSecretsJob::secretFor(const AccountConfig &account) const
{
    const auto it = m_results.constFind(account.name);
    if (it == m_results.constEnd() || (!it->ok() && it->error().userMessage.isEmpty())) {
        return Error::make(Error::Category::Config,
                           tr("account %1: its keychain secret was not fetched").arg(account.name));
    }
    return *it;
}

} // namespace crmsync
