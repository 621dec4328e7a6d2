// SPDX-License-Identifier: GPL-3.0-or-later
#include "statedb.h"

#include "faultinjection.h"
#include "statedberror.h"
#include "statedbrow.h"
#include "statedbschema.h"
#include "util/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace crmsync {

namespace {

QString uniqueConnectionName()
{
    // Counter, not the pointer: an address can be reused after a delete, while QtSql
    // may still hold the old name until removeDatabase() ran.
    static std::atomic<quint64> counter{0};
    return QStringLiteral("crmsync.statedb.%1").arg(++counter);
}

} // namespace

StateDb::StateDb(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{
}

StateDb::~StateDb()
{
    if (m_inTransaction)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    m_db.close();
    // removeDatabase() warns and leaks unless no QSqlDatabase copy is left alive.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<StateDb>> StateDb::open(const QString &path)
{
    const QString opening = tr("open the sync state");
    if (path.isEmpty())
        return Error::make(Error::Category::Config, tr("No file name was given for the sync state."));

    std::unique_ptr<StateDb> db(new StateDb(path, uniqueConnectionName()));
    // From here on, the destructor removes the connection whatever fails.
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (!db->m_db.isValid()) {
        return Error::make(Error::Category::Config,
                           tr("Cannot open the sync state %1: the SQLite driver of Qt (QSQLITE) is not installed.")
                               .arg(QDir::toNativeSeparators(path)));
    }
    // Customer data, journal copies and outbox payloads: the folder 0700 and the database
    // files 0600 whatever the umask; wider ones left by older versions are tightened
    // (docs/state-db.md "File permissions"). The database file is created here with 0600
    // because SQLite gives its -wal and -shm files the database file's mode.
    // Callers create the folder (PrivateFiles::makeFolder); a missing or read-only one is
    // reported by SQLite's open below, in its own words.
    if (const QFileInfo folder(QFileInfo(path).absolutePath()); folder.isDir()) {
        PrivateFiles::tighten(folder.absoluteFilePath());
        PrivateFiles::tightenWithCompanions(path);
        PrivateFiles::makeFile(path);
    }
    db->m_db.setDatabaseName(path);
    // Another CRM Sync process (CLI next to the app) may hold the write lock for a moment.
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open())
        return StateDbError::fromSql(db->m_db.lastError(), opening, path);

    // WAL: readers (the dashboard) never block the engine's writes, and a commit appends
    // to the log instead of rewriting pages. synchronous=FULL: each commit is fsync'ed,
    // so what the engine committed after a remote write survives a power cut too
    // (docs/state-db.md "Durability").
    auto journalMode = db->exec(QStringLiteral("PRAGMA journal_mode = WAL"), {}, opening);
    if (!journalMode)
        return journalMode.error();
    if (!journalMode.value().next()
        || journalMode.value().value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return Error::make(Error::Category::Storage,
                           tr("Could not open the sync state in %1: the file system does not support SQLite's write-ahead log.")
                               .arg(QDir::toNativeSeparators(path)));
    }
    journalMode.value().finish();
    // Per connection, not stored in the file: set on every open.
    if (auto r = db->exec(QStringLiteral("PRAGMA synchronous = FULL"), {}, opening); !r)
        return r.error();

    const Result<int> version = StateDbSchema::migrate(db->m_db, path);
    if (!version)
        return version.error();
    if (const int room = FaultInjection::stateRoomPages(); room > 0) {
        // The disk-full tests: SQLite answers SQLITE_FULL once the file would outgrow this.
        auto pages = db->exec(QStringLiteral("PRAGMA page_count"), {}, opening);
        if (pages && pages.value().next()) {
            const qint64 limit = pages.value().value(0).toLongLong() + room;
            pages.value().finish();
            db->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(limit), {}, opening);
        }
    }
    db->m_schemaVersion = *version;
    return db;
}

