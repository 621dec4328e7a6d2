// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "davcollection.h"
#include "davlistoptions.h"
#include "util/job.h"

namespace crmsync {

class HttpJob;

/*!
 * \brief Makes sure a calendar DavStore works on a calendar that accepts the profile's
 * component, before anything is listed (docs/dav.md "Component choice"; RFC 4791 §5.2.3).
 *
 * PROPFIND Depth 0 on the URL. A calendar whose supported-calendar-component-set leaves
 * out the component is refused with one Config error (its items would fail one by one).
 * When the URL is not a calendar (a server, principal or home set, or an e-mail address
 * / domain) and options.pickCollection is set, DavDiscoveryJob lists the calendars and
 * the first that accepts the component, by URL path so every run picks the same one,
 * becomes collection(); for an address book store, the first address book. Otherwise the URL is refused as the wrong kind of collection.
 */
class DavCollectionResolveJob : public Job
{
    Q_OBJECT
public:
    DavCollectionResolveJob(DavCollection collection, DavListOptions options, QObject *parent = nullptr);
    void start() override;

    //! The collection to use; the given one unless a calendar was picked.
    const DavCollection &collection() const { return m_collection; }

    //! "events" for VEVENT, "tasks" for VTODO: how messages name a component.
    static QString componentName(const QString &component);

private:
    void onSelf(HttpJob *http);
    void pick();
    void fail(const Error &error);

    DavCollection m_collection;
    DavListOptions m_options;
};

} // namespace crmsync
