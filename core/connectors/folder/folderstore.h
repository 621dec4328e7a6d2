// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "folderdirectory.h"
#include "store/store.h"

namespace crmsync {

/*!
 * \brief A Store over a local folder with one .vcf (Contacts, Leads, Vendors) or .ics
 * (Tasks, Events) file per item — a "vdir" as vdirsyncer's filesystem storage keeps it.
 *
 * Ids are file names; versions are FolderVersion strings ("<size>-<mtime ms>-<hash>").
 * There are no sync tokens: every listing is a full one, made cheap by reading only files
 * whose size or mtime changed. The store never creates the folder: the CLI or the app
 * does, so an unmounted drive is reported instead of being filled or emptied.
 */
class FolderStore : public Store
{
    Q_OBJECT
public:
    FolderStore(const QString &path, ModuleInfo module, QObject *parent = nullptr);

    Capabilities capabilities() const override;
    QString displayName() const override;
    ListChangesJob *listChanges(const QString &token, const QHash<QString, QString> &knownVersions) override;
    FetchJob *fetch(const QStringList &ids) override;
    WriteJob *write(const QList<WriteRequest> &requests) override;

    QString path() const { return m_directory.path(); }

private:
    FolderDirectory m_directory;
};

} // namespace crmsync