int StateDb::latestSchemaVersion()
{
    return StateDbSchema::latestVersion();
}

int StateDb::schemaVersion() const
{
    return m_schemaVersion;
}

QString StateDb::path() const
{
    return m_path;
}

QString StateDb::connectionName() const
{
    return m_connectionName;
}

Result<QSqlQuery> StateDb::exec(const QString &sql, const QVariantList &values, const QString &action) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return StateDbError::fromSql(q.lastError(), action, m_path);
    for (const QVariant &v : values) {
        // QtSql binds a null QString as SQL NULL, which the NOT NULL text columns refuse;
        // "no value" is spelled '' in this schema.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec())
        return StateDbError::fromSql(q.lastError(), action, m_path);
    return q;
}

Result<QSqlQuery> StateDb::write(const QString &sql, const QVariantList &values, const QString &action)
{
    Result<QSqlQuery> r = exec(sql, values, action);
    if (r) {
        wrote();
    } else if (m_inTransaction) {
        // After SQLITE_FULL, IOERR or BUSY SQLite may already have rolled back on its own
        // (sqlite.org/lang_transaction.html), and later writes would then commit one by
        // one behind the caller's back. Roll back for certain: the batch is all or nothing.
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_inTransaction = false;
        m_pendingWrites = 0;
    }
    return r;
}

void StateDb::wrote()
{
    // Outside begin()/commit() the statement was its own transaction and is durable now;
    // inside, nothing is durable before commit(), which counts once.
    if (m_inTransaction)
        ++m_pendingWrites;
    else
        FaultInjection::afterWrite();
}

Status StateDb::requireRow(const Result<QSqlQuery> &result, const QString &what, qint64 id) const
{
    if (!result)
        return result.error();
    if (result->numRowsAffected() == 0)
        return StateDbError::notFound(what, id, m_path);
    return success();
}

Status StateDb::begin()
{
    if (m_inTransaction) {
        return Error::make(Error::Category::Storage,
                           tr("A transaction on the sync state %1 is already open.").arg(QDir::toNativeSeparators(m_path)));
    }
    // IMMEDIATE: take the write lock now rather than fail with SQLITE_BUSY halfway through.
    auto r = exec(QStringLiteral("BEGIN IMMEDIATE"), {}, tr("start a transaction"));
    if (!r)
        return r.error();
    m_inTransaction = true;
    m_pendingWrites = 0;
    return success();
}

Status StateDb::commit()
{
    if (!m_inTransaction) {
        return Error::make(Error::Category::Storage,
                           tr("No transaction on the sync state %1 is open to commit.").arg(QDir::toNativeSeparators(m_path)));
    }
    auto r = exec(QStringLiteral("COMMIT"), {}, tr("save the changes"));
    if (!r)
        return r.error();   // Still open: the caller may retry or roll back.
    m_inTransaction = false;
    const bool wroteSomething = m_pendingWrites > 0;
    m_pendingWrites = 0;
    if (wroteSomething)
        FaultInjection::afterWrite();
    return success();
}

Status StateDb::rollback()
{
    if (!m_inTransaction)
        return success();
    m_inTransaction = false;
    m_pendingWrites = 0;
    auto r = exec(QStringLiteral("ROLLBACK"), {}, tr("discard the changes"));
    if (!r)
        return r.error();
    return success();
}

bool StateDb::inTransaction() const
{
    return m_inTransaction;
}

Status StateDb::atomically(const std::function<Status()> &work)
{
    if (m_inTransaction)
        return work();
    if (Status s = begin(); !s)
        return s;
    Status s = work();
    if (!s) {
        rollback();
        return s;
    }
    s = commit();
    if (!s)
        rollback();
    return s;
}

