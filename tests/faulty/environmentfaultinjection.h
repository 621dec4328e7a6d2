// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "state/faultinjection.h"

#include <QStringList>

#include <atomic>

namespace crmsync::test {

/*!
 * \brief The crash and disturbance hooks of the end-to-end tests, configured from the
 * environment of a test-only process (docs/state-db.md "Fault injection").
 *
 * Only test executables (crmsync-faulty, tst_statedbcrash's child) construct and install
 * it; the shipped crmsync contains no such class and reads none of these variables:
 * - CRMSYNC_CRASH_AFTER_WRITES=N (N > 0): abort() right after the N-th durable write.
 * - CRMSYNC_BEFORE_WRITE_COMMAND=["prog","arg",…] (a JSON array, run without a shell):
 *   plays "another client" once per process, right before the first remote write; the
 *   run waits for it to end.
 * - CRMSYNC_STATE_ROOM_PAGES=N: the state database answers like a full disk once its file
 *   has grown by N pages after opening.
 */
class EnvironmentFaultInjection : public FaultInjection
{
public:
    //! Reads the variables once, now: a value must not change under a running test.
    EnvironmentFaultInjection();

    int writesSoFar() const { return m_writes; }

protected:
    void onWriteDurable() override;
    bool onRemoteWrite(QObject *context, std::function<void()> proceed) override;
    int roomPages() const override { return m_roomPages; }

private:
    int m_crashAfterWrites = 0;
    int m_roomPages = 0;
    std::atomic<int> m_writes{0};   // StateDb may write from a worker thread (the app)
    QStringList m_beforeWriteCommand;
};

} // namespace crmsync::test
