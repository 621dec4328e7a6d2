// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace crmsync {

/*!
 * \brief Where one password may be sent: the origin it was given for (scheme, host, port;
 * RFC 6454 §4), or, while discovery looks for the server, the user's domain.
 *
 * HttpJob refuses a request with credentials whose URL the scope does not allow, so a
 * password stored for https://a never reaches https://b, whatever a config, a redirect, a
 * DNS record or a server's href says (docs/dav.md "Where a password is sent").
 *
 * "Inside the user's domain" (domain()) is deliberately narrow, since without the public
 * suffix list a registrable domain cannot be told from a public suffix ("co.jp"): the
 * host the user typed (or the domain of the e-mail address) itself, or a subdomain of it,
 * over https (plain http only on loopback, NetworkContext::checkUrl), any port. An IP
 * address has no subdomains. A null scope binds nothing (jobs without a stored password).
 */
class CredentialScope
{
public:
    CredentialScope() = default;

    //! Exactly \a url's origin; the default port counts as given (https://a = https://a:443).
    static CredentialScope origin(const QUrl &url);
    //! \a host and its subdomains, https on any port (http too when \a host is loopback).
    static CredentialScope domain(const QString &host);

    bool isNull() const { return m_kind == Kind::None; }
    bool allows(const QUrl &url) const;
    //! "https://dav.example.com" or "example.com", for messages.
    QString toString() const;

    //! "https://host" or "https://host:8443": \a url without user info, path or query.
    static QString originOf(const QUrl &url);
    //! \a target's host is \a userHost or a subdomain of it (the rule of domain()).
    static bool isInsideDomain(const QString &userHost, const QUrl &target);

    bool operator==(const CredentialScope &o) const = default;

private:
    enum class Kind { None, Origin, Domain };
    static QString normalHost(const QString &host);

    Kind m_kind = Kind::None;
    QString m_scheme;
    QString m_host;
    int m_port = -1;
};

} // namespace crmsync
