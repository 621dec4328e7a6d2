// SPDX-License-Identifier: GPL-3.0-or-later
#include "signinkeeper.h"

#include "common/appcontext.h"
#include "secrets/credentialstore.h"
#include "secrets/sessionsecrets.h"

namespace crmsync {

SignInKeeper::SignInKeeper(AppContext *context, QObject *parent)
    : QObject(parent), m_context(context)
{
}

void SignInKeeper::keep(const QList<AccountConfig> &accounts, const QString &secret, bool keepSignedIn)
{
    m_accounts = accounts;
    for (AccountConfig &a : m_accounts)
        a.secretInKeychain = true; // "keychain" means: the app keeps it (docs/configuration.md)
    m_secret = secret;
    m_key = m_accounts.isEmpty() ? QString() : CredentialStore::keyFor(m_accounts.first());
    if (!keepSignedIn) {
        // Not kept: an entry from an earlier "keep" must not outlive this choice. If the
        // keychain is unavailable there is nothing in it to remove; its error is moot.
        CredentialJob *remove = CredentialStore().remove(m_key, this);
        connect(remove, &Job::finished, remove, &QObject::deleteLater);
        remove->start();
        continueWithoutKeeping();
        return;
    }
    CredentialJob *write = CredentialStore().write(m_key, m_secret, this);
    connect(write, &Job::finished, this, [this, write] {
        write->deleteLater();
        if (write->hasError()) {
            emit keychainFailed(write->error().userMessage, write->failure());
            return;
        }
        SessionSecrets::remove(m_key); // the keychain's is now the one to use
        saveAccounts(true);
    });
    write->start();
}

void SignInKeeper::continueWithoutKeeping()
{
    SessionSecrets::set(m_key, m_secret);
    saveAccounts(false);
}

void SignInKeeper::saveAccounts(bool inKeychain)
{
    m_secret.clear();
    if (!m_context) {
        emit failed(tr("The app is closing; the sign-in was not saved."));
        return;
    }
    Config config = m_context->config();
    QStringList names;
    for (const AccountConfig &a : std::as_const(m_accounts)) {
        config.accounts.insert(a.name, a);
        names << a.name;
    }
    if (!m_context->saveConfig(config)) {
        emit failed(m_context->configError().userMessage);
        return;
    }
    emit saved(names, inKeychain);
}

void SignInKeeper::signOut(AppContext *context, const QString &account, std::function<void(const Error &)> done)
{
    if (!context || !context->config().accounts.contains(account)) {
        if (done)
            done(Error());
        return;
    }
    const QString key = CredentialStore::keyFor(context->config().accounts.value(account));
    SessionSecrets::remove(key);
    CredentialJob *remove = CredentialStore().remove(key, context);
    connect(remove, &Job::finished, context, [remove, done = std::move(done)] {
        remove->deleteLater();
        if (done)
            done(remove->error());
    });
    remove->start();
}

} // namespace crmsync
