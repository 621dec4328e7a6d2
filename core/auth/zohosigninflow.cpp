// SPDX-License-Identifier: GPL-3.0-or-later
#include "zohosigninflow.h"

#include "auth/loopbackredirectlistener.h"
#include "connectors/zoho/zohodatacentre.h"
#include "connectors/zoho/zohosession.h"
#include "net/httpjob.h"
#include "net/networkcontext.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace crmsync {

namespace {
Q_LOGGING_CATEGORY(lcSignIn, "crmsync.auth.signin")

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &field : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return out;
}
} // namespace

ZohoSignInFlow::ZohoSignInFlow(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    if (m_settings.scope.isEmpty())
        m_settings.scope = defaultScope();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(Error::make(Error::Category::Auth,
                         tr("The Zoho CRM sign-in at %1 was not completed in time; start it again.")
                             .arg(m_settings.accountsUrl.host()),
                         QStringLiteral("sign-in timed out")));
    });
}

ZohoSignInFlow::~ZohoSignInFlow()
{
    stop();
}

QString ZohoSignInFlow::defaultScope()
{
    // Records of every module plus field metadata (reference §1.5; comma-separated on /auth).
    return QStringLiteral("ZohoCRM.modules.ALL,ZohoCRM.settings.fields.READ");
}

QString ZohoSignInFlow::randomUnreserved(int length)
{
    // RFC 7636 §4.1: the verifier uses the unreserved characters [A-Za-z0-9-._~].
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return out;
}

QUrl ZohoSignInFlow::redirectUri() const
{
    return m_state == State::Waiting ? m_redirectUri : QUrl();
}

void ZohoSignInFlow::start()
{
    if (isRunning())
        return;
    m_state = State::Waiting;
    // 64 characters: within RFC 7636's 43–128, ~380 bits from the system generator.
    m_verifier = randomUnreserved(64);
    m_stateToken = randomUnreserved(32);

    if (!m_settings.accountsUrl.isValid() || m_settings.accountsUrl.host().isEmpty() || m_settings.clientId.isEmpty()) {
        const Error e = Error::make(Error::Category::Config,
                                    tr("Zoho CRM sign-in is not set up: the accounts server \"%1\" or the client id is missing.")
                                        .arg(m_settings.accountsUrl.toString()));
        QMetaObject::invokeMethod(this, [this, e] { fail(e); }, Qt::QueuedConnection);
        return;
    }
    m_listener = new LoopbackRedirectListener(this);
    m_listener->setHandler([this](const QUrlQuery &query) -> LoopbackRedirectListener::Page {
        const QString closeHint = tr("You can close this window and return to CRM Sync.");
        // RFC 6749 §10.12: an answer without our state is someone else's (CSRF); it is
        // refused and the flow keeps waiting for the real one.
        if (m_state != State::Waiting || query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_stateToken)
            return {400, tr("Sign-in answer not accepted"),
                    tr("This page does not belong to the sign-in CRM Sync is waiting for. Start the sign-in again from CRM Sync.")};
        const QString host = m_settings.accountsUrl.host();
        if (query.hasQueryItem(QStringLiteral("error"))) {
            const QString code = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
            const Error e = code == QLatin1String("access_denied")
                ? Error::make(Error::Category::Auth, tr("Zoho CRM sign-in at %1 was denied: CRM Sync was not allowed to access the account.").arg(host),
                              QStringLiteral("authorization error: access_denied"))
                : Error::make(Error::Category::Auth, tr("Zoho CRM sign-in at %1 failed: the accounts server answered \"%2\".").arg(host, code),
                              QStringLiteral("authorization error: %1").arg(code));
            m_state = State::Exchanging; // no second answer is taken
            QMetaObject::invokeMethod(this, [this, e] { fail(e); }, Qt::QueuedConnection);
            return {200, tr("Sign-in cancelled"), tr("CRM Sync was not signed in to Zoho CRM.") + QLatin1Char(' ') + closeHint};
        }
        // Decoded exactly once: QtNetworkAuth 6.4 encoded the code a second time (protocols.md §2.5).
        const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        if (code.isEmpty())
            return {400, tr("Sign-in answer not accepted"), tr("The answer from Zoho carries no sign-in code.")};
        const QUrl server = trustedAccountsServer(query.queryItemValue(QStringLiteral("accounts-server"), QUrl::FullyDecoded));
        m_state = State::Exchanging;
        m_timer.stop();
        m_listener->close();
        QMetaObject::invokeMethod(this, [this, code, server] {
            if (m_state == State::Exchanging)
                exchange(code, server);
        }, Qt::QueuedConnection);
        return {200, tr("Signed in to Zoho CRM"), tr("CRM Sync received the sign-in.") + QLatin1Char(' ') + closeHint};
    });
    const Status listening = m_listener->listen();
    if (!listening) {
        const Error e = listening.error();
        QMetaObject::invokeMethod(this, [this, e] { fail(e); }, Qt::QueuedConnection);
        return;
    }
    m_redirectUri = m_listener->redirectUri();
    m_timer.start(m_timeout);
    qCDebug(lcSignIn) << "waiting for the Zoho redirect on" << m_redirectUri.toString();
    emit openBrowser(authorizationUrl());
}

