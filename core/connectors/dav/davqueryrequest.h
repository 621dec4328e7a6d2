// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "davcollection.h"

#include <QByteArray>
#include <QDateTime>

namespace crmsync {

class HttpJob;

/*!
 * \brief The CalDAV REPORT and PROPFIND bodies of component-aware and ranged listings
 * (RFC 4791 §7.8, §9.7, §9.9; reference/protocols.md §4.2), next to DavRequest's.
 */
class DavQueryRequest
{
public:
    /*!
     * calendar-query, Depth 1, asking only getetag: VCALENDAR / \a component, with a
     * time-range starting at \a from (UTC basic format, §4.2) and no end when \a from is
     * valid. Never C:expand: recurrences are checked on the client (§4.4).
     */
    static HttpJob *calendarQuery(const DavCollection &collection, const QString &component, const QDateTime &from,
                                  QObject *parent);
    static QByteArray calendarQueryBody(const QString &component, const QDateTime &from);
    /*!
     * calendar-query for every recurring \a component (prop-filter RRULE is defined), with
     * no time-range: Xandikos 0.2.8 leaves out a series that started before the range even
     * when later instances fall in it (docs/dav.md), so series are judged on the client.
     */
    static HttpJob *recurringQuery(const DavCollection &collection, const QString &component, QObject *parent);
    static QByteArray recurringQueryBody(const QString &component);
    //! PROPFIND for a listing that also reads the collection's supported component set.
    static HttpJob *listing(const DavCollection &collection, int depth, QObject *parent);
    static QByteArray listingBody();
};

} // namespace crmsync
