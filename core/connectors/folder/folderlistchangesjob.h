// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "folderdirectory.h"
#include "store/listchangesjob.h"

#include <QHash>

namespace crmsync {

/*!
 * \brief Full listing of a folder: every item file's version, the payload of those whose
 * version differs from the engine's, and the known ids that are gone.
 *
 * Only files whose size/mtime differ from the known version (or whose known version is
 * "racy", see FolderVersion) are read. Unreadable entries go to ChangeSet::errors and are
 * neither changed nor deleted; a missing folder fails the whole job.
 */
class FolderListChangesJob : public ListChangesJob
{
    Q_OBJECT
public:
    FolderListChangesJob(FolderDirectory directory, QHash<QString, QString> knownVersions,
                         QObject *parent = nullptr);
    void start() override;

private:
    FolderDirectory m_directory;
    QHash<QString, QString> m_known;
};

} // namespace crmsync
