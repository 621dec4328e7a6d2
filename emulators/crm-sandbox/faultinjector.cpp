// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjector.h"

namespace crmsandbox {

FaultInjector::FaultInjector(const SandboxConfig &config)
    : m_perMinute(config.rateLimitPerMinute)
    , m_errorRate(config.errorRate)
    , m_latencyMs(config.latencyMs)
    , m_random(config.faultSeed)
{
}

bool FaultInjector::rateLimited(qint64 nowMs)
{
    if (m_perMinute <= 0)
        return false;
    while (!m_recent.empty() && m_recent.front() <= nowMs - 60000)
        m_recent.pop_front();
    if (int(m_recent.size()) >= m_perMinute)
        return true;
    m_recent.push_back(nowMs);
    return false;
}

bool FaultInjector::injectError()
{
    if (m_errorRate <= 0.0)
        return false;
    return m_random.generateDouble() < m_errorRate;
}

} // namespace crmsandbox
