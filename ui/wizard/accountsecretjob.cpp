// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/accountsecretjob.h"

#include "config/secretcommand.h"
#include "secrets/accountsecretsjob.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace crmsync {

AccountSecretJob::AccountSecretJob(AccountConfig account, QObject *parent)
    : Job(parent), m_account(std::move(account))
{
}

void AccountSecretJob::start()
{
    m_clientSecret = m_account.clientSecret;
    if (m_account.secretInKeychain) {
        m_keychain = new AccountSecretsJob({m_account}, {}, this);
        connect(m_keychain, &Job::finished, this, [this] {
            const Result<QString> secret = m_keychain->secretFor(m_account);
            done(secret ? Error() : secret.error(), secret ? secret.value() : QString(), m_account.clientSecret);
        });
        m_keychain->start();
        return;
    }
    const QStringList command = m_account.type == AccountConfig::Type::Zoho ? m_account.refreshTokenCommand
                                                                             : m_account.passwordCommand;
    if (command.isEmpty() && m_account.clientSecretCommand.isEmpty()) {
        done(Error(), QString(), m_account.clientSecret);
        return;
    }
    QPointer<AccountSecretJob> self(this);
    const AccountConfig account = m_account;
    QThreadPool::globalInstance()->start([self, account, command] {
        const QString who = tr("account %1").arg(account.name);
        Result<QString> secret = command.isEmpty() ? Result<QString>(QString()) : SecretCommand::run(command, who);
        Result<QString> clientSecret = account.clientSecretCommand.isEmpty()
            ? Result<QString>(account.clientSecret) : SecretCommand::run(account.clientSecretCommand, who);
        const Error error = !secret ? secret.error() : !clientSecret ? clientSecret.error() : Error();
        const QString s = secret ? secret.value() : QString();
        const QString c = clientSecret ? clientSecret.value() : QString();
        // Back to the GUI thread (the application object lives there); the job may be gone
        // when the wizard was closed meanwhile, which only the GUI thread can tell safely.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, error, s, c] {
            if (self)
                self->done(error, s, c);
        }, Qt::QueuedConnection);
    });
}

void AccountSecretJob::done(const Error &error, const QString &secret, const QString &clientSecret)
{
    setError(error);
    m_secret = secret;
    m_clientSecret = clientSecret;
    emitResult();
}

} // namespace crmsync
