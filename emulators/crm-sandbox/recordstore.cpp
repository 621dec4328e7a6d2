// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordstore.h"
#include "zohotime.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace crmsandbox {

namespace {
// Ids look like Zoho's: a 7-digit org-ish prefix and a 12-digit serial (19 digits).
constexpr qint64 IdBase = 4876876000000000000LL;
constexpr qint64 FirstSerial = 400001;

QString sortColumnSql(const QString &column)
{
    if (column == QLatin1String("created"))
        return QStringLiteral("created");
    if (column == QLatin1String("modified"))
        return QStringLiteral("modified");
    return QStringLiteral("id");
}
} // namespace

RecordStore::RecordStore()
    : m_connection(QStringLiteral("crm-sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

RecordStore::~RecordStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool RecordStore::open(const QString &dir, QString *errorMessage)
{
    if (!QDir().mkpath(dir)) {
        *errorMessage = QStringLiteral("cannot create data directory %1").arg(dir);
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(QDir(dir).filePath(QStringLiteral("sandbox.sqlite")));
    if (!m_db.open()) {
        *errorMessage = QStringLiteral("cannot open %1: %2").arg(m_db.databaseName(), m_db.lastError().text());
        return false;
    }
    const QStringList schema = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS records (module TEXT NOT NULL, id INTEGER NOT NULL,"
                       " data TEXT NOT NULL, created INTEGER NOT NULL, modified INTEGER NOT NULL,"
                       " PRIMARY KEY (module, id))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS records_modified ON records (module, modified, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS records_created ON records (module, created, id)"),
        // The duplicate check of the unique field (FieldsMetadata::uniqueFields) on every
        // insert; without it, inserting N contacts costs O(N²) (seen seeding the benchmarks).
        QStringLiteral("CREATE INDEX IF NOT EXISTS records_email ON records (module, lower(json_extract(data, '$.\"Email\"')))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS deleted (module TEXT NOT NULL, id INTEGER NOT NULL,"
                       " display_name TEXT, type TEXT NOT NULL, deleted_time INTEGER NOT NULL,"
                       " PRIMARY KEY (module, id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS access_tokens (token TEXT PRIMARY KEY, expiry_ms INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS refresh_tokens (token TEXT PRIMARY KEY, revoked INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS auth_codes (code TEXT PRIMARY KEY, expiry_ms INTEGER NOT NULL,"
                       " redirect_uri TEXT, challenge TEXT, challenge_method TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS page_tokens (token TEXT PRIMARY KEY, module TEXT, sort_by TEXT,"
                       " descending INTEGER, modified_after INTEGER, offset_ INTEGER, last_key INTEGER,"
                       " last_id INTEGER, previous TEXT, expiry INTEGER)"),
    };
    for (const QString &sql : schema) {
        if (!exec(sql, errorMessage))
            return false;
    }
    return true;
}

bool RecordStore::exec(const QString &sql, QString *errorMessage)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    if (errorMessage)
        *errorMessage = QStringLiteral("SQL error in %1: %2").arg(sql, query.lastError().text());
    qWarning("crm-sandbox: %s", qPrintable(query.lastError().text()));
    return false;
}

bool RecordStore::begin() { return m_db.transaction(); }
bool RecordStore::commit() { return m_db.commit(); }
void RecordStore::rollback() { m_db.rollback(); }

QString RecordStore::meta(const QString &key, const QString &fallback) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

void RecordStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    query.exec();
}

qint64 RecordStore::nextId()
{
    const qint64 serial = meta(QStringLiteral("next_serial"), QString::number(FirstSerial)).toLongLong();
    setMeta(QStringLiteral("next_serial"), QString::number(serial + 1));
    return IdBase + serial;
}

qint64 RecordStore::nextStamp()
{
    // Modified_Time has one-second precision (reference §3.1). Handing out strictly
    // increasing seconds means a client that asks "modified after the newest
    // Modified_Time I have seen" can never miss a later write in the same second.
    const qint64 last = meta(QStringLiteral("last_stamp"), QStringLiteral("0")).toLongLong();
    const qint64 stamp = qMax(ZohoTime::nowSecs(), last + 1);
    setMeta(QStringLiteral("last_stamp"), QString::number(stamp));
    return stamp;
}

StoredRecord RecordStore::recordFromRow(const QSqlQuery &query)
{
    StoredRecord record;
    record.module = query.value(0).toString();
    record.id = query.value(1).toLongLong();
    record.fields = QJsonDocument::fromJson(query.value(2).toByteArray()).object();
    record.created = query.value(3).toLongLong();
    record.modified = query.value(4).toLongLong();
    return record;
}

std::optional<StoredRecord> RecordStore::record(const QString &module, qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT module, id, data, created, modified FROM records WHERE module = ? AND id = ?"));
    query.addBindValue(module);
    query.addBindValue(id);
    if (query.exec() && query.next())
        return recordFromRow(query);
    return std::nullopt;
}

void RecordStore::insertRecord(const StoredRecord &record)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO records (module, id, data, created, modified) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(record.module);
    query.addBindValue(record.id);
    query.addBindValue(QString::fromUtf8(QJsonDocument(record.fields).toJson(QJsonDocument::Compact)));
    query.addBindValue(record.created);
    query.addBindValue(record.modified);
    if (!query.exec())
        qWarning("crm-sandbox: insert failed: %s", qPrintable(query.lastError().text()));
}

