// SPDX-License-Identifier: GPL-3.0-or-later
// StateDb, continued: the outbox (docs/offline.md). Split from statedb.cpp only to keep
// each file short.
#include "statedb.h"

#include "statedberror.h"
#include "statedbrow.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSqlQuery>

namespace crmsync {

namespace {

const QString s_columns = QStringLiteral(
    "id, profile, op, crm_id, fields, base, base_version, state, attempts, last_error, created_at, updated_at, client_ref");

Result<OutboxEntry> readEntry(const QSqlQuery &row, const QString &path)
{
    OutboxEntry e;
    e.id = row.value(0).toLongLong();
    e.profile = row.value(1).toString();
    const auto op = OutboxEntry::opFromName(row.value(2).toString());
    const auto state = OutboxEntry::stateFromName(row.value(7).toString());
    const QJsonDocument fields = QJsonDocument::fromJson(row.value(4).toString().toUtf8());
    const QJsonDocument base = QJsonDocument::fromJson(row.value(5).toString().toUtf8());
    if (!op || !state || !fields.isObject() || !base.isObject()) {
        return Error::make(Error::Category::Storage,
                           QCoreApplication::translate("StateDb", "Outbox entry %1 in the sync state %2 is damaged.")
                               .arg(e.id).arg(QDir::toNativeSeparators(path)));
    }
    e.op = *op;
    e.crmId = row.value(3).toString();
    e.fields = fields.object();
    e.base = base.object();
    e.baseVersion = row.value(6).toString();
    e.state = *state;
    e.attempts = row.value(8).toInt();
    e.lastError = row.value(9).toString();
    e.createdAt = StateDbRow::time(row.value(10));
    e.updatedAt = StateDbRow::time(row.value(11));
    e.clientRef = row.value(12).toString();
    return e;
}

} // namespace

Result<OutboxEntry> StateDb::addOutboxEntry(OutboxEntry entry)
{
    auto q = write(QStringLiteral("INSERT INTO outbox (profile, op, crm_id, fields, base, base_version, state, attempts,"
                                  " last_error, created_at, updated_at, client_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {entry.profile, OutboxEntry::opName(entry.op), entry.crmId, StateDbRow::jsonText(entry.fields),
                    StateDbRow::jsonText(entry.base), entry.baseVersion, OutboxEntry::stateName(entry.state),
                    entry.attempts, entry.lastError, StateDbRow::timeText(entry.createdAt),
                    StateDbRow::timeText(entry.updatedAt), entry.clientRef},
                   tr("queue the change of profile %1").arg(entry.profile));
    if (!q)
        return q.error();
    entry.id = q->lastInsertId().toLongLong();
    return entry;
}

Status StateDb::updateOutboxEntry(const OutboxEntry &entry)
{
    auto q = write(QStringLiteral("UPDATE outbox SET crm_id = ?, base = ?, base_version = ?, state = ?, attempts = ?,"
                                  " last_error = ?, updated_at = ? WHERE id = ?"),
                   {entry.crmId, StateDbRow::jsonText(entry.base), entry.baseVersion, OutboxEntry::stateName(entry.state),
                    entry.attempts, entry.lastError, StateDbRow::timeText(entry.updatedAt), entry.id},
                   tr("save outbox entry %1").arg(entry.id));
    return requireRow(q, tr("outbox entry"), entry.id);
}

Result<OutboxEntry> StateDb::outboxEntry(qint64 id) const
{
    auto q = exec(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(s_columns), {id},
                  tr("read outbox entry %1").arg(id));
    if (!q)
        return q.error();
    if (!q.value().next())
        return StateDbError::notFound(tr("outbox entry"), id, m_path);
    return readEntry(q.value(), m_path);
}

Result<QList<OutboxEntry>> StateDb::outboxEntries(const QString &profile, bool pendingOnly) const
{
    QString sql = QStringLiteral("SELECT %1 FROM outbox WHERE (? = '' OR profile = ?)").arg(s_columns);
    if (pendingOnly)
        sql += QStringLiteral(" AND state IN ('waiting', 'sending', 'deferred')");
    sql += QStringLiteral(" ORDER BY id");
    auto q = exec(sql, {profile, profile}, tr("read the outbox"));
    if (!q)
        return q.error();
    QList<OutboxEntry> result;
    while (q.value().next()) {
        Result<OutboxEntry> e = readEntry(q.value(), m_path);
        if (!e)
            return e.error();
        result << *e;
    }
    return result;
}

} // namespace crmsync
