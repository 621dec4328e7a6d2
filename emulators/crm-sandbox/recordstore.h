// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace crmsandbox {

//! One CRM record as stored: field values keyed by API name, times in epoch seconds.
struct StoredRecord
{
    qint64 id = 0;
    QString module;
    QJsonObject fields;
    qint64 created = 0;
    qint64 modified = 0;
};

//! One entry of the deleted-records list (reference/zoho-crm-api.md §2.6).
struct DeletedEntry
{
    qint64 id = 0;
    QString module;
    QString displayName;
    QString type; // "recycle" or "permanent"
    qint64 deletedTime = 0;
};

//! Server-side state behind an opaque `page_token` (reference §2.1).
struct PageTokenState
{
    QString token;
    QString module;
    QString sortBy;
    bool descending = true;
    qint64 modifiedAfter = -1;
    qint64 offset = 0; // records before the page this token opens
    qint64 lastKey = 0;
    qint64 lastId = 0;
    QString previousToken;
    qint64 expiry = 0;
};

//! A keyset or offset query over one module's records.
struct ListQuery
{
    QString module;
    QString sortColumn = QStringLiteral("id"); // id | created | modified
    bool descending = true;
    qint64 modifiedAfter = -1;
    qint64 offset = 0;
    int limit = 200;
    bool keyset = false;
    qint64 lastKey = 0;
    qint64 lastId = 0;
};

/*!
 * \brief The sandbox's SQLite state under `--data DIR`: records, the
 * deleted-records log, page tokens and counters (OAuth tokens: TokenStore).
 * Survives restarts.
 */
class RecordStore
{
public:
    RecordStore();
    ~RecordStore();
    RecordStore(const RecordStore &) = delete;
    RecordStore &operator=(const RecordStore &) = delete;

    bool open(const QString &dir, QString *errorMessage);
    //! The connection, shared with TokenStore (same file, same transactions).
    QSqlDatabase database() const { return m_db; }

    bool begin();
    bool commit();
    void rollback();

    QString meta(const QString &key, const QString &fallback = {}) const;
    void setMeta(const QString &key, const QString &value);
    //! A fresh 19-digit record id (reference §2.1: ids are ~19-digit numeric strings).
    qint64 nextId();
    //! A write time strictly later than every earlier one: max(now, last + 1 s).
    qint64 nextStamp();

    std::optional<StoredRecord> record(const QString &module, qint64 id) const;
    void insertRecord(const StoredRecord &record);
    void updateRecord(const StoredRecord &record);
    void removeRecord(const QString &module, qint64 id);
    //! Ids whose field equals value (case-insensitively for strings), excluding one id.
    QList<qint64> findByField(const QString &module, const QString &field,
                              const QString &value, qint64 excludeId = 0) const;
    qint64 count(const QString &module, qint64 modifiedAfter = -1) const;
    qint64 totalCount() const;
    QList<StoredRecord> list(const ListQuery &query) const;
    QList<StoredRecord> all(const QString &module) const;

    void addDeleted(const DeletedEntry &entry);
    QList<DeletedEntry> deleted(const QString &module, const QString &type,
                                qint64 deletedAfter, qint64 offset, int limit) const;
    void makeDeletedPermanent();

    void savePageToken(const PageTokenState &state);
    std::optional<PageTokenState> pageToken(const QString &token) const;

private:
    bool exec(const QString &sql, QString *errorMessage = nullptr);
    static StoredRecord recordFromRow(const class QSqlQuery &query);

    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace crmsandbox
