// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apireply.h"
#include "sandboxconfig.h"

#include <QHash>
#include <QString>

class QHttpServerRequest;

namespace crmsandbox {

class OAuthEndpoint;

/*!
 * \brief Zoho Accounts' consent page, `GET`/`POST /oauth/v2/auth`
 * (reference/zoho-crm-api.md §1.1 "Authorization", "Redirect back", "Desktop/mobile").
 *
 * The GET checks the request and shows an HTML form naming the client and the
 * scopes with "Allow" and "Deny" buttons; the form's POST answers 302 to the
 * redirect URI with `code`, `location`, `accounts-server` and `state`, or with
 * `error=access_denied`. Anything a test browser can do is plain HTTP, so tests
 * "click Allow" by posting the form.
 */
class AuthorizationPage
{
public:
    AuthorizationPage(const SandboxConfig &config, OAuthEndpoint &oauth);

    //! `GET /oauth/v2/auth`: the consent form, an error page, or a 302 with `error=`.
    ApiReply show(const QHttpServerRequest &request);
    //! `POST /oauth/v2/auth` with `consent_id` and `decision=allow|deny`.
    ApiReply decide(const QHttpServerRequest &request);

    //! Desktop clients redirect to loopback http on any port (RFC 8252 §7.3, §8.3).
    static bool isLoopbackRedirect(const QString &redirectUri);

private:
    struct Consent
    {
        QString redirectUri;
        QString scope;
        QString state;
        bool hasState = false;
        QString challenge;
        QString challengeMethod;
        qint64 expiryMs = 0;
    };

    ApiReply redirect(const QString &redirectUri, const QList<QPair<QString, QString>> &params) const;
    static ApiReply page(int status, const QString &title, const QString &bodyHtml);
    void pruneExpired();

    const SandboxConfig &m_config;
    OAuthEndpoint &m_oauth;
    //! Pending consents by their random id, in memory only: a restart forgets them
    //! the way a browser session would end.
    QHash<QString, Consent> m_pending;
};

} // namespace crmsandbox
