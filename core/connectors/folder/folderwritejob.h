// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "folderdirectory.h"
#include "store/writejob.h"

#include <QDateTime>

namespace crmsync {

/*!
 * \brief Creates, updates and deletes item files with preconditions, each file written
 * atomically (QSaveFile: temporary file, then rename), so a reader or a crash never sees
 * half a file.
 *
 * Preconditions, as for DAV's If-None-Match / If-Match (reference/protocols.md):
 * a create fails with Conflict when the name is taken; an update or delete whose
 * expectedVersion no longer matches the file's content fails with Conflict. An empty
 * expectedVersion means "unconditional". Deleting a file that is already gone succeeds.
 */
class FolderWriteJob : public WriteJob
{
    Q_OBJECT
public:
    FolderWriteJob(FolderDirectory directory, QList<WriteRequest> requests, QObject *parent = nullptr);
    void start() override;

private:
    WriteResult create(const WriteRequest &request);
    WriteResult update(const WriteRequest &request);
    WriteResult remove(const WriteRequest &request);
    //! Conflict or Storage error when the file no longer holds \a expectedVersion.
    Error checkExpected(const QString &id, const QString &expectedVersion) const;
    //! Writes \a raw to \a id atomically and fills version/raw of \a result, or its error.
    void writeFile(const QString &id, const QByteArray &raw, WriteResult &result) const;

    FolderDirectory m_directory;
    QList<WriteRequest> m_requests;
    QDateTime m_now;
};

} // namespace crmsync