QUrl ZohoSignInFlow::authorizationUrl() const
{
    // reference §1.1: GET {accounts}/oauth/v2/auth, offline access with a fresh consent so
    // that a refresh token is issued (§1.2), plus the PKCE challenge (RFC 7636 §4.2, S256).
    const QByteArray challenge = QCryptographicHash::hash(m_verifier.toLatin1(), QCryptographicHash::Sha256)
                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QUrl url = m_settings.accountsUrl;
    url.setPath(url.path() + QStringLiteral("/oauth/v2/auth"));
    url.setQuery(QString::fromLatin1(formEncode({{QStringLiteral("response_type"), QStringLiteral("code")},
                                                 {QStringLiteral("client_id"), m_settings.clientId},
                                                 {QStringLiteral("scope"), m_settings.scope},
                                                 {QStringLiteral("redirect_uri"), m_redirectUri.toString()},
                                                 {QStringLiteral("access_type"), QStringLiteral("offline")},
                                                 {QStringLiteral("prompt"), QStringLiteral("consent")},
                                                 {QStringLiteral("state"), m_stateToken},
                                                 {QStringLiteral("code_challenge"), QString::fromLatin1(challenge)},
                                                 {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}})),
                 QUrl::StrictMode);
    return url;
}

QUrl ZohoSignInFlow::trustedAccountsServer(const QString &announced) const
{
    // §1.1 multi-DC: the code must be exchanged at the accounts server the redirect names.
    // Only Zoho's own accounts servers (§0) or the configured one are believed, so a
    // forged parameter cannot send the code and client secret elsewhere.
    const QUrl url(announced);
    const QUrl configured = m_settings.accountsUrl;
    if (announced.isEmpty() || !url.isValid())
        return configured;
    if (url.scheme() == configured.scheme() && url.host() == configured.host() && url.port() == configured.port())
        return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (url.scheme() == QLatin1String("https")) {
        for (const ZohoDataCentre &dc : ZohoDataCentre::all()) {
            if (dc.accountsUrl.host() == url.host() && url.port(443) == 443)
                return dc.accountsUrl;
        }
    }
    qCWarning(lcSignIn) << "ignoring unknown accounts-server host" << url.host();
    return configured;
}

