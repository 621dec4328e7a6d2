// SPDX-License-Identifier: GPL-3.0-or-later
#include "davstore.h"

#include "davfetchjob.h"
#include "davlistchangesjob.h"
#include "davwritejob.h"

namespace crmsync {

DavStore::DavStore(DavCollection collection, QObject *parent)
    : Store(parent), m_collection(std::move(collection))
{
}

Store::Capabilities DavStore::capabilities() const
{
    Capabilities caps;
    // Writes go one PUT at a time; the batch size only bounds how much one job holds.
    caps.maxWriteBatch = 100;
    // DavFetchJob splits a fetch into multigets of DavFetchJob::kChunkSize itself.
    caps.maxFetchBatch = 500;
    caps.incremental = true;
    return caps;
}

QString DavStore::displayName() const
{
    return m_collection.isCalendar() ? tr("calendar %1").arg(m_collection.url.toDisplayString())
                                     : tr("address book %1").arg(m_collection.url.toDisplayString());
}

ListChangesJob *DavStore::listChanges(const QString &token, const QHash<QString, QString> &knownVersions)
{
    return new DavListChangesJob(m_collection, token, knownVersions, this);
}

FetchJob *DavStore::fetch(const QStringList &ids)
{
    return new DavFetchJob(m_collection, ids, this);
}

WriteJob *DavStore::write(const QList<WriteRequest> &requests)
{
    return new DavWriteJob(m_collection, requests, this);
}

} // namespace crmsync
