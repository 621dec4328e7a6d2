// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "davcollection.h"
#include "davlistoptions.h"
#include "store/store.h"

namespace crmsync {

/*!
 * \brief A Store over one CalDAV calendar or CardDAV address book collection
 * (reference/protocols.md §4; docs/dav.md).
 *
 * Item ids are member paths (percent-decoded hrefs), versions the ETags exactly as the
 * server sent them, raw the resource bodies. Tokens are RFC 6578 sync-tokens, or
 * "ctag:<getctag>" for a server without sync-collection.
 *
 * Options make a calendar store component-aware and ranged (DavListOptions); when a
 * listing picks the calendar, the store works on that one from then on.
 */
class DavStore : public Store
{
    Q_OBJECT
public:
    explicit DavStore(DavCollection collection, QObject *parent = nullptr);
    DavStore(DavCollection collection, DavListOptions options, QObject *parent = nullptr);

    Capabilities capabilities() const override;
    QString displayName() const override;
    ListChangesJob *listChanges(const QString &token, const QHash<QString, QString> &knownVersions) override;
    FetchJob *fetch(const QStringList &ids) override;
    WriteJob *write(const QList<WriteRequest> &requests) override;

    const DavCollection &collection() const { return m_collection; }
    const DavListOptions &options() const { return m_options; }

private:
    DavCollection m_collection;
    DavListOptions m_options;
};

} // namespace crmsync
