// SPDX-License-Identifier: GPL-3.0-or-later
// StateDb's migrations and its error messages for files it cannot use.
#include "state/statedb.h"
#include "state/statedbschema.h"
#include "statedbtestdata.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace crmsync;
using namespace crmsync::test;

namespace {

const QString P = QStringLiteral("contacts");

template<typename T>
Status toStatus(const Result<T> &r)
{
    return r.ok() ? success() : Status(r.error());
}

/*!
 * Builds a file as an older release left it. The SQL is written out here on purpose
 * rather than taken from StateDbSchema: a step edited after release would then fail
 * this test instead of silently changing what old files are assumed to contain.
 */
bool writeOldDatabase(const QString &path, int version, const QStringList &extra = {})
{
    QStringList sql;
    if (version >= 1) {
        sql << QStringLiteral("CREATE TABLE links (id INTEGER PRIMARY KEY, profile TEXT NOT NULL,"
                              " crm_id TEXT NOT NULL DEFAULT '', crm_version TEXT NOT NULL DEFAULT '',"
                              " remote_id TEXT NOT NULL DEFAULT '', remote_version TEXT NOT NULL DEFAULT '',"
                              " uid TEXT NOT NULL DEFAULT '', base TEXT NOT NULL DEFAULT '{}', base_hash BLOB,"
                              " synced_at TEXT NOT NULL DEFAULT '')")
            << QStringLiteral("CREATE UNIQUE INDEX links_crm ON links(profile, crm_id) WHERE crm_id <> ''")
            << QStringLiteral("CREATE UNIQUE INDEX links_remote ON links(profile, remote_id) WHERE remote_id <> ''")
            << QStringLiteral("CREATE TABLE tokens (profile TEXT NOT NULL, side TEXT NOT NULL"
                              " CHECK (side IN ('crm', 'remote')), token TEXT NOT NULL, PRIMARY KEY (profile, side))")
            << QStringLiteral("CREATE TABLE create_intents (id INTEGER PRIMARY KEY, profile TEXT NOT NULL,"
                              " target TEXT NOT NULL CHECK (target IN ('crm', 'remote')), source_id TEXT NOT NULL DEFAULT '',"
                              " suggested_id TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL DEFAULT '')")
            << QStringLiteral("CREATE INDEX create_intents_profile ON create_intents(profile)")
            << QStringLiteral("INSERT INTO links (profile, crm_id, crm_version, remote_id, remote_version, uid, base,"
                              " base_hash, synced_at) VALUES ('contacts', '41500001', '2026-01-01T00:00:00+00:00',"
                              " '/dav/a.vcf', '\"e1\"', 'uid-a', '{\"Last_Name\":\"Müller\"}', x'00ff',"
                              " '2026-01-02T03:04:05.006Z')")
            << QStringLiteral("INSERT INTO tokens VALUES ('contacts', 'remote', 'sync-token-7')")
            << QStringLiteral("INSERT INTO create_intents (profile, target, source_id, suggested_id, created_at)"
                              " VALUES ('contacts', 'remote', '41500002', 'crm-41500002.vcf', '2026-01-02T03:04:05.000Z')");
    }
    if (version >= 2) {
        sql << QStringLiteral("CREATE TABLE journal (id INTEGER PRIMARY KEY, profile TEXT NOT NULL, time TEXT NOT NULL DEFAULT '',"
                              " crm_id TEXT NOT NULL DEFAULT '', remote_id TEXT NOT NULL DEFAULT '',"
                              " losing_side TEXT NOT NULL CHECK (losing_side IN ('crm', 'remote')),"
                              " losing TEXT NOT NULL DEFAULT '{}', winning TEXT NOT NULL DEFAULT '{}', losing_raw BLOB,"
                              " reason TEXT NOT NULL DEFAULT '', restored INTEGER NOT NULL DEFAULT 0)")
            << QStringLiteral("CREATE INDEX journal_profile ON journal(profile, id)")
            << QStringLiteral("CREATE TABLE runs (id INTEGER PRIMARY KEY, profile TEXT NOT NULL,"
                              " started_at TEXT NOT NULL DEFAULT '', finished_at TEXT NOT NULL DEFAULT '',"
                              " report TEXT NOT NULL DEFAULT '{}')")
            << QStringLiteral("CREATE INDEX runs_profile ON runs(profile, id)")
            << QStringLiteral("CREATE TABLE profile_values (profile TEXT NOT NULL, key TEXT NOT NULL,"
                              " value TEXT NOT NULL, PRIMARY KEY (profile, key))")
            << QStringLiteral("INSERT INTO journal (profile, time, crm_id, losing_side, losing, reason)"
                              " VALUES ('contacts', '2026-01-03T00:00:00.000Z', '41500001', 'remote',"
                              " '{\"Title\":\"Old\"}', 'crm-wins')")
            << QStringLiteral("INSERT INTO profile_values VALUES ('contacts', 'fieldmap', 'abc')");
    }
    if (version >= 3) {
        sql << QStringLiteral("CREATE TABLE outbox (id INTEGER PRIMARY KEY, profile TEXT NOT NULL,"
                              " op TEXT NOT NULL CHECK (op IN ('create', 'edit')), crm_id TEXT NOT NULL DEFAULT '',"
                              " fields TEXT NOT NULL DEFAULT '{}', base TEXT NOT NULL DEFAULT '{}',"
                              " base_version TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT 'waiting'"
                              "  CHECK (state IN ('waiting', 'sending', 'deferred', 'done', 'failed')),"
                              " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '',"
                              " created_at TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '',"
                              " client_ref TEXT NOT NULL DEFAULT '')")
            << QStringLiteral("CREATE INDEX outbox_profile ON outbox(profile, id)")
            << QStringLiteral("CREATE UNIQUE INDEX outbox_client_ref ON outbox(client_ref) WHERE client_ref <> ''")
            << QStringLiteral("INSERT INTO outbox (profile, op, fields, client_ref) VALUES"
                              " ('contacts', 'create', '{\"Last_Name\":\"Neu\"}', 'ref-1')");
    }
    sql << extra << QStringLiteral("PRAGMA user_version = %1").arg(version);

    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : std::as_const(sql)) {
            if (ok && !q.exec(statement)) {
                qWarning() << statement << q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    return ok;
}

} // namespace

class TestStateDbSchema : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void stepsAreDefined();
    void migratesFromEachVersion_data();
    void migratesFromEachVersion();
    void failedStepLeavesTheOldVersion();
    void newerFileIsRefused();
    void openErrors_data();
    void openErrors();
    void readOnlyFiles_data();
    void readOnlyFiles();
    void readOnlyConnection_data();
    void readOnlyConnection();
    void diskFull();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("state.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStateDbSchema::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStateDbSchema::cleanup()
{
    m_dir.reset();
}

void TestStateDbSchema::stepsAreDefined()
{
    QVERIFY(StateDb::latestSchemaVersion() >= 2);
    for (int v = 1; v <= StateDb::latestSchemaVersion(); ++v)
        QVERIFY2(!StateDbSchema::step(v).isEmpty(), qPrintable(QString::number(v)));
    QVERIFY(StateDbSchema::step(StateDb::latestSchemaVersion() + 1).isEmpty());
}

void TestStateDbSchema::migratesFromEachVersion_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<bool>("emptyFile");
    QTest::newRow("no file") << 0 << false;
    QTest::newRow("empty file") << 0 << true;
    QTest::newRow("version 1 with data") << 1 << false;
    QTest::newRow("version 2 with data") << 2 << false;
    QTest::newRow("version 3 with data") << 3 << false;
    QTest::newRow("latest") << StateDb::latestSchemaVersion() << false;
}

void TestStateDbSchema::migratesFromEachVersion()
{
    QFETCH(int, from);
    QFETCH(bool, emptyFile);
    if (emptyFile) {
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (from == StateDb::latestSchemaVersion()) {
        QVERIFY(StateDb::open(dbPath()).ok());   // made by this very version
    } else if (from > 0) {
        QVERIFY(writeOldDatabase(dbPath(), from));
    }

    auto opened = StateDb::open(dbPath());
    QVERIFY2(opened.ok(), qPrintable(opened.error().userMessage));
    StateDb &db = *opened.value();
    QCOMPARE(db.schemaVersion(), StateDb::latestSchemaVersion());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), StateDb::latestSchemaVersion());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));

    if (from == 2 || from == 3) {
        // Version 2's journal and values survive the steps to the outbox schema (v3) and to
        // the journal of deletions (v4): an old entry reads as a conflict without a UID.
        QCOMPARE(db.journal(P)->size(), 1);
        QCOMPARE(db.journal(P)->first().losing.value(QStringLiteral("Title")).toString(), QStringLiteral("Old"));
        QCOMPARE(db.journal(P)->first().kind, JournalEntry::Kind::Conflict);
        QCOMPARE(db.journal(P)->first().uid, QString());
        QCOMPARE(db.profileValue(P, QStringLiteral("fieldmap")).value(), QStringLiteral("abc"));
        QCOMPARE(db.outboxEntries()->size(), from == 3 ? 1 : 0);
    }
    if (from >= 1 && from < StateDb::latestSchemaVersion()) {
        // Everything version 1 held is still there and reads as before.
        const QList<Link> links = db.links(P).value();
        QCOMPARE(links.size(), 1);
        QCOMPARE(links[0].crmId, QStringLiteral("41500001"));
        QCOMPARE(links[0].remoteVersion, QStringLiteral("\"e1\""));
        QCOMPARE(links[0].base.value(QStringLiteral("Last_Name")).toString(), QStringLiteral("Müller"));
        QCOMPARE(links[0].baseHash, QByteArray("\x00\xff", 2));
        QCOMPARE(links[0].syncedAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC));
        QCOMPARE(db.token(P, Side::Remote).value(), QStringLiteral("sync-token-7"));
        QCOMPARE(db.intents(P)->size(), 1);
        QCOMPARE(db.intents(P)->first().suggestedId, QStringLiteral("crm-41500002.vcf"));
    }
    // Whatever the start, every table of the latest schema works.
    QVERIFY(db.insertLink(P, sampleLink(7)).ok());
    QVERIFY(db.setToken(P, Side::Crm, QStringLiteral("t")).ok());
    QVERIFY(db.addIntent(P, CreateIntent{}).ok());
    QVERIFY(db.addJournalEntry(P, JournalEntry{}).ok());
    QVERIFY(db.addRun(P, RunRecord{}).ok());
    QVERIFY(db.setProfileValue(P, QStringLiteral("k"), QStringLiteral("v")).ok());
    QVERIFY(db.addOutboxEntry(OutboxEntry{}).ok());
    QCOMPARE(db.outboxEntries()->size(), from == 3 ? 2 : 1);
    QCOMPARE(db.journal(P)->size(), from == 2 || from == 3 ? 2 : 1);
    QCOMPARE(db.runs(P)->size(), 1);
    QCOMPARE(db.profileValue(P, QStringLiteral("k")).value(), QStringLiteral("v"));
}

