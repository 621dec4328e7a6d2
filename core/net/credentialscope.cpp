// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialscope.h"

#include "net/networkcontext.h"

#include <QHostAddress>
#include <QNetworkAccessManager> // networkcontext.h holds a QPointer to one

namespace crmsync {

namespace {

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1);
}

} // namespace

QString CredentialScope::normalHost(const QString &host)
{
    // Host names compare case-insensitively; a trailing dot names the same host (RFC 1034 §3.1).
    QString h = host.toLower();
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return h;
}

CredentialScope CredentialScope::origin(const QUrl &url)
{
    CredentialScope s;
    if (!url.isValid() || url.host().isEmpty())
        return s;
    s.m_kind = Kind::Origin;
    s.m_scheme = url.scheme().toLower();
    s.m_host = normalHost(url.host());
    s.m_port = effectivePort(url);
    return s;
}

CredentialScope CredentialScope::domain(const QString &host)
{
    CredentialScope s;
    if (normalHost(host).isEmpty())
        return s;
    s.m_kind = Kind::Domain;
    s.m_scheme = QStringLiteral("https");
    s.m_host = normalHost(host);
    return s;
}

bool CredentialScope::isInsideDomain(const QString &userHost, const QUrl &target)
{
    const QString user = normalHost(userHost);
    const QString host = normalHost(target.host());
    if (user.isEmpty() || host.isEmpty())
        return false;
    if (host == user)
        return true;
    // An address is its own only name: "1.2.3.4" has no subdomains, and "x.1.2.3.4" is no
    // subdomain of it.
    if (!QHostAddress(user).isNull() || !QHostAddress(host).isNull())
        return false;
    return host.endsWith(QLatin1Char('.') + user);
}

bool CredentialScope::allows(const QUrl &url) const
{
    if (m_kind == Kind::None)
        return true;
    if (!url.isValid() || !url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (m_kind == Kind::Origin)
        return scheme == m_scheme && normalHost(url.host()) == m_host && effectivePort(url) == m_port;
    if (!isInsideDomain(m_host, url))
        return false;
    return scheme == QLatin1String("https") || (scheme == QLatin1String("http") && NetworkContext::isLoopback(url));
}

QString CredentialScope::toString() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Origin: {
        QUrl u;
        u.setScheme(m_scheme);
        u.setHost(m_host);
        u.setPort(m_port);
        return originOf(u);
    }
    case Kind::Domain:
        return m_host;
    }
    return {};
}

QString CredentialScope::originOf(const QUrl &url)
{
    QUrl u;
    u.setScheme(url.scheme().toLower());
    u.setHost(url.host());
    const int port = url.port();
    const QString scheme = u.scheme();
    if (port > 0 && !((scheme == QLatin1String("https") && port == 443) || (scheme == QLatin1String("http") && port == 80)))
        u.setPort(port);
    return u.toString(QUrl::FullyEncoded);
}

} // namespace crmsync
