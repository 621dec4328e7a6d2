// SPDX-License-Identifier: GPL-3.0-or-later
// StateDb, continued: the parts that record what happened (create intents, run history).
// Split from statedb.cpp only to keep each file short; the journal is in statedbjournal.cpp.
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