void TestStateDbSchema::failedStepLeavesTheOldVersion()
{
    // A version 1 file with a stray "runs" table: step 2 fails halfway through.
    QVERIFY(writeOldDatabase(dbPath(), 1, {QStringLiteral("CREATE TABLE runs (x)")}));
    auto opened = StateDb::open(dbPath());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().category, Error::Category::Storage);
    QVERIFY2(opened.error().userMessage.contains(dbPath()), qPrintable(opened.error().userMessage));
    QVERIFY2(opened.error().userMessage.contains(QLatin1String("upgrade the sync state to schema version 2")), qPrintable(opened.error().userMessage));

    // The step's transaction was rolled back: still version 1, no half of version 2.
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    raw.setDatabaseName(dbPath());
    QVERIFY(raw.open());
    QSqlQuery q(raw);
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'journal'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM links")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    q = QSqlQuery();
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestStateDbSchema::newerFileIsRefused()
{
    const int newer = StateDb::latestSchemaVersion() + 1;
    QVERIFY(writeOldDatabase(dbPath(), newer));
    auto opened = StateDb::open(dbPath());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().userMessage.contains(dbPath()), qPrintable(opened.error().userMessage));
    QVERIFY2(opened.error().userMessage.contains(QLatin1String("newer version")), qPrintable(opened.error().userMessage));
    QVERIFY(QSqlDatabase::connectionNames().isEmpty());   // the failed open cleaned up
}