Result<QList<Link>> StateDb::links(const QString &profile) const
{
    auto q = exec(QStringLiteral("SELECT %1 FROM links WHERE profile = ? ORDER BY id").arg(StateDbRow::linkColumns()),
                  {profile}, tr("read the links of profile %1").arg(profile));
    if (!q)
        return q.error();
    QList<Link> result;
    while (q.value().next()) {
        Result<Link> link = StateDbRow::link(q.value(), m_path);
        if (!link)
            return link.error();
        result << *link;
    }
    return result;
}

Result<Link> StateDb::insertLink(const QString &profile, Link link)
{
    QVariantList values = StateDbRow::linkValues(link);
    values.prepend(profile);
    auto q = write(QStringLiteral("INSERT INTO links (profile, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(StateDbRow::linkColumns(false)),
                   values, tr("save the link of CRM record \"%1\"").arg(link.crmId));
    if (!q)
        return q.error();
    link.rowId = q->lastInsertId().toLongLong();
    return link;
}

Status StateDb::updateLink(const QString &profile, const Link &link)
{
    QVariantList values = StateDbRow::linkValues(link);
    values << link.rowId << profile;
    auto q = write(QStringLiteral("UPDATE links SET crm_id = ?, crm_version = ?, remote_id = ?, remote_version = ?,"
                                  " uid = ?, base = ?, base_hash = ?, synced_at = ? WHERE id = ? AND profile = ?"),
                   values, tr("update the link of CRM record \"%1\"").arg(link.crmId));
    return requireRow(q, tr("link"), link.rowId);
}

Status StateDb::removeLink(const QString &profile, qint64 rowId)
{
    auto q = write(QStringLiteral("DELETE FROM links WHERE id = ? AND profile = ?"), {rowId, profile},
                   tr("remove link %1").arg(rowId));
    return q ? success() : Status(q.error());
}

Status StateDb::removeProfile(const QString &profile)
{
    return atomically([&]() -> Status {
        for (const char *table : {"links", "tokens", "create_intents", "journal", "runs", "profile_values"}) {
            auto q = write(QStringLiteral("DELETE FROM %1 WHERE profile = ?").arg(QLatin1String(table)), {profile},
                           tr("remove the state of profile %1").arg(profile));
            if (!q)
                return q.error();
        }
        return success();
    });
}

Result<QString> StateDb::token(const QString &profile, Side side) const
{
    auto q = exec(QStringLiteral("SELECT token FROM tokens WHERE profile = ? AND side = ?"),
                  {profile, sideName(side)}, tr("read the sync token of profile %1").arg(profile));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Status StateDb::setToken(const QString &profile, Side side, const QString &token)
{
    const QString action = tr("save the sync token of profile %1").arg(profile);
    auto q = token.isEmpty()
        ? write(QStringLiteral("DELETE FROM tokens WHERE profile = ? AND side = ?"), {profile, sideName(side)}, action)
        : write(QStringLiteral("INSERT OR REPLACE INTO tokens (profile, side, token) VALUES (?, ?, ?)"),
                {profile, sideName(side), token}, action);
    return q ? success() : Status(q.error());
}

Status StateDb::clearTokens(const QString &profile)
{
    auto q = write(QStringLiteral("DELETE FROM tokens WHERE profile = ?"), {profile},
                   tr("remove the sync tokens of profile %1").arg(profile));
    return q ? success() : Status(q.error());
}

Result<QString> StateDb::profileValue(const QString &profile, const QString &key) const
{
    auto q = exec(QStringLiteral("SELECT value FROM profile_values WHERE profile = ? AND key = ?"), {profile, key},
                  tr("read setting \"%1\" of profile %2").arg(key, profile));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Status StateDb::setProfileValue(const QString &profile, const QString &key, const QString &value)
{
    auto q = write(QStringLiteral("INSERT OR REPLACE INTO profile_values (profile, key, value) VALUES (?, ?, ?)"),
                   {profile, key, value}, tr("save setting \"%1\" of profile %2").arg(key, profile));
    return q ? success() : Status(q.error());
}

} // namespace crmsync
