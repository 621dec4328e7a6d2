// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QStringList>

class QSqlDatabase;

namespace crmsync {

/*!
 * \brief StateDb's tables and the steps that bring an older file up to date
 * (docs/state-db.md "Schema", "Migrations").
 *
 * `PRAGMA user_version` holds the version; step k takes a database at version k-1 to k.
 * Steps are only ever appended: a released step is never edited, because files in the
 * field were migrated by its old text.
 */
class StateDbSchema
{
public:
    static int latestVersion();
    //! The statements of step \a version (1 ≤ version ≤ latestVersion()).
    static QStringList step(int version);
    /*!
     * Runs the missing steps on \a db, each in its own IMMEDIATE transaction that also
     * sets user_version, so a crash leaves the file at one whole version. Returns the
     * version reached; fails on a file from a newer CRM Sync, and on any SQL error
     * (\a path names the file in messages).
     */
    static Result<int> migrate(QSqlDatabase &db, const QString &path);
};

} // namespace crmsync
