// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/zoho/zohodatacentre.h"
#include "net/httpjob.h"
#include "net/networkcontext.h"
#include "net/retrypolicy.h"
#include "util/error.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace crmsync {

class Job;
class ZohoRequestJob;

/*!
 * \brief One signed-in Zoho CRM account: where its servers are and its OAuth tokens.
 *
 * Tokens live in memory only (the CredentialStore decides what is persisted). The access
 * token comes from the refresh-token grant, POST {accounts}/oauth/v2/token
 * (reference/zoho-crm-api.md §1.1), and API calls then go to the api_domain that
 * response names (§1.2). At most one refresh is in flight: requests that need a token
 * while it runs wait for the same answer, which keeps us well inside Zoho's
 * ten-tokens-per-ten-minutes limit (§1.3).
 */
class ZohoSession : public QObject
{
    Q_OBJECT
public:
    explicit ZohoSession(NetworkContext *context = nullptr, QObject *parent = nullptr);
    ~ZohoSession() override;

    void setDataCentre(const ZohoDataCentre &dc);
    void setAccountsUrl(const QUrl &url) { m_accountsUrl = url; }
    QUrl accountsUrl() const { return m_accountsUrl; }
    void setApiUrl(const QUrl &url) { m_apiUrl = url; }
    QUrl apiUrl() const { return m_apiUrl; }
    void setClientId(const QString &id) { m_clientId = id; }
    QString clientId() const { return m_clientId; }
    void setClientSecret(const QString &secret) { m_clientSecret = secret; }
    void setRefreshToken(const QString &token);
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    void setAccessToken(const QString &token) { m_accessToken = token; }
    QString accessToken() const { return m_accessToken; }

    NetworkContext *networkContext() const { return m_context; }
    //! Retry policy for this account's requests (tests shorten the delays).
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }

    /*!
     * Calls \a done once an access token is available (refreshing first when there is
     * none) with Error::Category::None, or with why there is none. \a receiver bounds the
     * callback's lifetime. Always called from the event loop, never from inside this call.
     */
    void withAccessToken(QObject *receiver, std::function<void(const Error &)> done);
    /*!
     * The API refused \a rejected (401 INVALID_TOKEN): forget it so the next
     * withAccessToken() refreshes, unless a newer token already replaced it.
     */
    void invalidateAccessToken(const QString &rejected);

    //! An unstarted authenticated request to {apiUrl}{path}?{query}.
    ZohoRequestJob *request(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                            const QByteArray &body = {});

    bool isRefreshing() const { return m_refreshJob != nullptr; }
    //! Token refreshes started so far (a test seam and a report figure).
    int refreshCount() const { return m_refreshCount; }

    //! The Config error jobs report when their session was deleted under them.
    static Error sessionGone();
    //! The Error for a token-endpoint answer (\a httpStatus, JSON \a body); None on success.
    static Error tokenError(int httpStatus, const QByteArray &body, const QString &host);

signals:
    //! A refresh failed with an Auth error: the account needs a new sign-in.
    void authenticationFailed(const crmsync::Error &error);

private:
    void startRefresh();
    void onRefreshFinished(Job *job);
    void flushWaiting(const Error &error);

    struct Waiter
    {
        QPointer<QObject> receiver;
        std::function<void(const Error &)> done;
    };

    QPointer<NetworkContext> m_context;
    QUrl m_accountsUrl;
    QUrl m_apiUrl;
    QString m_clientId;
    QString m_clientSecret;
    QString m_refreshToken;
    QString m_accessToken;
    RetryPolicy m_retryPolicy;
    QPointer<HttpJob> m_refreshJob;
    QList<Waiter> m_waiting;
    int m_refreshCount = 0;
};

} // namespace crmsync
