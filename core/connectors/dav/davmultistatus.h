// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace crmsync {

//! One DAV:response of a multistatus, reduced to what a DavStore needs.
struct DavResponse
{
    //! The member's path, percent-decoded (the store's item id).
    QString path;
    //! The href as the server sent it (DavMemberScope decides whether it is a member).
    QString href;
    //! The response-level status (404 for a removed member in sync-collection), 0 when absent.
    int status = 0;
    //! The status of a propstat that failed (neither 2xx nor 404, which only says a
    //! property is not defined), 0 when none did.
    int failedPropstatStatus = 0;
    bool isCollection = false;
    //! Properties from 2xx propstats; hasData tells an empty payload from none.
    QString etag;
    QString ctag;
    QString syncToken;
    QByteArray data;
    bool hasData = false;
    // Discovery (reference/protocols.md §4.1).
    bool isCalendar = false;
    bool isAddressBook = false;
    QString displayName;
    QString color;
    //! C:supported-calendar-component-set names: "VEVENT", "VTODO".
    QStringList components;
    //! DAV:current-user-principal, and the home sets, as decoded paths.
    QString principal;
    QStringList calendarHomes;
    QStringList addressBookHomes;
};

/*!
 * \brief A parsed DAV:multistatus: its responses and the top-level sync-token
 * (RFC 6578 §3.2).
 */
struct DavMultistatus
{
    QList<DavResponse> responses;
    QString syncToken;
    //! A DAV:number-of-matches-within-limits element was present (RFC 6578 §3.6).
    bool limitReached = false;
};

} // namespace crmsync
