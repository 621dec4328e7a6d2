// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace crmsync {

/*!
 * \brief The crash-test hook: abort the process right after the N-th durable write
 * (STYLE.md point 7; docs/state-db.md "Fault injection").
 *
 * When the build defines CRMSYNC_FAULT_INJECTION (the default, CMake option of the same
 * name) and the environment holds CRMSYNC_CRASH_AFTER_WRITES=N with N > 0, the N-th call
 * of afterWrite() calls ::abort(). StateDb calls it once per committed write; stores may
 * call it after each write they made on a server or on disk, so that a test can stop the
 * process between any two durable steps and check that nothing was lost or duplicated.
 * Without the define, or without the variable, afterWrite() only returns.
 *
 * The second hook plays "another client" for the concurrent-edit tests (ARCHITECTURE.md
 * "Execute": a 412 between our fetch and our write re-plans the item): with
 * CRMSYNC_BEFORE_WRITE_COMMAND set, PlanExecutor runs that command once per process, right
 * before its first write to the remote side, and waits for it to end.
 */
class FaultInjection
{
public:
    //! Call right after a write became durable.
    static void afterWrite();
    //! N from CRMSYNC_CRASH_AFTER_WRITES (read once per process), 0 when off.
    static int crashAfterWrites();
    //! How many writes have been counted so far in this process.
    static int writesSoFar();
    /*!
     * The argv of CRMSYNC_BEFORE_WRITE_COMMAND the first time it is asked for in this
     * process, empty afterwards and in builds without CRMSYNC_FAULT_INJECTION. The value is
     * a JSON array of strings (argv), or else a shell command run with `/bin/sh -c`.
     */
    static QStringList takeBeforeWriteCommand();
    /*!
     * N from CRMSYNC_STATE_ROOM_PAGES: StateDb lets its file grow by N pages after opening,
     * then answers like a full disk (SQLITE_FULL), so the CLI tests can run out of space at
     * a chosen point. 0 when off and in builds without CRMSYNC_FAULT_INJECTION.
     */
    static int stateRoomPages();
};

} // namespace crmsync
