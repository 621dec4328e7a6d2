// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderlistchangesjob.h"

#include "folderversion.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace crmsync {

FolderListChangesJob::FolderListChangesJob(FolderDirectory directory, QHash<QString, QString> knownVersions,
                                           QObject *parent)
    : ListChangesJob(parent), m_directory(std::move(directory)), m_known(std::move(knownVersions))
{
}

void FolderListChangesJob::start()
{
    const Status folder = m_directory.check();
    if (!folder) {
        setError(folder.error());
        emitResult();
        return;
    }

    // A folder that cannot be read lists as empty, which would look like every file deleted.
    const QFileInfo dir(m_directory.path());
    if (!dir.isReadable() || !dir.isExecutable()) {
        setError(Error::make(Error::Category::Storage,
            tr("The folder %1 cannot be read (check its permissions); nothing was synced.")
                .arg(QDir::toNativeSeparators(m_directory.path()))));
        emitResult();
        return;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList names = m_directory.itemNames();
    QSet<QString> present;
    present.reserve(names.size());
    m_changes.fullListing = true;

    for (const QString &name : names) {
        present.insert(name);
        const QString knownText = m_known.value(name);
        const auto known = FolderVersion::parse(knownText);
        if (known) {
            const QFileInfo info(m_directory.filePath(name));
            // The cheap path: a settled version whose size and mtime still match.
            if (info.isFile() && known->trustsStat(info.size(), info.lastModified().toMSecsSinceEpoch()))
                continue;
        }
        Result<Item> item = m_directory.read(name, now);
        if (!item) {
            m_changes.errors.append(ItemError{name, item.error()});
            continue;
        }
        if (item->version == knownText)
            continue;
        // Same bytes as last seen (a racy version settling, or a touch): only the version
        // moves on. A no-change run right after writing 100,000 files re-reads them all,
        // and decoding and planning each again cost 300 MB (bench/RESULTS.md).
        const auto fresh = FolderVersion::parse(item->version);
        if (known && fresh && fresh->hash() == known->hash() && fresh->size() == known->size())
            m_changes.restamped.insert(name, item->version);
        else
            m_changes.changed.append(std::move(item).value());
    }

    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
        if (present.contains(it.key()))
            continue;
        // Not listed is not enough: deleted only when the file is really gone (a listing
        // cut short by an I/O error must not delete what it missed).
        const QFileInfo file(m_directory.filePath(it.key()));
        if (file.exists() || file.isSymLink()) {
            m_changes.errors.append(ItemError{it.key(), Error::make(Error::Category::Storage,
                tr("%1 is still in the folder %2 but was missing from its listing; it was left as it is.")
                    .arg(it.key(), QDir::toNativeSeparators(m_directory.path())))});
            continue;
        }
        m_changes.deleted.append(it.key());
    }
    m_changes.deleted.sort();
    m_changes.totalCount = int(names.size());
    emitResult();
}

} // namespace crmsync