void ZohoSignInFlow::exchange(const QString &code, const QUrl &accountsServer)
{
    m_tokenServer = accountsServer;
    QUrl url = accountsServer;
    url.setPath(url.path() + QStringLiteral("/oauth/v2/token"));
    auto *job = new HttpJob(m_context ? m_context.data() : NetworkContext::forCurrentThread(), this);
    job->setMethod("POST");
    job->setResponseKind(HttpJob::ResponseKind::Token); // a token reply is tiny: cap it (docs/dav.md)
    job->setUrl(url);
    job->setHeader("Content-Type", "application/x-www-form-urlencoded");
    job->setHeader("Accept", "application/json");
    // §1.1 "Code → tokens" in a form body (never in a URL or log), plus the PKCE verifier.
    job->setBody(formEncode({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                             {QStringLiteral("client_id"), m_settings.clientId},
                             {QStringLiteral("client_secret"), m_settings.clientSecret},
                             {QStringLiteral("redirect_uri"), m_redirectUri.toString()},
                             {QStringLiteral("code"), code},
                             {QStringLiteral("code_verifier"), m_verifier}}));
    // A code is single-use (§1.4): repeating a request that may have arrived cannot help.
    job->setIdempotent(false);
    RetryPolicy policy = job->retryPolicy();
    policy.maxAttempts = 1;
    job->setRetryPolicy(policy);
    m_tokenJob = job;
    connect(job, &Job::finished, this, &ZohoSignInFlow::onTokenFinished);
    job->start();
}

void ZohoSignInFlow::onTokenFinished(Job *j)
{
    auto *job = static_cast<HttpJob *>(j);
    job->deleteLater();
    if (job != m_tokenJob || m_state != State::Exchanging)
        return;
    m_tokenJob = nullptr;
    const QString host = m_tokenServer.host();
    if (job->statusCode() == 0) {
        Error e = job->error();
        if (!e.userMessage.contains(host))
            e.userMessage = tr("Zoho CRM sign-in: the accounts server %1 could not be reached (%2).").arg(host, e.userMessage);
        fail(e);
        return;
    }
    Error e = ZohoSession::tokenError(job->statusCode(), job->body(), host);
    const QJsonObject answer = QJsonDocument::fromJson(job->body()).object();
    if (answer.value(QLatin1String("error")).toString() == QLatin1String("invalid_code"))
        e.userMessage = tr("Zoho CRM (%1) did not accept the sign-in: the code was already used, has expired or "
                           "does not belong to this sign-in. Sign in again.").arg(host);
    if (e.isError()) {
        fail(e);
        return;
    }
    ZohoGrant grant;
    grant.refreshToken = answer.value(QLatin1String("refresh_token")).toString();
    grant.accessToken = answer.value(QLatin1String("access_token")).toString();
    grant.apiDomain = QUrl(answer.value(QLatin1String("api_domain")).toString());
    grant.accountsServer = m_tokenServer;
    if (grant.refreshToken.isEmpty()) {
        // §1.2: only offline access with a fresh consent yields one.
        fail(Error::make(Error::Category::Auth,
                         tr("Zoho CRM (%1) signed in without granting offline access; sign in again.").arg(host),
                         QStringLiteral("token response without refresh_token")));
        return;
    }
    if (!grant.apiDomain.isValid() || grant.apiDomain.host().isEmpty()) {
        for (const ZohoDataCentre &dc : ZohoDataCentre::all()) {
            if (dc.accountsUrl.host() == host)
                grant.apiDomain = dc.apiUrl;
        }
    }
    stop();
    m_state = State::Done;
    emit succeeded(grant);
}

void ZohoSignInFlow::fail(const Error &error)
{
    if (!isRunning())
        return;
    stop();
    m_state = State::Done;
    qCInfo(lcSignIn) << "sign-in failed:" << error.detail;
    emit failed(error);
}

void ZohoSignInFlow::cancel()
{
    if (!isRunning())
        return;
    stop();
    m_state = State::Done;
}

void ZohoSignInFlow::stop()
{
    m_timer.stop();
    if (m_listener)
        m_listener->close();
    if (m_tokenJob) {
        m_tokenJob->disconnect(this);
        m_tokenJob->deleteLater(); // its destructor aborts the request
        m_tokenJob = nullptr;
    }
}

} // namespace crmsync
