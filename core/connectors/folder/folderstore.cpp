// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderstore.h"

#include "folderfetchjob.h"
#include "folderlistchangesjob.h"
#include "folderwritejob.h"

#include <QCoreApplication>
#include <QDir>

namespace crmsync {

FolderStore::FolderStore(const QString &path, ModuleInfo module, QObject *parent)
    : Store(parent), m_directory(QDir::cleanPath(path), module)
{
}

Store::Capabilities FolderStore::capabilities() const
{
    Capabilities caps;
    // Local files have no request overhead worth batching for; large batches keep the
    // engine's loop short.
    caps.maxWriteBatch = 1000;
    caps.maxFetchBatch = 1000;
    caps.incremental = false;
    return caps;
}

QString FolderStore::displayName() const
{
    return QCoreApplication::translate("FolderStore", "folder %1").arg(QDir::toNativeSeparators(m_directory.path()));
}

ListChangesJob *FolderStore::listChanges(const QString &token, const QHash<QString, QString> &knownVersions)
{
    Q_UNUSED(token) // no tokens: every listing is full (capabilities().incremental == false)
    return new FolderListChangesJob(m_directory, knownVersions, this);
}

FetchJob *FolderStore::fetch(const QStringList &ids)
{
    return new FolderFetchJob(m_directory, ids, this);
}

WriteJob *FolderStore::write(const QList<WriteRequest> &requests)
{
    return new FolderWriteJob(m_directory, requests, this);
}

} // namespace crmsync
