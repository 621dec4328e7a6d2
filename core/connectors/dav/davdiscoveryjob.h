// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "davcollection.h"
#include "davcollectioninfo.h"
#include "util/job.h"

#include <QList>
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

private:
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
};

} // namespace crmsync
