// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace crmsync {

/*!
 * \brief The wait before the next scheduled run after a run that found a side offline:
 * 1, 2, 4 … minutes, at most 30, back to the start after a run that got through.
 *
 * HttpJob already retries within a run; this spaces out whole runs so that a laptop
 * without a connection does not wake up every interval for nothing.
 */
class RetryBackoff
{
public:
    static constexpr int MaxMinutes = 30;

    //! The minutes to wait now; each call doubles the next answer.
    int next()
    {
        const int minutes = qMin(m_minutes, MaxMinutes);
        m_minutes = qMin(m_minutes * 2, MaxMinutes);
        return minutes;
    }
    void reset() { m_minutes = 1; }

private:
    int m_minutes = 1;
};

} // namespace crmsync
