// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretcommand.h"

#include <QProcess>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace crmsync {

Result<QString> SecretCommand::run(const QStringList &argv, const QString &what, int timeoutMs)
{
    if (argv.isEmpty() || argv.first().isEmpty())
        return Error::make(Error::Category::Config, tr("The secret command for %1 is empty.").arg(what));

    const QString program = argv.first();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_UNIX
    // Its own process group, so that a timeout can end the command together with whatever
    // it started (a `sh -c "agent & …"` would otherwise leave the agent running).
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    process.start(program, argv.mid(1), QIODevice::ReadOnly);
    if (!process.waitForStarted(timeoutMs)) {
        return Error::make(Error::Category::Config,
                           tr("Could not run the secret command \"%1\" for %2: %3")
                               .arg(program, what, process.errorString()));
    }
    if (!process.waitForFinished(timeoutMs)) {
#ifdef Q_OS_UNIX
        // The negative pid names the group (kill(2)); the child made itself its leader.
        if (const qint64 pid = process.processId(); pid > 0)
            ::kill(-pid_t(pid), SIGKILL);
#endif
        process.kill();
        process.waitForFinished(1000);
        return Error::make(Error::Category::Auth,
                           tr("The secret command \"%1\" for %2 did not finish within %3 seconds.")
                               .arg(program, what)
                               .arg(timeoutMs / 1000));
    }
    if (process.exitStatus() != QProcess::NormalExit) {
        return Error::make(Error::Category::Auth,
                           tr("The secret command \"%1\" for %2 crashed.").arg(program, what));
    }
    if (process.exitCode() != 0) {
        return Error::make(Error::Category::Auth, tr("The secret command \"%1\" for %2 failed with exit status %3.")
                                                      .arg(program, what)
                                                      .arg(process.exitCode()));
    }
    QString out = QString::fromUtf8(process.readAllStandardOutput());
    // Exactly one trailing newline, as `echo` and `pass` print; other whitespace may be
    // part of the secret.
    if (out.endsWith(QLatin1String("\r\n")))
        out.chop(2);
    else if (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    if (out.isEmpty()) {
        return Error::make(Error::Category::Auth,
                           tr("The secret command \"%1\" for %2 printed nothing.").arg(program, what));
    }
    return out;
}

} // namespace crmsync
