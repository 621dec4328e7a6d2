// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentfaultinjection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <utility>

#ifndef CRMSYNC_FAULT_INJECTION
#error "Only test targets that define CRMSYNC_FAULT_INJECTION may contain the fault injection"
#endif

namespace crmsync::test {

EnvironmentFaultInjection::EnvironmentFaultInjection()
    : m_crashAfterWrites(qMax(0, qEnvironmentVariableIntValue("CRMSYNC_CRASH_AFTER_WRITES")))
    , m_roomPages(qMax(0, qEnvironmentVariableIntValue("CRMSYNC_STATE_ROOM_PAGES")))
{
    const QByteArray command = qgetenv("CRMSYNC_BEFORE_WRITE_COMMAND").trimmed();
    for (const QJsonValue &v : QJsonDocument::fromJson(command).array())
        m_beforeWriteCommand << v.toString();
    if (!command.isEmpty() && m_beforeWriteCommand.isEmpty()) {
        std::fprintf(stderr, "crmsync-faulty: CRMSYNC_BEFORE_WRITE_COMMAND must be a JSON array of strings\n");
        std::exit(2);
    }
}

void EnvironmentFaultInjection::onWriteDurable()
{
    if (++m_writes != m_crashAfterWrites)
        return;
    // Plain stdio: the logging machinery may buffer, and this line tells a test (or a
    // puzzled developer) why the process died.
    std::fprintf(stderr, "crmsync: CRMSYNC_CRASH_AFTER_WRITES=%d reached, aborting\n", m_crashAfterWrites);
    std::fflush(stderr);
    std::abort();
}

bool EnvironmentFaultInjection::onRemoteWrite(QObject *context, std::function<void()> proceed)
{
    // Once per process: a run re-plans after the 412 this hook provokes, and its second
    // round must write undisturbed or it would never end.
    if (m_beforeWriteCommand.isEmpty())
        return false;
    const QStringList argv = std::exchange(m_beforeWriteCommand, {});
    // Asynchronous like every other step of a run.
    auto *process = new QProcess(context);
    process->setProcessChannelMode(QProcess::ForwardedChannels);
    auto done = std::make_shared<bool>(false);
    const auto finish = [process, proceed, done] {
        if (std::exchange(*done, true))
            return;
        process->deleteLater();
        proceed();
    };
    QObject::connect(process, &QProcess::finished, context, finish);
    QObject::connect(process, &QProcess::errorOccurred, context, [process, finish](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            std::fprintf(stderr, "crmsync-faulty: the before-write command did not start: %s\n",
                         qPrintable(process->errorString()));
            finish();
        }
    });
    process->start(argv.constFirst(), argv.mid(1));
    return true;
}

} // namespace crmsync::test
