// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderfetchjob.h"

namespace crmsync {

FolderFetchJob::FolderFetchJob(FolderDirectory directory, QStringList ids, QObject *parent)
    : FetchJob(parent), m_directory(std::move(directory)), m_ids(std::move(ids))
{
}

void FolderFetchJob::start()
{
    const Status folder = m_directory.check();
    if (!folder) {
        setError(folder.error());
        emitResult();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &id : std::as_const(m_ids)) {
        if (!m_directory.isValidId(id)) {
            m_itemErrors.append(ItemError{id, m_directory.invalidIdError(id)});
            continue;
        }
        if (!m_directory.isPresent(id)) {
            m_missing.append(id);
            continue;
        }
        Result<Item> item = m_directory.read(id, now);
        if (item)
            m_items.append(std::move(item).value());
        else
            m_itemErrors.append(ItemError{id, item.error()});
    }
    emitResult();
}

} // namespace crmsync