void TestStateDbSchema::openErrors_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("folder missing") << QStringLiteral("missing/state.db") << QByteArray()
                                    << QStringLiteral("cannot be accessed");
    QTest::newRow("not a database") << QStringLiteral("state.db")
                                    << QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\n").repeated(200)
                                    << QStringLiteral("not a CRM Sync state database");
}

void TestStateDbSchema::openErrors()
{
    QFETCH(QString, relativePath);
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString path = m_dir->filePath(relativePath);
    if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    auto opened = StateDb::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().category, Error::Category::Storage);
    QVERIFY2(opened.error().userMessage.contains(path), qPrintable(opened.error().userMessage));
    QVERIFY2(opened.error().userMessage.contains(reason), qPrintable(opened.error().userMessage));
    QVERIFY(QSqlDatabase::connectionNames().isEmpty());
}

void TestStateDbSchema::readOnlyFiles_data()
{
    QTest::addColumn<bool>("existing");
    QTest::addColumn<QFile::Permissions>("filePermissions");
    QTest::addColumn<QFile::Permissions>("folderPermissions");
    QTest::addColumn<QString>("reason");
    const QFile::Permissions rw = QFile::ReadOwner | QFile::WriteOwner;
    const QFile::Permissions rwx = rw | QFile::ExeOwner;
    const QFile::Permissions rx = QFile::ReadOwner | QFile::ExeOwner;
    QTest::newRow("read-only file") << true << QFile::Permissions(QFile::ReadOwner) << rwx << QStringLiteral("read-only");
    QTest::newRow("read-only folder, new file") << false << rw << rx << QStringLiteral("cannot be accessed");
    QTest::newRow("read-only folder, existing file") << true << rw << rx << QStringLiteral("read-only");
}

