// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

class QObject;

namespace crmsync {

/*!
 * \brief The seam through which a test stops or disturbs a run between two durable steps
 * (STYLE.md point 7; docs/state-db.md "Fault injection").
 *
 * Core only calls the static hooks below. Without an installed injection — always in the
 * shipped `crmsync`, which installs none — they do nothing: no environment variable is
 * read and no process is started. Test programs (tests/faulty: `crmsync-faulty`, the state
 * crash test) derive from this class and install() an object before they do any work, so
 * the test hooks exist only in executables that users never run.
 */
class FaultInjection
{
public:
    virtual ~FaultInjection();

    //! Makes \a injection (not owned; nullptr to remove) receive the hooks. Call before
    //! any work starts, from the thread that runs the sync.
    static void install(FaultInjection *injection);
    static FaultInjection *installed();

    //! Core calls this right after a write became durable (a commit, a file, a server write).
    static void afterWrite();
    /*!
     * Core calls this right before PlanExecutor sends its writes to the remote side. An
     * injection that wants to act there (play "another client" for the 412 tests) starts
     * its work, calls \a proceed once when done, and returns true; otherwise false, and
     * the caller proceeds at once. \a context owns whatever the injection starts.
     */
    static bool holdRemoteWrite(QObject *context, std::function<void()> proceed);
    //! How many pages StateDb lets its file grow after opening before it answers like a
    //! full disk (SQLITE_FULL); 0 (no limit) without an injection.
    static int stateRoomPages();

protected:
    virtual void onWriteDurable() = 0;
    virtual bool onRemoteWrite(QObject *context, std::function<void()> proceed) = 0;
    virtual int roomPages() const = 0;
};

} // namespace crmsync
