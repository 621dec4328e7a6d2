// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace crmsync {

//! One DAV:response of a multistatus, reduced to what a DavStore needs.
struct DavResponse
{
    //! The member's path, percent-decoded (the store's item id).
    QString path;
    //! The response-level status (404 for a removed member in sync-collection), 0 when absent.
    int status = 0;
    bool isCollection = false;
    //! Properties from 2xx propstats; hasData tells an empty payload from none.
    QString etag;
    QString ctag;
    QString syncToken;
    QByteArray data;
    bool hasData = false;
};

/*!
 * \brief A parsed DAV:multistatus: its responses and the top-level sync-token
 * (RFC 6578 §3.2).
 */
struct DavMultistatus
{
    QList<DavResponse> responses;
    QString syncToken;
};

} // namespace crmsync