void TestStateDbSchema::readOnlyFiles()
{
    QFETCH(bool, existing);
    QFETCH(QFile::Permissions, filePermissions);
    QFETCH(QFile::Permissions, folderPermissions);
    QFETCH(QString, reason);
    if (::geteuid() == 0)
        QSKIP("root ignores file permissions; readOnlyConnection covers SQLITE_READONLY");
    const QString folder = m_dir->filePath(QStringLiteral("sub"));
    const QString path = folder + QStringLiteral("/state.db");
    QVERIFY(QDir().mkpath(folder));
    if (existing)
        QVERIFY(StateDb::open(path).ok());
    QVERIFY(!existing || QFile::setPermissions(path, filePermissions));
    QVERIFY(QFile::setPermissions(folder, folderPermissions));
    auto opened = StateDb::open(path);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().userMessage.contains(path), qPrintable(opened.error().userMessage));
    QVERIFY2(opened.error().userMessage.contains(reason), qPrintable(opened.error().userMessage));
}

void TestStateDbSchema::readOnlyConnection_data()
{
    QTest::addColumn<QString>("operation");
    for (const char *op : {"insertLink", "updateLink", "removeLink", "removeProfile", "setToken", "clearTokens",
                           "addIntent", "clearIntent", "addJournalEntry", "markRestored", "addRun", "setProfileValue"})
        QTest::newRow(op) << QString::fromLatin1(op);
}

