// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once



namespace crmsync {

/*!
 * \brief How an HttpJob waits and retries (STYLE.md point 3: timeout and retryability
 * belong to the job abstraction).
 *
 * Delays grow as baseDelayMs · 2^(attempt-1), capped at maxDelayMs, with up to 50 %
 * random jitter so that many clients backing off do not retry in lock-step.
 */
struct RetryPolicy
{
    //! Attempts in total, the first included; 1 disables retries.
    int maxAttempts = 5;
    int baseDelayMs = 1000;
    int maxDelayMs = 60000;
    //! No bytes for this long aborts the attempt (QNetworkRequest::setTransferTimeout).
    int timeoutMs = 60000;
    //! A Retry-After longer than this is not waited for: the job fails with RateLimit and
    //! Error::retryAfterSeconds set, so the scheduler can try again later.
    int maxRetryAfterMs = 120000;
    /*!
     * A body that has begun but brings fewer than minBytesPerWindow bytes in rateWindowMs
     * is cut off: a trickle that timeoutMs, which only catches silence, would let run for
     * days. 16 KiB in 30 s is about 0.5 KiB/s, far below any working link. 0 turns it off.
     */
    long long minBytesPerWindow = 16 * 1024;
    int rateWindowMs = 30000;
};

} // namespace crmsync
