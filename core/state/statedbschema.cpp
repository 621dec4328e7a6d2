// SPDX-License-Identifier: GPL-3.0-or-later
#include "statedbschema.h"

#include "statedberror.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace crmsync {

namespace {

// Text columns default to '' rather than NULL so that "no id yet" has one spelling and
// the partial unique indexes below can skip it. Times are ISO 8601 UTC text, JSON is
// compact text: both stay readable with the sqlite3 shell when a user needs help.
const char *const s_version1[] = {
    "CREATE TABLE links ("
    " id INTEGER PRIMARY KEY,"
    " profile TEXT NOT NULL,"
    " crm_id TEXT NOT NULL DEFAULT '',"
    " crm_version TEXT NOT NULL DEFAULT '',"
    " remote_id TEXT NOT NULL DEFAULT '',"
    " remote_version TEXT NOT NULL DEFAULT '',"
    " uid TEXT NOT NULL DEFAULT '',"
    " base TEXT NOT NULL DEFAULT '{}',"
    " base_hash BLOB,"
    " synced_at TEXT NOT NULL DEFAULT '')",
    // One link per CRM record and per remote item within a profile; a half-made link
    // (one side still empty) does not block another.
    "CREATE UNIQUE INDEX links_crm ON links(profile, crm_id) WHERE crm_id <> ''",
    "CREATE UNIQUE INDEX links_remote ON links(profile, remote_id) WHERE remote_id <> ''",
    "CREATE TABLE tokens ("
    " profile TEXT NOT NULL,"
    " side TEXT NOT NULL CHECK (side IN ('crm', 'remote')),"
    " token TEXT NOT NULL,"
    " PRIMARY KEY (profile, side))",
    "CREATE TABLE create_intents ("
    " id INTEGER PRIMARY KEY,"
    " profile TEXT NOT NULL,"
    " target TEXT NOT NULL CHECK (target IN ('crm', 'remote')),"
    " source_id TEXT NOT NULL DEFAULT '',"
    " suggested_id TEXT NOT NULL DEFAULT '',"
    " created_at TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX create_intents_profile ON create_intents(profile)",
};

const char *const s_version2[] = {
    "CREATE TABLE journal ("
    " id INTEGER PRIMARY KEY,"
    " profile TEXT NOT NULL,"
    " time TEXT NOT NULL DEFAULT '',"
    " crm_id TEXT NOT NULL DEFAULT '',"
    " remote_id TEXT NOT NULL DEFAULT '',"
    " losing_side TEXT NOT NULL CHECK (losing_side IN ('crm', 'remote')),"
    " losing TEXT NOT NULL DEFAULT '{}',"
    " winning TEXT NOT NULL DEFAULT '{}',"
    " losing_raw BLOB,"
    " reason TEXT NOT NULL DEFAULT '',"
    " restored INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX journal_profile ON journal(profile, id)",
    "CREATE TABLE runs ("
    " id INTEGER PRIMARY KEY,"
    " profile TEXT NOT NULL,"
    " started_at TEXT NOT NULL DEFAULT '',"
    " finished_at TEXT NOT NULL DEFAULT '',"
    " report TEXT NOT NULL DEFAULT '{}')",
    "CREATE INDEX runs_profile ON runs(profile, id)",
    "CREATE TABLE profile_values ("
    " profile TEXT NOT NULL,"
    " key TEXT NOT NULL,"
    " value TEXT NOT NULL,"
    " PRIMARY KEY (profile, key))",
};

// The outbox (docs/offline.md): changes made while the CRM may be out of reach, in the
// order they were made. client_ref names a create so a retry can find an earlier try.
const char *const s_version3[] = {
    "CREATE TABLE outbox ("
    " id INTEGER PRIMARY KEY,"
    " profile TEXT NOT NULL,"
    " op TEXT NOT NULL CHECK (op IN ('create', 'edit')),"
    " crm_id TEXT NOT NULL DEFAULT '',"
    " fields TEXT NOT NULL DEFAULT '{}',"
    " base TEXT NOT NULL DEFAULT '{}',"
    " base_version TEXT NOT NULL DEFAULT '',"
    " state TEXT NOT NULL DEFAULT 'waiting'"
    "  CHECK (state IN ('waiting', 'sending', 'deferred', 'done', 'failed')),"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " last_error TEXT NOT NULL DEFAULT '',"
    " created_at TEXT NOT NULL DEFAULT '',"
    " updated_at TEXT NOT NULL DEFAULT '',"
    " client_ref TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX outbox_profile ON outbox(profile, id)",
    "CREATE UNIQUE INDEX outbox_client_ref ON outbox(client_ref) WHERE client_ref <> ''",
};

// The journal keeps deletions too (docs/sync-model.md "The journal"): what kind an entry
// is, and the UID of the pair so that a restore re-creates the item under it. The index
// serves the cumulative deletion guard's count of the last 24 hours.
const char *const s_version4[] = {
    "ALTER TABLE journal ADD COLUMN kind TEXT NOT NULL DEFAULT 'conflict'"
    " CHECK (kind IN ('conflict', 'deleted-on-crm', 'deleted-on-remote'))",
    "ALTER TABLE journal ADD COLUMN uid TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX journal_deletions ON journal(profile, kind, time)",
};

template<std::size_t N>
QStringList toList(const char *const (&statements)[N])
{
    QStringList list;
    for (const char *s : statements)
        list << QString::fromLatin1(s);
    return list;
}

Error migrationError(const QSqlError &e, int version, const QString &path)
{
    return StateDbError::fromSql(
        e, QCoreApplication::translate("StateDb", "upgrade the sync state to schema version %1").arg(version), path);
}

} // namespace

