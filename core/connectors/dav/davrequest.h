// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "davcollection.h"

#include <QByteArray>
#include <QStringList>

namespace crmsync {

class HttpJob;

/*!
 * \brief Builds the WebDAV requests a DavStore sends, as unstarted HttpJobs
 * (reference/protocols.md §4.2, §4.3).
 *
 * Every request with a body says Content-Type: application/xml: Xandikos answers 415
 * without it (reference/debian-notes.md). Credentials are attached only when a username
 * is set: HttpJob sends Basic first and switches to Digest when the server asks, keeping
 * the challenge in the collection's authState. HttpJob refuses plain http except to
 * loopback, for Digest too: Digest hides the password but not the data, and one rule is
 * easier to trust than two. The collection's trusted certificate digest goes with every
 * request (docs/dav.md "Sign-in and TLS").
 */
class DavRequest
{
public:
    //! A bare request to \a url with authentication.
    static HttpJob *make(const DavCollection &collection, const QByteArray &method, const QUrl &url,
                         QObject *parent);
    //! PROPFIND asking for getetag, resourcetype, CS:getctag and sync-token.
    static HttpJob *propfind(const DavCollection &collection, const QUrl &url, int depth, QObject *parent);
    //! PROPFIND with a given body (discovery asks for other properties).
    static HttpJob *propfind(const DavCollection &collection, const QUrl &url, int depth, const QByteArray &body,
                             QObject *parent);
    /*!
     * RFC 6578 sync-collection with Depth 0 and sync-level 1 (Xandikos answers 400 without
     * it); never DAV:limit, which Xandikos honours by dropping changes (§4.4).
     */
    //! \a withData also asks for each member's address-data / calendar-data (RFC 6578 §3.2
    //! allows any property): Radicale sends it, Xandikos answers it 404 per member.
    static HttpJob *syncCollection(const DavCollection &collection, const QString &token, QObject *parent,
                                   bool withData = false);
    //! calendar-multiget or addressbook-multiget for \a hrefs (paths), asking for getetag and data.
    static HttpJob *multiget(const DavCollection &collection, const QStringList &hrefs, QObject *parent);

    //! The absolute URL of a member path on the collection's server.
    static QUrl urlFor(const DavCollection &collection, const QString &path);

    static QByteArray propfindBody();
    //! Discovery steps (reference/protocols.md §4.1): the principal, its home sets, the collections.
    static QByteArray principalBody();
    static QByteArray homeSetBody();
    static QByteArray collectionsBody();
    static QByteArray syncCollectionBody(const QString &token, DavCollection::Kind kind = DavCollection::Kind::AddressBook,
                                         bool withData = false);
    static QByteArray multigetBody(DavCollection::Kind kind, const QStringList &hrefs);
};

} // namespace crmsync
