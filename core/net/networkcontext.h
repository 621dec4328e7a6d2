// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/requestcounter.h"
#include "net/retrypolicy.h"
#include "util/result.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace crmsync {

/*!
 * \brief The network manager, request counter and retry defaults shared by the HTTP jobs
 * of one thread (STYLE.md point 3: one network manager per thread, from a factory tests
 * can replace).
 *
 * forCurrentThread() creates one context per thread on first use. Tests and the sync
 * service may instead construct their own (optionally around an injected manager) and
 * hand it to the jobs.
 */
class NetworkContext : public QObject
{
    Q_OBJECT
public:
    //! Uses \a manager when given (not owned), else creates one owned by this context.
    explicit NetworkContext(QNetworkAccessManager *manager = nullptr, QObject *parent = nullptr);
    ~NetworkContext() override;

    //! The context of the calling thread, created on first use and deleted with the thread.
    static NetworkContext *forCurrentThread();

    QNetworkAccessManager *manager() const { return m_manager; }
    RequestCounter &counter() { return m_counter; }
    const RequestCounter &counter() const { return m_counter; }

    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }

    /*!
     * Refuses anything but https, except plain http to loopback (127.0.0.0/8, ::1,
     * localhost) where the tests' sandbox runs. Credentials must never cross the network
     * in clear text. A URL with user info (user:password@) is refused too.
     */
    static Status checkUrl(const QUrl &url);
    static bool isLoopback(const QUrl &url);

private:
    QPointer<QNetworkAccessManager> m_manager;
    bool m_ownsManager = false;
    RequestCounter m_counter;
    RetryPolicy m_retryPolicy;
};

} // namespace crmsync
