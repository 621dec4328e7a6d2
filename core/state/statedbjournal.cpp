// SPDX-License-Identifier: GPL-3.0-or-later
// StateDb, continued: the journal of overwritten and deleted versions, its retention and
// the deletion count the cumulative guard reads (docs/state-db.md "journal").
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

//! Rows deleted per statement when pruning: well under SQLite's 32,766 bound parameters.
constexpr int kPruneChunk = 500;

} // namespace

Result<qint64> StateDb::addJournalEntry(const QString &profile, const JournalEntry &entry)
{
    auto q = write(QStringLiteral("INSERT INTO journal (profile, time, crm_id, remote_id, losing_side, losing, winning,"
                                  " losing_raw, reason, restored, kind, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {profile, StateDbRow::timeText(entry.time), entry.crmId, entry.remoteId,
                    sideName(entry.losingSide), StateDbRow::jsonText(entry.losing),
                    StateDbRow::jsonText(entry.winning), entry.losingRaw, entry.reason, entry.restored ? 1 : 0,
                    journalKindName(entry.kind), entry.uid},
                   entry.isDeletion()
                       ? tr("save the deleted version of \"%1\"").arg(entry.crmId.isEmpty() ? entry.remoteId : entry.crmId)
                       : tr("save the losing version of CRM record \"%1\"").arg(entry.crmId));
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

Result<int> StateDb::deletionsSince(const QString &profile, Side side, const QDateTime &since) const
{
    // Times are fixed-width ISO UTC text (StateDbRow::timeText), so text order is time order.
    // A restored deletion was undone and no longer counts against the guard.
    const JournalEntry::Kind kind = side == Side::Crm ? JournalEntry::Kind::DeletedOnCrm : JournalEntry::Kind::DeletedOnRemote;
    auto q = exec(QStringLiteral("SELECT count(*) FROM journal WHERE profile = ? AND kind = ? AND restored = 0 AND time > ?"),
                  {profile, journalKindName(kind), StateDbRow::timeText(since)},
                  tr("count the recent deletions of profile %1").arg(profile));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

Result<int> StateDb::pruneJournal(const QString &profile, const QDateTime &now, const JournalRetention &retention)
{
    const QString action = tr("prune the journal of profile %1").arg(profile);
    const QString expired = StateDbRow::timeText(now.addDays(-retention.maxAgeDays));
    const QString guarded = StateDbRow::timeText(now.addSecs(-3600LL * retention.guardWindowHours));
    // Pruning order: restored entries first (they did their job), then the rest, oldest first.
    auto q = exec(QStringLiteral("SELECT id, time, kind, restored,"
                                 " length(losing) + length(winning) + coalesce(length(losing_raw), 0)"
                                 " FROM journal WHERE profile = ? ORDER BY restored DESC, id ASC"),
                  {profile}, action);
    if (!q)
        return q.error();
    struct Row
    {
        qint64 id;
        QString time;
        bool deletion;
        bool restored;
        qint64 bytes;
    };
    QList<Row> rows;
    qint64 bytes = 0;
    while (q.value().next()) {
        const Row r{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                    q.value().value(2).toString() != QLatin1String("conflict"), q.value().value(3).toInt() != 0,
                    q.value().value(4).toLongLong()};
        bytes += r.bytes;
        rows << r;
    }
    q.value().finish();
    qint64 count = rows.size();
    QVariantList doomed;
    for (const Row &r : std::as_const(rows)) {
        const bool tooOld = r.time < expired;
        const bool tooMuch = count > retention.maxEntries || bytes > retention.maxBytes;
        const bool counted = r.deletion && !r.restored && r.time > guarded;
        if (!tooOld && (!tooMuch || counted))
            continue;
        doomed << r.id;
        --count;
        bytes -= r.bytes;
    }
    if (doomed.isEmpty())
        return 0;
    const Status s = atomically([&]() -> Status {
        for (qsizetype at = 0; at < doomed.size(); at += kPruneChunk) {
            const QVariantList chunk = doomed.mid(at, kPruneChunk);
            QStringList marks(chunk.size(), QStringLiteral("?"));
            auto d = write(QStringLiteral("DELETE FROM journal WHERE id IN (%1)").arg(marks.join(QLatin1Char(','))),
                           chunk, action);
            if (!d)
                return d.error();
        }
        return success();
    });
    if (!s)
        return s.error();
    return int(doomed.size());
}

} // namespace crmsync
