// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "folderdirectory.h"
#include "store/fetchjob.h"

namespace crmsync {

/*!
 * \brief Reads the named item files of a folder. Absent files go to missing(), unreadable
 * ones to itemErrors(); only a missing folder fails the whole job.
 */
class FolderFetchJob : public FetchJob
{
    Q_OBJECT
public:
    FolderFetchJob(FolderDirectory directory, QStringList ids, QObject *parent = nullptr);
    void start() override;

private:
    FolderDirectory m_directory;
    QStringList m_ids;
};

} // namespace crmsync
