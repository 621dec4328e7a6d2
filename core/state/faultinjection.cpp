// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtGlobal>

#include <atomic>
#include <cstdio>
#include <cstdlib>

namespace crmsync {

namespace {
std::atomic<int> s_writes{0};
std::atomic<bool> s_beforeWriteTaken{false};
}

int FaultInjection::crashAfterWrites()
{
#ifdef CRMSYNC_FAULT_INJECTION
    // Read once: the count must not change under a running test.
    static const int limit = qMax(0, qEnvironmentVariableIntValue("CRMSYNC_CRASH_AFTER_WRITES"));
    return limit;
#else
    return 0;
#endif
}

int FaultInjection::writesSoFar()
{
    return s_writes.load();
}

void FaultInjection::afterWrite()
{
#ifdef CRMSYNC_FAULT_INJECTION
    const int limit = crashAfterWrites();
    const int n = ++s_writes;
    if (limit > 0 && n == limit) {
        // Plain stdio: the logging machinery may buffer, and this line tells a test
        // (or a puzzled developer) why the process died.
        std::fprintf(stderr, "crmsync: CRMSYNC_CRASH_AFTER_WRITES=%d reached, aborting\n", limit);
        std::fflush(stderr);
        std::abort();
    }
#else
    ++s_writes;
#endif
}

int FaultInjection::stateRoomPages()
{
#ifdef CRMSYNC_FAULT_INJECTION
    return qMax(0, qEnvironmentVariableIntValue("CRMSYNC_STATE_ROOM_PAGES"));
#else
    return 0;
#endif
}

QStringList FaultInjection::takeBeforeWriteCommand()
{
#ifdef CRMSYNC_FAULT_INJECTION
    // Once per process: a run re-plans after the 412 this hook provokes, and its second
    // round must write undisturbed or it would never end.
    if (s_beforeWriteTaken.exchange(true))
        return {};
    const QByteArray value = qgetenv("CRMSYNC_BEFORE_WRITE_COMMAND").trimmed();
    if (value.isEmpty())
        return {};
    if (value.startsWith('[')) {
        QStringList argv;
        for (const QJsonValue &v : QJsonDocument::fromJson(value).array())
            argv << v.toString();
        return argv;
    }
    return {QStringLiteral("/bin/sh"), QStringLiteral("-c"), QString::fromLocal8Bit(value)};
#else
    return {};
#endif
}

} // namespace crmsync
