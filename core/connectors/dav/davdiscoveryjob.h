// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "davcollection.h"
#include "davcollectioninfo.h"
#include "util/job.h"

#include <QUrl>

#include <QList>
#include <QPair>
#include <QPointer>
#include <QSet>

namespace crmsync {

class DavDnsResolver;
class HttpJob;

/*!
 * \brief Finds a user's calendars and address books from a server URL
 * (reference/protocols.md §4.1; RFC 6764, RFC 5397, RFC 4791 §6.2.1, RFC 6352 §7.1.1).
 *
 * Asks for DAV:current-user-principal on the given URL's path, then on
 * /.well-known/caldav and /.well-known/carddav, then on "/", following redirects on the
 * same host (Radicale answers the well-known paths with 301, Xandikos with 302). Then the
 * principal's calendar-home-set and addressbook-home-set, then each home's members
 * (Depth 1) with displayname, calendar-color and supported-calendar-component-set.
 * collection.url is the server URL, or an e-mail address or bare domain ("user@example.com",
 * "example.com"): then DavServiceLocator finds the start URLs (DNS SRV + TXT, then
 * https://domain/.well-known/…), and a start URL that cannot be reached only moves on to
 * the next. kind is ignored.
 *
 * Where the password goes (docs/dav.md "Where a password is sent"): only inside the user's
 * domain, the host the user typed or the e-mail address's domain and its subdomains
 * (CredentialScope::domain). An SRV target or a redirect outside it is not contacted at
 * all; when nothing inside answers, the job fails with a Config error and outsideTarget()
 * names it, so the app can ask the user and start again from that URL, and the CLI can
 * print it. Every host gets its first request without credentials; they follow only when
 * its 401 names the scheme. A scope the caller set on the collection's authState is kept.
 */
class DavDiscoveryJob : public Job
{
    Q_OBJECT
public:
    explicit DavDiscoveryJob(DavCollection server, QObject *parent = nullptr);
    void start() override;
    //! For tests: the resolver an address's SRV/TXT lookups go to (default: the system's).
    void setResolver(DavDnsResolver *resolver);

    const QList<DavCollectionInfo> &collections() const { return m_collections; }
    QString principal() const { return m_principal; }
    //! Where the principal answered: the server the collections are on.
    QUrl serverUrl() const { return m_server.url; }
    //! After a failure: the first start URL outside the user's domain that was not tried
    //! (invalid when there was none).
    QUrl outsideTarget() const { return m_outside.isEmpty() ? QUrl() : m_outside.constFirst().first; }
    /*!
     * The "url" to give for an outside \a target once the user trusts it: its root for a
     * well-known URL (discovery tries those itself), else the URL an SRV/TXT answer named.
     */
    static QUrl urlToConfirm(const QUrl &target);
    //! The host whose domain counts as the user's: typed, or the e-mail address's domain.
    QString userHost() const { return m_userHost; }

private:
    //! A PROPFIND that waits for a 401 before sending credentials to an origin not yet
    //! signed in to.
    HttpJob *request(const QUrl &url, int depth, const QByteArray &body);
    //! Remembers that \a http's origin asked for credentials and got them.
    void noteSignIn(const HttpJob *http, const QUrl &url);
    //! Sets \a url aside as outside the user's domain; \a via says who pointed there.
    void noteOutside(const QUrl &url, const QString &via);
    void locate();
    void tryNextCandidate();
    void askPrincipal(const QUrl &url, int redirects);
    void askHomes();
    void listNextHome();
    void fail(const Error &error);

    DavCollection m_server;
    QString m_address;
    QPointer<DavDnsResolver> m_resolver;
    //! The candidates were guessed from an address: one that cannot be reached is skipped.
    bool m_guessed = false;
    QList<QUrl> m_candidates;
    QString m_principal;
    QStringList m_homes;
    QSet<QString> m_seen;
    QList<DavCollectionInfo> m_collections;
    Error m_lastError;
    QString m_userHost;
    QList<QPair<QUrl, QString>> m_outside;
    QSet<QString> m_signedIn;
};

} // namespace crmsync
