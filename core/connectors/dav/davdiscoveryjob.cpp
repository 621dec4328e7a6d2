// SPDX-License-Identifier: GPL-3.0-or-later
#include "davdiscoveryjob.h"

#include "davmultistatusparser.h"
#include "davdnsresolver.h"
#include "davrequest.h"
#include "davservicelocator.h"
#include "net/credentialscope.h"
#include "net/httpjob.h"

namespace crmsync {

namespace {
constexpr int kMaxRedirects = 5;
}

DavDiscoveryJob::DavDiscoveryJob(DavCollection server, QObject *parent)
    : Job(parent), m_server(std::move(server))
{
}

void DavDiscoveryJob::start()
{
    m_address = m_server.url.toDisplayString(QUrl::RemoveUserInfo);
    const std::optional<DavServiceLocator::Address> address = DavServiceLocator::parseAddress(m_address);
    m_userHost = address ? address->host : m_server.url.host();
    if (m_server.authState->scope().isNull()) {
        // A copy: the domain scope is for discovery only, not for the caller's collection.
        m_server.authState = std::make_shared<HttpAuthState>(*m_server.authState);
        m_server.authState->setScope(CredentialScope::domain(m_userHost));
    }
    if (address)
        return locate();
    const QUrl base = m_server.url;
    if (!base.path().isEmpty() && base.path() != QLatin1String("/"))
        m_candidates.append(base);
    for (const char *path : {"/.well-known/caldav", "/.well-known/carddav", "/"})
        m_candidates.append(base.resolved(QUrl(QLatin1String(path))));
    tryNextCandidate();
}

QUrl DavDiscoveryJob::urlToConfirm(const QUrl &target)
{
    QUrl url = target.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (url.path().startsWith(QLatin1String("/.well-known/")) || url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    return url;
}

void DavDiscoveryJob::setResolver(DavDnsResolver *resolver)
{
    m_resolver = resolver;
}

void DavDiscoveryJob::locate()
{
    auto *locator = new DavServiceLocator(m_address, m_resolver, this);
    connect(locator, &Job::finished, this, [this, locator] {
        locator->deleteLater();
        if (locator->hasError())
            return fail(locator->error());
        for (const QUrl &candidate : locator->candidates()) {
            // RFC 6764 §8: a DNS answer is not authenticated; a target outside the user's
            // domain waits for the user's word (docs/dav.md "Where a password is sent").
            if (CredentialScope::isInsideDomain(m_userHost, candidate))
                m_candidates.append(candidate);
            else
                noteOutside(candidate, tr("a DNS SRV record"));
        }
        m_guessed = true;
        // RFC 6764 §6: the e-mail address is the likely user name when none is given.
        if (m_server.username.isEmpty() && !m_server.password.isEmpty() && !locator->address().user.isEmpty())
            m_server.username = locator->address().user + QLatin1Char('@') + locator->address().host;
        tryNextCandidate();
    });
    locator->start();
}

void DavDiscoveryJob::fail(const Error &error)
{
    setError(error);
    emitResult();
}

HttpJob *DavDiscoveryJob::request(const QUrl &url, int depth, const QByteArray &body)
{
    HttpJob *http = DavRequest::propfind(m_server, url, depth, body, this);
    http->setCredentialsAfterChallenge(!m_signedIn.contains(CredentialScope::originOf(url)));
    return http;
}

void DavDiscoveryJob::noteSignIn(const HttpJob *http, const QUrl &url)
{
    if (http->sentCredentials())
        m_signedIn.insert(CredentialScope::originOf(url));
}

void DavDiscoveryJob::noteOutside(const QUrl &url, const QString &via)
{
    for (const auto &known : std::as_const(m_outside)) {
        if (CredentialScope::originOf(known.first) == CredentialScope::originOf(url))
            return;
    }
    m_outside.append({url, via});
}

void DavDiscoveryJob::tryNextCandidate()
{
    if (m_candidates.isEmpty() && !m_outside.isEmpty()
        && (!m_lastError.isError() || m_lastError.category != Error::Category::Auth)) {
        const auto &[target, via] = m_outside.constFirst();
        //: %1 the host typed or the e-mail domain, %2 the server found, %3 "a DNS SRV record" or "a redirect from …"
        return fail(Error::make(Error::Category::Config,
                                tr("The server for %1 is %2 (named by %3), which is outside %1, so nothing was sent "
                                   "there. Use it only if it is really your provider's server: confirm it in the "
                                   "app, or give it as the account's \"url\".")
                                    .arg(m_userHost, CredentialScope::originOf(target), via),
                                QStringLiteral("outside target %1").arg(target.toString(QUrl::RemoveUserInfo))));
    }
    if (m_candidates.isEmpty()) {
        Error e = m_lastError.isError() ? m_lastError : Error::make(Error::Category::Config, QString());
        if (e.category != Error::Category::Auth && e.category != Error::Category::Network) {
            e.category = Error::Category::Config;
            e.userMessage = tr("%1 does not say whose calendars and address books it holds "
                               "(no current-user-principal); give the collection URL instead.")
                                .arg(m_address);
        }
        return fail(e);
    }
    askPrincipal(m_candidates.takeFirst(), 0);
}

void DavDiscoveryJob::askPrincipal(const QUrl &url, int redirects)
{
    HttpJob *http = request(url, 0, DavRequest::principalBody());
    connect(http, &Job::finished, this, [this, http, url, redirects] {
        http->deleteLater();
        noteSignIn(http, url);
        const int status = http->statusCode();
        if (status >= 300 && status < 400 && redirects < kMaxRedirects) {
            const QUrl next = url.resolved(QUrl(QString::fromUtf8(http->responseHeader("Location"))));
            // Inside the user's domain only: a redirect elsewhere (RFC 6764 §5 allows any)
            // waits for the user's word, like an SRV target.
            if (CredentialScope::isInsideDomain(m_userHost, next))
                return askPrincipal(next, redirects + 1);
            if (next.isValid() && !next.host().isEmpty()) {
                noteOutside(next, tr("a redirect from %1").arg(CredentialScope::originOf(url)));
                return tryNextCandidate();
            }
        }
        if (http->hasError()) {
            m_lastError = http->error();
            // A guessed start URL that cannot be reached (no such host, no TLS) is no
            // verdict on the others; a named one is.
            if (http->error().category == Error::Category::Auth
                || (http->error().category == Error::Category::Network && !m_guessed))
                return fail(http->error());
            return tryNextCandidate();
        }
        const Result<DavMultistatus> parsed = DavMultistatusParser::parse(http->body(), url);
        if (parsed) {
            for (const DavResponse &r : parsed->responses) {
                if (!r.principal.isEmpty()) {
                    m_principal = r.principal;
                    // The principal and homes live on the server that answered (it may be
                    // an SRV target, not the host the address named).
                    m_server.url = url;
                    return askHomes();
                }
            }
        }
        tryNextCandidate();
    });
    http->start();
}

void DavDiscoveryJob::askHomes()
{
    const QUrl url = DavRequest::urlFor(m_server, m_principal);
    HttpJob *http = request(url, 0, DavRequest::homeSetBody());
    connect(http, &Job::finished, this, [this, http, url] {
        http->deleteLater();
        noteSignIn(http, url);
        if (http->hasError())
            return fail(http->error());
        const Result<DavMultistatus> parsed = DavMultistatusParser::parse(http->body(), url);
        if (!parsed)
            return fail(parsed.error());
        for (const DavResponse &r : parsed->responses) {
            for (const QString &home : r.calendarHomes + r.addressBookHomes) {
                if (!m_homes.contains(home))
                    m_homes.append(home);
            }
        }
        listNextHome();
    });
    http->start();
}

void DavDiscoveryJob::listNextHome()
{
    if (m_homes.isEmpty()) {
        emitResult();
        return;
    }
    const QUrl url = DavRequest::urlFor(m_server, m_homes.takeFirst());
    HttpJob *http = request(url, 1, DavRequest::collectionsBody());
    connect(http, &Job::finished, this, [this, http, url] {
        http->deleteLater();
        noteSignIn(http, url);
        if (http->hasError())
            return fail(http->error());
        const Result<DavMultistatus> parsed = DavMultistatusParser::parse(http->body(), url);
        if (!parsed)
            return fail(parsed.error());
        for (const DavResponse &r : parsed->responses) {
            // Radicale's home is the principal itself (§4.1), so homes can repeat members.
            if ((!r.isCalendar && !r.isAddressBook) || m_seen.contains(r.path))
                continue;
            m_seen.insert(r.path);
            DavCollectionInfo info;
            info.url = DavRequest::urlFor(m_server, r.path);
            info.kind = r.isCalendar ? DavCollection::Kind::Calendar : DavCollection::Kind::AddressBook;
            info.displayName = r.displayName;
            info.color = r.color;
            info.components = r.components;
            m_collections.append(info);
        }
        listNextHome();
    });
    http->start();
}

} // namespace crmsync
