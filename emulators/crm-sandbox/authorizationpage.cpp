// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorizationpage.h"
#include "oauthendpoint.h"
#include "requestparams.h"
#include "zohotime.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace crmsandbox {

namespace {
// How long a shown consent form can be answered: an emulator choice, long enough for a
// person, short enough that a forgotten tab cannot be replayed days later.
constexpr qint64 ConsentLifetimeMs = 10 * 60 * 1000;
} // namespace

AuthorizationPage::AuthorizationPage(const SandboxConfig &config, OAuthEndpoint &oauth)
    : m_config(config)
    , m_oauth(oauth)
{
}

bool AuthorizationPage::isLoopbackRedirect(const QString &redirectUri)
{
    // RFC 8252 §7.3: "http" with a loopback IP literal and any port; §8.3 discourages
    // "localhost" but Zoho's console accepts it, so the sandbox does too. A host that
    // only starts with "localhost" or "127." (localhost.example.com) is not loopback.
    const QUrl url(redirectUri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || !url.userInfo().isEmpty()
        || url.hasFragment())
        return false;
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void AuthorizationPage::pruneExpired()
{
    const qint64 now = ZohoTime::nowMsecs();
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->expiryMs <= now)
            it = m_pending.erase(it);
        else
            ++it;
    }
}

ApiReply AuthorizationPage::page(int status, const QString &title, const QString &bodyHtml)
{
    ApiReply reply;
    reply.status = status;
    reply.contentType = "text/html;charset=UTF-8";
    reply.body = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                "<body><h1>%1</h1>\n%2\n</body></html>\n")
                     .arg(title.toHtmlEscaped(), bodyHtml)
                     .toUtf8();
    return reply;
}

ApiReply AuthorizationPage::redirect(const QString &redirectUri, const QList<QPair<QString, QString>> &params) const
{
    // Each value percent-encoded once, as Zoho sends accounts-server=https%3A%2F%2F…
    // (reference §1.1 "Redirect back"); parameters already on the URI are kept.
    QUrl target(redirectUri);
    QByteArray query = target.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &param : params) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(param.first) + '=' + QUrl::toPercentEncoding(param.second);
    }
    target.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    ApiReply reply = ApiReply::empty(302);
    reply.headers.append(qMakePair(QByteArray("Location"), target.toEncoded()));
    reply.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    return reply;
}

ApiReply AuthorizationPage::show(const QHttpServerRequest &request)
{
    pruneExpired();
    const RequestParams params(request);
    const QString clientId = params.value(QStringLiteral("client_id"));
    const QString redirectUri = params.value(QStringLiteral("redirect_uri"));
    // RFC 6749 §4.1.2.1: with an unknown client or a bad redirect URI the server must not
    // redirect (it would make the server an open redirector); it tells the user instead.
    if (clientId != m_config.clientId)
        return page(400, QStringLiteral("Invalid client"),
                    QStringLiteral("<p class=\"error\">The application &ldquo;%1&rdquo; is not known here "
                                   "(invalid_client).</p>").arg(clientId.toHtmlEscaped()));
    if (!isLoopbackRedirect(redirectUri))
        return page(400, QStringLiteral("Invalid redirect URI"),
                    QStringLiteral("<p class=\"error\">The redirect URI &ldquo;%1&rdquo; is not allowed for this "
                                   "desktop client: only http://127.0.0.1, http://[::1] or http://localhost on any "
                                   "port (invalid_redirect_uri).</p>").arg(redirectUri.toHtmlEscaped()));

    const QString state = params.value(QStringLiteral("state"));
    auto failure = [&](const QString &error) {
        QList<QPair<QString, QString>> answer{{QStringLiteral("error"), error}};
        if (params.has(QStringLiteral("state")))
            answer.append({QStringLiteral("state"), state});
        return redirect(redirectUri, answer);
    };
    if (params.value(QStringLiteral("response_type")) != QLatin1String("code"))
        return failure(QStringLiteral("unsupported_response_type")); // RFC 6749 §4.1.2.1
    Consent consent;
    consent.redirectUri = redirectUri;
    consent.state = state;
    consent.hasState = params.has(QStringLiteral("state"));
    consent.scope = params.value(QStringLiteral("scope"));
    if (consent.scope.trimmed().isEmpty())
        return failure(QStringLiteral("invalid_scope")); // §1.5: scope is required on /auth
    consent.challenge = params.value(QStringLiteral("code_challenge"));
    consent.challengeMethod = params.value(QStringLiteral("code_challenge_method"));
    if (consent.challengeMethod.isEmpty() && !consent.challenge.isEmpty())
        consent.challengeMethod = QStringLiteral("plain"); // RFC 7636 §4.3 default
    // §1.1: S256 or plain; RFC 7636 §4.1/§4.2: the challenge is 43–128 characters.
    if (!consent.challengeMethod.isEmpty()
        && ((consent.challengeMethod != QLatin1String("S256") && consent.challengeMethod != QLatin1String("plain"))
            || consent.challenge.size() < 43 || consent.challenge.size() > 128))
        return failure(QStringLiteral("invalid_request"));
    consent.expiryMs = ZohoTime::nowMsecs() + ConsentLifetimeMs;

    const QString id = OAuthEndpoint::randomHex(16);
    m_pending.insert(id, consent);

    QString scopes;
    for (const QString &scope : consent.scope.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        scopes += QStringLiteral("<li class=\"scope\">%1</li>").arg(scope.toHtmlEscaped());
    ApiReply reply = page(200, QStringLiteral("Sign in to Zoho CRM (sandbox)"),
                          QStringLiteral("<p>The application <b class=\"client\">%1</b> would like to access your "
                                         "Zoho CRM data:</p>\n<ul>%2</ul>\n"
                                         "<form method=\"post\" action=\"/oauth/v2/auth\">\n"
                                         "<input type=\"hidden\" name=\"consent_id\" value=\"%3\">\n"
                                         "<button type=\"submit\" name=\"decision\" value=\"allow\">Allow</button>\n"
                                         "<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>\n"
                                         "</form>")
                              .arg(clientId.toHtmlEscaped(), scopes, id));
    reply.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    return reply;
}

ApiReply AuthorizationPage::decide(const QHttpServerRequest &request)
{
    pruneExpired();
    const RequestParams params(request, true);
    const auto it = m_pending.constFind(params.value(QStringLiteral("consent_id")));
    if (it == m_pending.constEnd())
        return page(400, QStringLiteral("Request expired"),
                    QStringLiteral("<p class=\"error\">This sign-in request is unknown, was already answered or "
                                   "has expired; start the sign-in again.</p>"));
    const Consent consent = *it;
    m_pending.erase(it); // a consent is answered once
    const QString decision = params.value(QStringLiteral("decision"));

    QList<QPair<QString, QString>> answer;
    if (decision == QLatin1String("allow")) {
        answer = {{QStringLiteral("code"), m_oauth.newCode(consent.redirectUri, consent.challenge, consent.challengeMethod)},
                  // §1.1 multi-DC: the sandbox is its own (US-style) accounts server.
                  {QStringLiteral("location"), QStringLiteral("us")},
                  {QStringLiteral("accounts-server"), m_config.baseUrl}};
    } else {
        answer = {{QStringLiteral("error"), QStringLiteral("access_denied")}}; // RFC 6749 §4.1.2.1
    }
    if (consent.hasState)
        answer.append({QStringLiteral("state"), consent.state});
    return redirect(consent.redirectUri, answer);
}

} // namespace crmsandbox
