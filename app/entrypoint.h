// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace crmsync {

/*!
 * The whole program behind main(): the app without a command, else one CLI command.
 * Shared by `crmsync` and the test-only `crmsync-faulty` (tests/faulty), so that the crash
 * tests run exactly the code users run, plus the fault injection that only the latter installs.
 */
int crmsyncMain(int argc, char *argv[]);

} // namespace crmsync
