// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace crmsync {

/*!
 * \brief What a calendar DavStore lists beyond "everything in the collection"
 * (docs/dav.md "Component choice", "Range queries").
 */
struct DavListOptions
{
    //! "VEVENT" or "VTODO": members of another kind in a mixed calendar are ignored,
    //! never reported as changed or deleted. Empty: every member (address books).
    QString component;
    //! The collection URL was not named ("collection" missing): when it is a server, a
    //! principal or a home set, the first calendar that accepts component is used.
    bool pickCollection = false;
    //! Items not linked yet take part only from here on (the profile's events range): the
    //! first listing asks the server with a calendar-query time-range. Invalid: no range.
    QDateTime rangeStart;
};

} // namespace crmsync
