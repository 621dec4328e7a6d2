// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>

#include <memory>

//! Stops a server a test started: kill by PID (SIGKILL, so no shutdown path can hang the
//! test) and reap it, so no port or file stays held for the next test.
inline void killAndReap(std::unique_ptr<QProcess> &process)
{
    if (!process)
        return;
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(15000);
    }
    process.reset();
}
