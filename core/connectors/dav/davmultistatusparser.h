// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "davmultistatus.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace crmsync {

/*!
 * \brief Reads WebDAV multistatus and DAV:error bodies with QXmlStreamReader, matching
 * elements by namespace and local name (servers choose their own prefixes: Radicale uses
 * a default namespace, Xandikos "ns0:").
 */
class DavMultistatusParser
{
    Q_DECLARE_TR_FUNCTIONS(DavMultistatusParser)
public:
    /*!
     * Bounds on what a body may hold before it is read. A real multistatus nests about
     * eight levels; 5,000,000 elements cover a listing of 500,000 members at ten elements
     * each, more than HttpJob's listing cap lets through anyway.
     */
    struct Limits
    {
        int maxDepth = 32;
        qint64 maxElements = 5'000'000;
    };
    //! Parses \a body; hrefs are resolved against \a base and reduced to decoded paths.
    static Result<DavMultistatus> parse(const QByteArray &body, const QUrl &base);
    static Result<DavMultistatus> parse(const QByteArray &body, const QUrl &base, const Limits &limits);
    //! An error naming the server when \a body passes \a limits' depth or element count.
    static Status checkLimits(const QByteArray &body, const QUrl &base, const Limits &limits);
    //! Local names of all elements in \a body (e.g. "no-uid-conflict", "valid-sync-token"),
    //! for precondition checks on DAV:error bodies and on multistatus bodies alike.
    static QStringList elementNames(const QByteArray &body);
    //! 404 from "HTTP/1.1 404 Not Found"; 0 if unreadable.
    static int statusCode(const QString &statusLine);
    //! Payload text back to the bytes the server holds: XML parsing turned CRLF into LF
    //! (XML 1.0 §2.11), but iCalendar and vCard lines end in CRLF (RFC 5545 §3.1, RFC 6350 §3.2).
    static QByteArray restoreLineEnds(const QString &text);
    //! The decoded path of \a href relative to \a base.
    static QString pathOf(const QString &href, const QUrl &base);
};

} // namespace crmsync