void TestStateDbSchema::readOnlyConnection()
{
    QFETCH(QString, operation);
    auto opened = StateDb::open(dbPath());
    QVERIFY(opened.ok());
    StateDb &db = *opened.value();
    const Link link = db.insertLink(P, sampleLink(1)).value();
    const qint64 journalId = db.addJournalEntry(P, JournalEntry{}).value();
    const qint64 intentId = db.addIntent(P, CreateIntent{}).value().id;

    // Root ignores file modes, so make the file read-only the way SQLite itself can:
    // query_only refuses every write with SQLITE_READONLY, as a read-only file does.
    QSqlQuery(QSqlDatabase::database(db.connectionName())).exec(QStringLiteral("PRAGMA query_only = 1"));
    Status s = success();
    if (operation == QLatin1String("insertLink"))
        s = toStatus(db.insertLink(P, sampleLink(2)));
    else if (operation == QLatin1String("updateLink"))
        s = db.updateLink(P, link);
    else if (operation == QLatin1String("removeLink"))
        s = db.removeLink(P, link.rowId);
    else if (operation == QLatin1String("removeProfile"))
        s = db.removeProfile(P);
    else if (operation == QLatin1String("setToken"))
        s = db.setToken(P, Side::Crm, QStringLiteral("t"));
    else if (operation == QLatin1String("clearTokens"))
        s = db.clearTokens(P);
    else if (operation == QLatin1String("addIntent"))
        s = toStatus(db.addIntent(P, CreateIntent{}));
    else if (operation == QLatin1String("clearIntent"))
        s = db.clearIntent(intentId);
    else if (operation == QLatin1String("addJournalEntry"))
        s = toStatus(db.addJournalEntry(P, JournalEntry{}));
    else if (operation == QLatin1String("markRestored"))
        s = db.markRestored(journalId);
    else if (operation == QLatin1String("addRun"))
        s = db.addRun(P, RunRecord{});
    else if (operation == QLatin1String("setProfileValue"))
        s = db.setProfileValue(P, QStringLiteral("k"), QStringLiteral("v"));

    QVERIFY(!s.ok());
    QCOMPARE(s.error().category, Error::Category::Storage);
    QVERIFY2(s.error().userMessage.contains(dbPath()), qPrintable(s.error().userMessage));
    QVERIFY2(s.error().userMessage.contains(QLatin1String("read-only")), qPrintable(s.error().userMessage));
    QVERIFY(!db.inTransaction());
    QCOMPARE(db.links(P).value(), QList<Link>{link});   // reads still work, nothing changed
}

void TestStateDbSchema::diskFull()
{
    auto opened = StateDb::open(dbPath());
    QVERIFY(opened.ok());
    StateDb &db = *opened.value();
    QVERIFY(db.insertLink(P, sampleLink(1)).ok());
    // Cap the file at its current size: the next page SQLite needs fails with SQLITE_FULL,
    // exactly as on a full disk, without filling one.
    const int pages = scalar(db, QStringLiteral("PRAGMA page_count")).toInt();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).toInt(), pages);

    Link big = sampleLink(2);
    big.base.insert(QStringLiteral("Description"), QString(200000, QLatin1Char('x')));
    auto result = db.insertLink(P, big);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().category, Error::Category::Storage);
    QVERIFY2(result.error().userMessage.contains(dbPath()), qPrintable(result.error().userMessage));
    QVERIFY2(result.error().userMessage.contains(QLatin1String("disk is full")), qPrintable(result.error().userMessage));
    QVERIFY2(result.error().userMessage.contains(big.crmId), qPrintable(result.error().userMessage));
    QCOMPARE(db.links(P)->size(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestStateDbSchema)
#include "tst_statedbschema.moc"
