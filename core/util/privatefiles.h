// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace crmsync {

/*!
 * \brief Keeps the files that hold customer data readable by their owner only: folders
 * 0700, files 0600, whatever the umask (docs/state-db.md "File permissions").
 *
 * The modes are set explicitly (mkdir/open with a mode, then chmod) because the umask
 * only removes bits: under the usual 022 every new file would be world-readable. A
 * folder or file found with wider permissions is tightened and a warning names what
 * changed. On systems without POSIX permissions (Windows) these calls only create.
 */
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)
public:
    //! Creates \a path (and missing parents) with the last folder 0700, or tightens it to 0700.
    static Status makeFolder(const QString &path);
    //! Creates \a path empty with mode 0600 if it does not exist yet; tightens it otherwise.
    static Status makeFile(const QString &path);
    /*!
     * Tightens the file \a path and its companions (every file in the same folder whose
     * name starts with its name: SQLite's -wal, -shm and -journal) to 0600. Other files
     * are not ours to change; the 0700 folder already keeps others out of them.
     */
    static void tightenWithCompanions(const QString &path);
    //! Tightens \a path to 0600 (a file) or 0700 (a folder) when group or others have any
    //! permission; logs what changed. Missing paths are left alone.
    static void tighten(const QString &path);
};

} // namespace crmsync
