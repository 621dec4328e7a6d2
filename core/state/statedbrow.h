// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "createintent.h"
#include "journalentry.h"
#include "link.h"
#include "runrecord.h"
#include "util/result.h"

#include <QVariantList>

class QSqlQuery;

namespace crmsync {

/*!
 * \brief Conversions between StateDb's rows and the value types: the column lists, the
 * values to bind, and reading a row back (times as ISO 8601 UTC text, JSON as compact text).
 */
class StateDbRow
{
public:
    static QString timeText(const QDateTime &time);
    static QDateTime time(const QVariant &text);
    static QString jsonText(const QJsonObject &object);
    static Side side(const QVariant &text);

    //! "crm_id, crm_version, …" in the order linkValues() binds and link() reads them.
    static QString linkColumns(bool withId = true);
    static QVariantList linkValues(const Link &link);
    static Result<Link> link(const QSqlQuery &row, const QString &path);
    //! "id, crm_id, …": linkColumns() without base and base_hash, in the order linkHead() reads.
    static QString linkHeadColumns();
    static Link linkHead(const QSqlQuery &row);
    //! A stored base (JSON text) of the link with \a rowId.
    static Result<QJsonObject> base(const QVariant &text, qint64 rowId, const QString &path);

    static QString intentColumns();
    static CreateIntent intent(const QSqlQuery &row);

    static QString journalColumns();
    static Result<JournalEntry> journalEntry(const QSqlQuery &row, const QString &path);

    static QString runColumns();
    static Result<RunRecord> run(const QSqlQuery &row, const QString &path);

private:
    //! Parses a stored JSON object; an error naming \a what and \a id when it is not one.
    static Result<QJsonObject> object(const QVariant &text, const QString &what, qint64 id, const QString &path);
};

} // namespace crmsync
