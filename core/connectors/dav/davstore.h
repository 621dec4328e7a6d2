// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "davcollection.h"
#include "store/store.h"

namespace crmsync {

/*!
 * \brief A Store over one CalDAV calendar or CardDAV address book collection
 * (reference/protocols.md §4; docs/dav.md).
 *
 * Item ids are member paths (percent-decoded hrefs), versions the ETags exactly as the
 * server sent them, raw the resource bodies. Tokens are RFC 6578 sync-tokens, or
 * "ctag:<getctag>" for a server without sync-collection.
 */
class DavStore : public Store
{
    Q_OBJECT
public:
    explicit DavStore(DavCollection collection, QObject *parent = nullptr);

    Capabilities capabilities() const override;
    QString displayName() const override;
    ListChangesJob *listChanges(const QString &token, const QHash<QString, QString> &knownVersions) override;
    FetchJob *fetch(const QStringList &ids) override;
    WriteJob *write(const QList<WriteRequest> &requests) override;

    const DavCollection &collection() const { return m_collection; }

private:
    DavCollection m_collection;
};

} // namespace crmsync
