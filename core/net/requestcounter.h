// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAtomicInteger>

namespace crmsync {

/*!
 * \brief Counts HTTP requests put on the wire (every attempt, retries included), so a
 * run report can show API calls (ARCHITECTURE.md "Report") and tests can assert on cost.
 *
 * Thread-safe: one counter may be shared by the jobs of several threads.
 */
class RequestCounter
{
public:
    void add() { m_requests.fetchAndAddRelaxed(1); }
    void addRetry() { m_retries.fetchAndAddRelaxed(1); }
    int requests() const { return m_requests.loadRelaxed(); }
    //! Attempts that were repeats of an earlier one (backoff after 429, 5xx, timeouts).
    int retries() const { return m_retries.loadRelaxed(); }
    void reset()
    {
        m_requests.storeRelaxed(0);
        m_retries.storeRelaxed(0);
    }

private:
    QAtomicInteger<int> m_requests = 0;
    QAtomicInteger<int> m_retries = 0;
};

} // namespace crmsync
