// SPDX-License-Identifier: GPL-3.0-or-later
// StateDb, continued: the parts that record what happened (create intents, the conflict
// journal, run history). Split from statedb.cpp only to keep each file short.
#include "statedb.h"

#include "statedberror.h"
#include "statedbrow.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace crmsync {

namespace {

//! SQLite reads LIMIT -1 as "no limit".
qint64 sqlLimit(int limit)
{
    return limit > 0 ? limit : -1;
}

} // namespace

Result<CreateIntent> StateDb::addIntent(const QString &profile, CreateIntent intent)
{
    auto q = write(QStringLiteral("INSERT INTO create_intents (profile, target, source_id, suggested_id, created_at)"
                                  " VALUES (?, ?, ?, ?, ?)"),
                   {profile, sideName(intent.target), intent.sourceId, intent.suggestedId,
                    StateDbRow::timeText(intent.createdAt)},
                   tr("record the create of \"%1\"").arg(intent.sourceId));
    if (!q)
        return q.error();
    intent.id = q->lastInsertId().toLongLong();
    return intent;
}

Status StateDb::clearIntent(qint64 id)
{
    // Clearing twice (a retried recovery) is harmless, so no check for a missing row.
    auto q = write(QStringLiteral("DELETE FROM create_intents WHERE id = ?"), {id},
                   tr("clear create intent %1").arg(id));
    return q ? success() : Status(q.error());
}

Result<QList<CreateIntent>> StateDb::intents(const QString &profile) const
{
    auto q = exec(QStringLiteral("SELECT %1 FROM create_intents WHERE profile = ? ORDER BY id")
                      .arg(StateDbRow::intentColumns()),
                  {profile}, tr("read the pending creates of profile %1").arg(profile));
    if (!q)
        return q.error();
    QList<CreateIntent> result;
    while (q.value().next())
        result << StateDbRow::intent(q.value());
    return result;
}

Result<qint64> StateDb::addJournalEntry(const QString &profile, const JournalEntry &entry)
{
    auto q = write(QStringLiteral("INSERT INTO journal (profile, time, crm_id, remote_id, losing_side, losing, winning,"
                                  " losing_raw, reason, restored) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {profile, StateDbRow::timeText(entry.time), entry.crmId, entry.remoteId,
                    sideName(entry.losingSide), StateDbRow::jsonText(entry.losing),
                    StateDbRow::jsonText(entry.winning), entry.losingRaw, entry.reason, entry.restored ? 1 : 0},
                   tr("save the losing version of CRM record \"%1\"").arg(entry.crmId));
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<QList<JournalEntry>> StateDb::journal(const QString &profile, int limit) const
{
    auto q = exec(QStringLiteral("SELECT %1 FROM journal WHERE profile = ? ORDER BY id DESC LIMIT ?")
                      .arg(StateDbRow::journalColumns()),
                  {profile, sqlLimit(limit)}, tr("read the conflict journal of profile %1").arg(profile));
    if (!q)
        return q.error();
    QList<JournalEntry> result;
    while (q.value().next()) {
        Result<JournalEntry> e = StateDbRow::journalEntry(q.value(), m_path);
        if (!e)
            return e.error();
        result << *e;
    }
    return result;
}

Result<JournalEntry> StateDb::journalEntry(qint64 id) const
{
    auto q = exec(QStringLiteral("SELECT %1 FROM journal WHERE id = ?").arg(StateDbRow::journalColumns()), {id},
                  tr("read conflict journal entry %1").arg(id));
    if (!q)
        return q.error();
    if (!q.value().next())
        return StateDbError::notFound(tr("conflict journal entry"), id, m_path);
    return StateDbRow::journalEntry(q.value(), m_path);
}

Status StateDb::markRestored(qint64 id)
{
    auto q = write(QStringLiteral("UPDATE journal SET restored = 1 WHERE id = ?"), {id},
                   tr("mark conflict journal entry %1 as restored").arg(id));
    return requireRow(q, tr("conflict journal entry"), id);
}

Status StateDb::addRun(const QString &profile, const RunRecord &run)
{
    auto q = write(QStringLiteral("INSERT INTO runs (profile, started_at, finished_at, report) VALUES (?, ?, ?, ?)"),
                   {profile, StateDbRow::timeText(run.startedAt), StateDbRow::timeText(run.finishedAt),
                    StateDbRow::jsonText(run.report)},
                   tr("save the run report of profile %1").arg(profile));
    return q ? success() : Status(q.error());
}

Result<QList<RunRecord>> StateDb::runs(const QString &profile, int limit) const
{
    auto q = exec(QStringLiteral("SELECT %1 FROM runs WHERE profile = ? ORDER BY id DESC LIMIT ?")
                      .arg(StateDbRow::runColumns()),
                  {profile, sqlLimit(limit)}, tr("read the run history of profile %1").arg(profile));
    if (!q)
        return q.error();
    QList<RunRecord> result;
    while (q.value().next()) {
        Result<RunRecord> run = StateDbRow::run(q.value(), m_path);
        if (!run)
            return run.error();
        result << *run;
    }
    return result;
}

} // namespace crmsync
