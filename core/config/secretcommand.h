// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace crmsync {

/*!
 * \brief Runs a config's secret command (refresh_token_command, password_command,
 * client_secret_command) and returns what it prints, like vdirsyncer's
 * `password.fetch = ["command", …]` (reference/peers.md §2).
 *
 * It blocks for up to kTimeoutMs (QProcess::waitForFinished, no event loop). That is
 * acceptable only because the CLI runs it once per account before any sync starts; the
 * GUI never calls it and reads secrets from the system keychain (CredentialStore) instead.
 * Error messages name the account and the program, never the command's output.
 */
class SecretCommand
{
    Q_DECLARE_TR_FUNCTIONS(SecretCommand)
public:
    static constexpr int kTimeoutMs = 30000;

    /*!
     * Runs argv[0] with the other elements as arguments (no shell), stdin closed, stderr
     * passed through to ours so that prompts and the tool's own complaints reach the user.
     * Returns stdout minus one trailing newline. \a what names whose secret it is ("account
     * zoho"). Fails on: empty argv or a program that cannot be started (Config), a crash,
     * non-zero exit, timeout or empty output (Auth). On Unix the command runs in its own
     * process group, and a timeout kills that whole group.
     */
    static Result<QString> run(const QStringList &argv, const QString &what, int timeoutMs = kTimeoutMs);
};

} // namespace crmsync
