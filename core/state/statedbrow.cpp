// SPDX-License-Identifier: GPL-3.0-or-later
#include "statedbrow.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlQuery>

namespace crmsync {

QString StateDbRow::timeText(const QDateTime &time)
{
    // UTC with milliseconds and a "Z": sorts as text and reads the same in every zone.
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime StateDbRow::time(const QVariant &text)
{
    const QString s = text.toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

QString StateDbRow::jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Side StateDbRow::side(const QVariant &text)
{
    // The CHECK constraints allow only these two spellings.
    return text.toString() == sideName(Side::Remote) ? Side::Remote : Side::Crm;
}

Result<QJsonObject> StateDbRow::object(const QVariant &text, const QString &what, qint64 id, const QString &path)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error::make(Error::Category::Storage,
                           QCoreApplication::translate("StateDb", "The sync state %1 holds an unreadable %2 in entry %3.")
                               .arg(QDir::toNativeSeparators(path), what, QString::number(id)),
                           error.errorString());
    }
    return doc.object();
}

QString StateDbRow::linkColumns(bool withId)
{
    const QString columns = QStringLiteral("crm_id, crm_version, remote_id, remote_version, uid, base, base_hash, synced_at");
    return withId ? QStringLiteral("id, ") + columns : columns;
}

QVariantList StateDbRow::linkValues(const Link &link)
{
    return {link.crmId, link.crmVersion, link.remoteId, link.remoteVersion, link.uid,
            jsonText(link.base), link.baseHash, timeText(link.syncedAt)};
}

namespace {

//! Columns 0–5 of linkColumns() and linkHeadColumns() alike: the row id, both ids and
//! versions, the UID.
Link linkIds(const QSqlQuery &row)
{
    Link link;
    link.rowId = row.value(0).toLongLong();
    link.crmId = row.value(1).toString();
    link.crmVersion = row.value(2).toString();
    link.remoteId = row.value(3).toString();
    link.remoteVersion = row.value(4).toString();
    link.uid = row.value(5).toString();
    return link;
}

} // namespace

Result<Link> StateDbRow::link(const QSqlQuery &row, const QString &path)
{
    Link link = linkIds(row);
    Result<QJsonObject> base = StateDbRow::base(row.value(6), link.rowId, path);
    if (!base)
        return base.error();
    link.base = *base;
    link.baseHash = row.value(7).toByteArray();
    link.syncedAt = time(row.value(8));
    return link;
}

QString StateDbRow::linkHeadColumns()
{
    return QStringLiteral("id, crm_id, crm_version, remote_id, remote_version, uid, synced_at");
}

Link StateDbRow::linkHead(const QSqlQuery &row)
{
    Link link = linkIds(row);
    link.syncedAt = time(row.value(6));
    return link;
}

Result<QJsonObject> StateDbRow::base(const QVariant &text, qint64 rowId, const QString &path)
{
    return object(text, QCoreApplication::translate("StateDb", "base"), rowId, path);
}

QString StateDbRow::intentColumns()
{
    return QStringLiteral("id, target, source_id, suggested_id, created_at");
}

CreateIntent StateDbRow::intent(const QSqlQuery &row)
{
    CreateIntent intent;
    intent.id = row.value(0).toLongLong();
    intent.target = side(row.value(1));
    intent.sourceId = row.value(2).toString();
    intent.suggestedId = row.value(3).toString();
    intent.createdAt = time(row.value(4));
    return intent;
}

QString StateDbRow::journalColumns()
{
    return QStringLiteral("id, time, crm_id, remote_id, losing_side, losing, winning, losing_raw, reason, restored, kind, uid");
}

Result<JournalEntry> StateDbRow::journalEntry(const QSqlQuery &row, const QString &path)
{
    JournalEntry e;
    e.id = row.value(0).toLongLong();
    e.time = time(row.value(1));
    e.crmId = row.value(2).toString();
    e.remoteId = row.value(3).toString();
    e.losingSide = side(row.value(4));
    const QString what = QCoreApplication::translate("StateDb", "conflict version");
    Result<QJsonObject> losing = object(row.value(5), what, e.id, path);
    Result<QJsonObject> winning = object(row.value(6), what, e.id, path);
    if (!losing)
        return losing.error();
    if (!winning)
        return winning.error();
    e.losing = *losing;
    e.winning = *winning;
    e.losingRaw = row.value(7).toByteArray();
    e.reason = row.value(8).toString();
    e.restored = row.value(9).toInt() != 0;
    e.kind = journalKindFromName(row.value(10).toString());
    e.uid = row.value(11).toString();
    return e;
}

QString StateDbRow::runColumns()
{
    return QStringLiteral("id, started_at, finished_at, report");
}

Result<RunRecord> StateDbRow::run(const QSqlQuery &row, const QString &path)
{
    RunRecord run;
    run.id = row.value(0).toLongLong();
    run.startedAt = time(row.value(1));
    run.finishedAt = time(row.value(2));
    Result<QJsonObject> report = object(row.value(3), QCoreApplication::translate("StateDb", "run report"), run.id, path);
    if (!report)
        return report.error();
    run.report = *report;
    return run;
}

} // namespace crmsync
