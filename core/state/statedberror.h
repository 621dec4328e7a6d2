// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

class QSqlError;

namespace crmsync {

/*!
 * \brief Turns SQLite failures into Error values a user can act on: what failed, on
 * which file, and why in plain words (disk full, read-only, locked, damaged).
 *
 * The reason comes from SQLite's primary result code, which Qt's QSQLITE driver puts
 * in QSqlError::nativeErrorCode() (https://sqlite.org/rescode.html).
 */
class StateDbError
{
public:
    //! SQLite primary result codes this class tells apart.
    enum Code { Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13,
                CantOpen = 14, Constraint = 19, NotADb = 26 };

    /*!
     * \a action is a translated verb phrase for what failed ("save the link of CRM record
     * \"4150868000000001\""), \a path the database file; the message reads "Could not
     * <action> in <path>: <reason>." Returns a Storage error.
     */
    static Error fromSql(const QSqlError &sqlError, const QString &action, const QString &path);
    //! The primary SQLite result code in \a sqlError, 0 when it carries none.
    static int primaryCode(const QSqlError &sqlError);
    //! A Data error for an id that is not in the database.
    static Error notFound(const QString &what, qint64 id, const QString &path);
};

} // namespace crmsync