int StateDbSchema::latestVersion()
{
    return 4;
}

QStringList StateDbSchema::step(int version)
{
    switch (version) {
    case 1: return toList(s_version1);
    case 2: return toList(s_version2);
    case 3: return toList(s_version3);
    case 4: return toList(s_version4);
    }
    return {};
}

Result<int> StateDbSchema::migrate(QSqlDatabase &db, const QString &path)
{
    const int latest = latestVersion();
    for (;;) {
        QSqlQuery q(db);
        // IMMEDIATE takes the write lock before reading the version: two processes opening
        // the same old file cannot both run a step.
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return StateDbError::fromSql(q.lastError(), QCoreApplication::translate("StateDb", "open the sync state"), path);
        auto rollback = [&db] { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); };
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            const Error e = StateDbError::fromSql(q.lastError(), QCoreApplication::translate("StateDb", "read the schema version"), path);
            rollback();
            return e;
        }
        const int current = q.value(0).toInt();
        q.finish();
        if (current > latest) {
            rollback();
            return Error::make(Error::Category::Storage,
                               QCoreApplication::translate("StateDb", "The sync state %1 was written by a newer version of CRM Sync (schema %2, this version knows up to %3).")
                                   .arg(QDir::toNativeSeparators(path)).arg(current).arg(latest));
        }
        if (current == latest) {
            // Rewriting the version is a real write: on a read-only file it fails here with
            // SQLITE_READONLY (BEGIN IMMEDIATE alone does not in WAL mode), so the user
            // hears about it now rather than at the end of the first sync.
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(latest)) || !q.exec(QStringLiteral("COMMIT"))) {
                const Error e = StateDbError::fromSql(q.lastError(), QCoreApplication::translate("StateDb", "open the sync state"), path);
                rollback();
                return e;
            }
            return latest;
        }
        const int next = current + 1;
        QStringList statements = step(next);
        statements << QStringLiteral("PRAGMA user_version = %1").arg(next);
        for (const QString &sql : std::as_const(statements)) {
            if (!q.exec(sql)) {
                const Error e = migrationError(q.lastError(), next, path);
                rollback();
                return e;
            }
        }
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const Error e = migrationError(q.lastError(), next, path);
            rollback();
            return e;
        }
    }
}

} // namespace crmsync
