// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
};

} // namespace crmsync
