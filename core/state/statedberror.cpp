// SPDX-License-Identifier: GPL-3.0-or-later
#include "statedberror.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>

namespace crmsync {

int StateDbError::primaryCode(const QSqlError &sqlError)
{
    bool ok = false;
    const int code = sqlError.nativeErrorCode().toInt(&ok);
    // Extended result codes keep the primary code in the low byte (sqlite.org/rescode.html).
    return ok ? (code & 0xff) : 0;
}

Error StateDbError::fromSql(const QSqlError &sqlError, const QString &action, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    QString message;
    switch (primaryCode(sqlError)) {
    case Full:
        message = QCoreApplication::translate("StateDb", "Could not %1 in %2: the disk is full.");
        break;
    case ReadOnly:
        message = QCoreApplication::translate("StateDb", "Could not %1 in %2: the file or its folder is read-only.");
        break;
    case CantOpen:
        message = QCoreApplication::translate("StateDb", "Could not %1 in %2: the file or its folder cannot be accessed (check that the folder exists and is writable).");
        break;
    case Corrupt:
    case NotADb:
        message = QCoreApplication::translate("StateDb", "Could not %1 in %2: the file is damaged or is not a CRM Sync state database.");
        break;
    case Busy:
    case Locked:
        message = QCoreApplication::translate("StateDb", "Could not %1 in %2: another program keeps the file locked.");
        break;
    case IoError:
        message = QCoreApplication::translate("StateDb", "Could not %1 in %2: the disk reported a read or write error.");
        break;
    case Constraint:
        message = QCoreApplication::translate("StateDb", "Could not %1 in %2: an entry for the same item already exists.");
        break;
    default:
        // SQLite's own words (untranslated) are the best we have for the rare rest.
        message = QCoreApplication::translate("StateDb", "Could not %1 in %2: %3");
        break;
    }
    message = message.contains(QLatin1String("%3")) ? message.arg(action, file, sqlError.text())
                                                     : message.arg(action, file);
    // Driver text and code for logs; SQLite's messages name tables and columns, never values.
    const QString detail = QStringLiteral("%1 (SQLite code %2)")
                               .arg(sqlError.text(), sqlError.nativeErrorCode());
    return Error::make(Error::Category::Storage, message, detail);
}

Error StateDbError::notFound(const QString &what, qint64 id, const QString &path)
{
    return Error::make(Error::Category::Data,
                       QCoreApplication::translate("StateDb", "The sync state %1 holds no %2 with id %3.")
                           .arg(QDir::toNativeSeparators(path), what, QString::number(id)));
}

} // namespace crmsync