void RecordStore::updateRecord(const StoredRecord &record)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE records SET data = ?, modified = ? WHERE module = ? AND id = ?"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(record.fields).toJson(QJsonDocument::Compact)));
    query.addBindValue(record.modified);
    query.addBindValue(record.module);
    query.addBindValue(record.id);
    if (!query.exec())
        qWarning("crm-sandbox: update failed: %s", qPrintable(query.lastError().text()));
}

void RecordStore::removeRecord(const QString &module, qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM records WHERE module = ? AND id = ?"));
    query.addBindValue(module);
    query.addBindValue(id);
    query.exec();
}

QList<qint64> RecordStore::findByField(const QString &module, const QString &field,
                                       const QString &value, qint64 excludeId) const
{
    // The path is spelled out, not bound, so that SQLite can match it to records_email's
    // expression; field names are API names (letters, digits, underscores) and nothing else
    // is accepted into the statement.
    static const QRegularExpression apiName(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    if (!apiName.match(field).hasMatch())
        return {};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM records WHERE module = ? AND id <> ?"
                                 " AND lower(json_extract(data, '$.\"%1\"')) = lower(?)")
                      .arg(field));
    query.addBindValue(module);
    query.addBindValue(excludeId);
    query.addBindValue(value);
    QList<qint64> ids;
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    // Sorted here: an ORDER BY id would make SQLite walk the primary key instead.
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 RecordStore::count(const QString &module, qint64 modifiedAfter) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM records WHERE module = ? AND modified > ?"));
    query.addBindValue(module);
    query.addBindValue(modifiedAfter);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 RecordStore::totalCount() const
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT (SELECT count(*) FROM records) + (SELECT count(*) FROM deleted)"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<StoredRecord> RecordStore::list(const ListQuery &q) const
{
    const QString column = sortColumnSql(q.sortColumn);
    const QString order = q.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString sql = QStringLiteral("SELECT module, id, data, created, modified FROM records"
                                 " WHERE module = ? AND modified > ?");
    if (q.keyset)
        sql += QStringLiteral(" AND (%1, id) %2 (?, ?)").arg(column, q.descending ? QStringLiteral("<") : QStringLiteral(">"));
    sql += QStringLiteral(" ORDER BY %1 %2, id %2 LIMIT ? OFFSET ?").arg(column, order);
    QSqlQuery query(m_db);
    query.prepare(sql);
    query.addBindValue(q.module);
    query.addBindValue(q.modifiedAfter);
    if (q.keyset) {
        query.addBindValue(q.lastKey);
        query.addBindValue(q.lastId);
    }
    query.addBindValue(q.limit);
    query.addBindValue(q.keyset ? 0 : q.offset);
    QList<StoredRecord> result;
    if (query.exec()) {
        while (query.next())
            result.append(recordFromRow(query));
    } else {
        qWarning("crm-sandbox: list failed: %s", qPrintable(query.lastError().text()));
    }
    return result;
}

QList<StoredRecord> RecordStore::all(const QString &module) const
{
    ListQuery q;
    q.module = module;
    q.limit = -1;
    return list(q);
}

void RecordStore::addDeleted(const DeletedEntry &entry)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO deleted (module, id, display_name, type, deleted_time)"
                                 " VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(entry.module);
    query.addBindValue(entry.id);
    query.addBindValue(entry.displayName);
    query.addBindValue(entry.type);
    query.addBindValue(entry.deletedTime);
    query.exec();
}

QList<DeletedEntry> RecordStore::deleted(const QString &module, const QString &type,
                                         qint64 deletedAfter, qint64 offset, int limit) const
{
    QString sql = QStringLiteral("SELECT module, id, display_name, type, deleted_time FROM deleted"
                                 " WHERE module = ? AND deleted_time > ?");
    if (type != QLatin1String("all"))
        sql += QStringLiteral(" AND type = ?");
    sql += QStringLiteral(" ORDER BY deleted_time DESC, id DESC LIMIT ? OFFSET ?");
    QSqlQuery query(m_db);
    query.prepare(sql);
    query.addBindValue(module);
    query.addBindValue(deletedAfter);
    if (type != QLatin1String("all"))
        query.addBindValue(type);
    query.addBindValue(limit);
    query.addBindValue(offset);
    QList<DeletedEntry> result;
    if (query.exec()) {
        while (query.next()) {
            result.append(DeletedEntry{query.value(1).toLongLong(), query.value(0).toString(),
                                       query.value(2).toString(), query.value(3).toString(),
                                       query.value(4).toLongLong()});
        }
    }
    return result;
}

void RecordStore::makeDeletedPermanent()
{
    exec(QStringLiteral("UPDATE deleted SET type = 'permanent'"));
}

void RecordStore::savePageToken(const PageTokenState &s)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO page_tokens (token, module, sort_by, descending,"
                                 " modified_after, offset_, last_key, last_id, previous, expiry)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(s.token), QVariant(s.module), QVariant(s.sortBy), QVariant(s.descending ? 1 : 0),
                              QVariant(s.modifiedAfter), QVariant(s.offset), QVariant(s.lastKey),
                              QVariant(s.lastId), QVariant(s.previousToken), QVariant(s.expiry)})
        query.addBindValue(v);
    query.exec();
}

std::optional<PageTokenState> RecordStore::pageToken(const QString &token) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT token, module, sort_by, descending, modified_after, offset_, last_key,"
                                 " last_id, previous, expiry FROM page_tokens WHERE token = ?"));
    query.addBindValue(token);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return PageTokenState{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toInt() != 0, query.value(4).toLongLong(), query.value(5).toLongLong(),
                          query.value(6).toLongLong(), query.value(7).toLongLong(), query.value(8).toString(),
                          query.value(9).toLongLong()};
}

} // namespace crmsandbox
