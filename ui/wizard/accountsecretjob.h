// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/accountconfig.h"
#include "util/job.h"

namespace crmsync {

class AccountSecretsJob;

/*!
 * \brief Fetches one account's secret for the wizard's own requests (field metadata, DAV
 * discovery) without blocking the GUI thread.
 *
 * "secret": "keychain" goes through AccountSecretsJob (session sign-in or the keychain,
 * asynchronous). A *_command account runs SecretCommand on a pool thread: SecretCommand
 * blocks by design (it waits for the program), which the GUI thread must not.
 */
class AccountSecretJob : public Job
{
    Q_OBJECT
public:
    explicit AccountSecretJob(AccountConfig account, QObject *parent = nullptr);
    void start() override;
    //! The refresh token (zoho) or password (DAV); empty for an account without one.
    QString secret() const { return m_secret; }
    //! The Zoho client secret, from client_secret_command when given.
    QString clientSecret() const { return m_clientSecret; }

private:
    void done(const Error &error, const QString &secret, const QString &clientSecret);

    AccountConfig m_account;
    AccountSecretsJob *m_keychain = nullptr;
    QString m_secret;
    QString m_clientSecret;
};

} // namespace crmsync
