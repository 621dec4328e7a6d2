// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/item.h"
#include "model/moduleinfo.h"
#include "util/result.h"

#include <QDateTime>
#include <QStringList>

namespace crmsync {

/*!
 * \brief The file-system side of a FolderStore, shared by its jobs: which directory
 * entries are items, how ids map to paths, how an item is read, and the translated
 * messages that name the file.
 *
 * A folder holds one item per file, like vdirsyncer's "filesystem" storage: the file name
 * is the item's id, the suffix (vcf/ics) comes from the module.
 */
class FolderDirectory
{
public:
    FolderDirectory(QString path, ModuleInfo module);

    const QString &path() const { return m_path; }
    const ModuleInfo &module() const { return m_module; }

    //! Whether the folder exists and is a directory. A missing folder is an error, never
    //! "everything was deleted": it may be an unmounted drive.
    Status check() const;
    //! Names of the entries that look like items, sorted; may include entries that turn
    //! out not to be readable files.
    QStringList itemNames() const;
    //! Has the module's suffix and is not hidden or an editor's temporary file.
    bool isItemName(const QString &name) const;
    //! A plain item name in this folder (no path separators, no "..", not hidden).
    bool isValidId(const QString &id) const;
    QString filePath(const QString &id) const;
    //! Whether something (also a dangling symlink) occupies the item's name.
    bool isPresent(const QString &id) const;
    //! A safe file name for a new item: keeps [A-Za-z0-9._-], never hidden, ends in the suffix.
    QString nameFor(const QString &suggestedId) const;

    //! Reads one item with its version (FolderVersion), judged "racy" against \a now.
    Result<Item> read(const QString &id, const QDateTime &now) const;

    Error invalidIdError(const QString &id) const;
    Error readError(const QString &id, const QString &reason) const;
    Error writeError(const QString &id, const QString &reason) const;
    Error removeError(const QString &id, const QString &reason) const;
    Error conflictError(const QString &id, const QString &reason) const;

private:
    QString m_path;
    ModuleInfo m_module;
};

} // namespace crmsync
