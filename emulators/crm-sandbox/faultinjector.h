// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxconfig.h"

#include <QRandomGenerator>
#include <deque>

namespace crmsandbox {

/*!
 * \brief Deterministic fault injection for API calls: a per-minute rate limit
 * (429, reference/zoho-crm-api.md §4), a seeded share of 500 INTERNAL_ERROR
 * answers (§2.9) and a fixed response latency.
 */
class FaultInjector
{
public:
    explicit FaultInjector(const SandboxConfig &config);

    //! True when this call exceeds --rate-limit within the last 60 s; accepted calls are counted.
    bool rateLimited(qint64 nowMs);
    //! True for the seeded fraction --error-rate of calls (same sequence every run).
    bool injectError();
    int latencyMs() const { return m_latencyMs; }

private:
    int m_perMinute;
    double m_errorRate;
    int m_latencyMs;
    QRandomGenerator m_random;
    std::deque<qint64> m_recent;
};

} // namespace crmsandbox
