// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/zohogrant.h"
#include "util/error.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace crmsync {

class Job;
class HttpJob;
class LoopbackRedirectListener;
class NetworkContext;

/*!
 * \brief Signs a user in to Zoho CRM: OAuth 2.0 authorization code with PKCE
 * (S256) and a loopback redirect, as Zoho asks of desktop apps
 * (reference/zoho-crm-api.md §1.1 "Desktop/mobile"; RFC 7636; RFC 8252).
 *
 * start() listens on 127.0.0.1 and emits openBrowser(); the GUI opens that URL
 * (core never opens browsers). Zoho redirects back with a code, which is
 * exchanged at `{accounts-server}/oauth/v2/token`; then succeeded() or failed()
 * is emitted exactly once. cancel() ends the flow silently.
 *
 * Written by hand on QTcpServer instead of QOAuth2AuthorizationCodeFlow because
 * QtNetworkAuth 6.4 (reference/protocols.md §2.5) has no PKCE, binds Any by
 * default, double-encodes the code, and silently drops both state mismatches and
 * token-endpoint network errors (only a warning is logged), so the flow could not
 * report them; the remaining work is a few dozen lines.
 */
class ZohoSignInFlow : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QUrl accountsUrl;
        QString clientId;
        QString clientSecret;
        QString scope;
    };

    explicit ZohoSignInFlow(Settings settings, QObject *parent = nullptr);
    ~ZohoSignInFlow() override;

    //! Listens on 127.0.0.1 (free port), then emits openBrowser.
    void start();
    //! Stops listening and any token request; no signal is emitted afterwards.
    void cancel();

    //! How long the user has to finish in the browser (default 5 minutes).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    //! The network context for the token request (default: the current thread's).
    void setNetworkContext(NetworkContext *context) { m_context = context; }
    //! The loopback redirect URI while the flow waits for the browser.
    QUrl redirectUri() const;
    bool isRunning() const { return m_state != State::Idle && m_state != State::Done; }

    //! The scopes CRM Sync asks for (reference §1.5).
    static QString defaultScope();

signals:
    void openBrowser(const QUrl &authorizationUrl);
    void succeeded(const crmsync::ZohoGrant &grant);
    //! Auth: denied / invalid code; Network: accounts server unreachable; translated message.
    void failed(const crmsync::Error &error);

private:
    enum class State { Idle, Waiting, Exchanging, Done };

    QUrl authorizationUrl() const;
    void exchange(const QString &code, const QUrl &accountsServer);
    void onTokenFinished(Job *job);
    QUrl trustedAccountsServer(const QString &announced) const;
    void fail(const Error &error);
    void stop();
    static QString randomUnreserved(int length);

    Settings m_settings;
    State m_state = State::Idle;
    std::chrono::milliseconds m_timeout = std::chrono::minutes(5);
    QTimer m_timer;
    LoopbackRedirectListener *m_listener = nullptr;
    QPointer<NetworkContext> m_context;
    QPointer<HttpJob> m_tokenJob;
    QUrl m_redirectUri;
    QUrl m_tokenServer;
    QString m_stateToken;
    QString m_verifier;
};

} // namespace crmsync
