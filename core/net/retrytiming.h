// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/retrypolicy.h"

#include <QByteArray>
#include <QDateTime>

namespace crmsync {

/*!
 * \brief How long HttpJob waits before another attempt: what a Retry-After asks for, or
 * exponential backoff with jitter when the server says nothing.
 */
class RetryTiming
{
public:
    /*!
     * Milliseconds a Retry-After value asks for: delta-seconds or an HTTP date (RFC 9110
     * §10.2.3) relative to \a now; -1 when absent or unreadable.
     */
    static qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now);
    //! An HTTP date (IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", RFC 9110 §5.6.7); invalid otherwise.
    static QDateTime parseHttpDate(const QByteArray &value);
    //! The delay before attempt \a attempt + 1 without a Retry-After (with jitter).
    static int backoffDelay(const RetryPolicy &policy, int attempt);
};

} // namespace crmsync
