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

DavStore::DavStore(DavCollection collection, DavListOptions options, QObject *parent)
    : Store(parent), m_collection(std::move(collection)), m_options(std::move(options))
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
    auto *job = new DavListChangesJob(m_collection, m_options, token, knownVersions, this);
    if (m_options.pickCollection) {
        // Fetches and writes go to the calendar the listing picked; it is picked once.
        connect(job, &Job::finished, this, [this, job] {
            if (!job->hasError()) {
                m_collection = job->collection();
                m_options.pickCollection = false;
            }
        });
    }
    return job;
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
