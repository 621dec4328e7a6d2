// SPDX-License-Identifier: GPL-3.0-or-later
// StateDb's API: every method, per-profile scoping, uniqueness, reopening.
#include "state/statedb.h"
#include "statedbtestdata.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace crmsync;
using namespace crmsync::test;

Q_DECLARE_METATYPE(crmsync::Link)

namespace {
const QString A = QStringLiteral("contacts-to-nextcloud");
const QString B = QStringLiteral("events-to-folder");
}

class TestStateDb : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void openSetsUpDurableSqlite();
    void connectionsAreUniqueAndRemoved();
    void linkRoundTrip_data();
    void linkRoundTrip();
    void storesIsoUtcAndCompactJson();
    void updateLink();
    void updateUnknownLinkFails();
    void linkHeadsAndBases();
    void setLinkVersions();
    void removeLink();
    void uniqueness_data();
    void uniqueness();
    void tokens();
    void intents();
    void journal();
    void journalUnknownId();
    void runs();
    void profileValues();
    void removeProfile();
    void reopenPersists();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("state.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StateDb> m_db;
};

void TestStateDb::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = StateDb::open(dbPath());
    QVERIFY2(db.ok(), qPrintable(db.error().userMessage));
    m_db = std::move(db).value();
}

void TestStateDb::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestStateDb::openSetsUpDurableSqlite()
{
    QCOMPARE(m_db->schemaVersion(), StateDb::latestSchemaVersion());
    QCOMPARE(scalar(*m_db, QStringLiteral("PRAGMA user_version")).toInt(), StateDb::latestSchemaVersion());
    QCOMPARE(scalar(*m_db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    // 2 = FULL: a commit is fsync'ed before it returns (docs/state-db.md "Durability").
    QCOMPARE(scalar(*m_db, QStringLiteral("PRAGMA synchronous")).toInt(), 2);
    QCOMPARE(m_db->path(), dbPath());
    QVERIFY(QFile::exists(dbPath()));
}

void TestStateDb::connectionsAreUniqueAndRemoved()
{
    auto second = StateDb::open(dbPath());
    QVERIFY(second.ok());
    const QString name1 = m_db->connectionName();
    const QString name2 = second.value()->connectionName();
    QVERIFY(name1 != name2);
    QVERIFY(QSqlDatabase::contains(name1));
    QVERIFY(QSqlDatabase::contains(name2));
    second.value().reset();
    QVERIFY(!QSqlDatabase::contains(name2));
    m_db.reset();
    QVERIFY(!QSqlDatabase::contains(name1));
    QVERIFY(QSqlDatabase::connectionNames().isEmpty());
}

void TestStateDb::linkRoundTrip_data()
{
    QTest::addColumn<Link>("link");
    QTest::newRow("every field") << sampleLink(1);
    Link crmOnly;
    crmOnly.crmId = QStringLiteral("4150868000000099");
    QTest::newRow("CRM id only, no time, empty base") << crmOnly;
    Link remoteOnly;
    remoteOnly.remoteId = QStringLiteral("/dav/calendars/work/Ω ünïcode.ics");
    remoteOnly.base = QJsonObject{{QStringLiteral("Subject"), QStringLiteral("Ω 東京 \"quoted\"\n")}};
    remoteOnly.syncedAt = QDateTime(QDate(2026, 3, 29), QTime(2, 30), QTimeZone(3600 * 5));
    QTest::newRow("remote id only, offset time") << remoteOnly;
}

void TestStateDb::linkRoundTrip()
{
    QFETCH(Link, link);
    auto inserted = m_db->insertLink(A, link);
    QVERIFY2(inserted.ok(), qPrintable(inserted.error().userMessage));
    QVERIFY(inserted->rowId > 0);
    link.rowId = inserted->rowId;
    QCOMPARE(*inserted, link);

    auto links = m_db->links(A);
    QVERIFY(links.ok());
    QCOMPARE(links->size(), 1);
    QCOMPARE(links->first(), link);
    QCOMPARE(links->first().syncedAt, link.syncedAt);
    QCOMPARE(m_db->links(B)->size(), 0);
}

void TestStateDb::storesIsoUtcAndCompactJson()
{
    Link link = sampleLink(2);
    link.syncedAt = QDateTime(QDate(2026, 11, 22), QTime(7, 8, 9, 10), QTimeZone(3600));
    link.base = QJsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("a"), QStringLiteral("x y")}};
    QVERIFY(m_db->insertLink(A, link).ok());
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT synced_at FROM links")).toString(),
             QStringLiteral("2026-11-22T06:08:09.010Z"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT base FROM links")).toString(),
             QStringLiteral("{\"a\":\"x y\",\"b\":1}"));
}

void TestStateDb::updateLink()
{
    Link link = m_db->insertLink(A, sampleLink(1)).value();
    const Link other = m_db->insertLink(A, sampleLink(2)).value();
    link.crmVersion = QStringLiteral("2026-12-01T00:00:00+00:00");
    link.remoteVersion = QStringLiteral("\"etag-new\"");
    link.base[QStringLiteral("Last_Name")] = QStringLiteral("Meier");
    link.baseHash = Link::hashOf(link.base);
    link.syncedAt = link.syncedAt.addSecs(60);
    const Status s = m_db->updateLink(A, link);
    QVERIFY2(s.ok(), qPrintable(s.error().userMessage));
    const QList<Link> links = m_db->links(A).value();
    QCOMPARE(links, (QList<Link>{link, other}));
}

void TestStateDb::linkHeadsAndBases()
{
    QList<Link> stored;
    // More than one query's worth of ids (StateDb reads bases 500 at a time).
    for (int n = 1; n <= 600; ++n)
        stored << m_db->insertLink(A, sampleLink(n)).value();
    QVERIFY(m_db->insertLink(B, sampleLink(1)).ok());

    const QList<Link> heads = m_db->linkHeads(A).value();
    QCOMPARE(heads.size(), 600);
    for (int i = 0; i < 600; ++i) {
        Link withoutBase = stored.at(i);
        withoutBase.base = {};
        withoutBase.baseHash = {};
        QCOMPARE(heads.at(i), withoutBase);
    }

    QList<qint64> wanted{stored.at(0).rowId, stored.at(599).rowId, 999999};
    for (int i = 1; i < 560; i += 2)
        wanted << stored.at(i).rowId;
    const QHash<qint64, QJsonObject> bases = m_db->linkBases(A, wanted).value();
    QCOMPARE(bases.size(), wanted.size() - 1); // 999999 is no link
    for (const Link &l : std::as_const(stored)) {
        if (wanted.contains(l.rowId))
            QCOMPARE(bases.value(l.rowId), l.base);
    }
    // Another profile's link is not read through this one.
    QVERIFY(m_db->linkBases(B, {stored.at(5).rowId}).value().isEmpty());
    QVERIFY(m_db->linkBases(A, {}).value().isEmpty());
}

void TestStateDb::setLinkVersions()
{
    const Link a = m_db->insertLink(A, sampleLink(1)).value();
    const Link b = m_db->insertLink(A, sampleLink(2)).value();
    const Link inB = m_db->insertLink(B, sampleLink(1)).value();
    QVERIFY(m_db->setLinkVersions(A, Side::Remote, {{a.remoteId, QStringLiteral("12-34-settled")}}).ok());
    QVERIFY(m_db->setLinkVersions(A, Side::Crm, {{b.crmId, QStringLiteral("2026-12-03T10:00:00+00:00")}}).ok());

    const QList<Link> links = m_db->links(A).value();
    QCOMPARE(links.at(0).remoteVersion, QStringLiteral("12-34-settled"));
    QCOMPARE(links.at(0).crmVersion, a.crmVersion);
    QCOMPARE(links.at(0).base, a.base);
    QCOMPARE(links.at(1).crmVersion, QStringLiteral("2026-12-03T10:00:00+00:00"));
    QCOMPARE(links.at(1).remoteVersion, b.remoteVersion);
    QCOMPARE(m_db->links(B).value(), QList<Link>{inB});
}

void TestStateDb::updateUnknownLinkFails()
{
    Link link = m_db->insertLink(A, sampleLink(1)).value();
    // Right id, wrong profile: profiles never touch each other's links.
    Status s = m_db->updateLink(B, link);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().category, Error::Category::Data);
    QVERIFY2(s.error().userMessage.contains(dbPath()), qPrintable(s.error().userMessage));
    link.rowId += 1000;
    QVERIFY(!m_db->updateLink(A, link).ok());
}

void TestStateDb::removeLink()
{
    const Link first = m_db->insertLink(A, sampleLink(1)).value();
    const Link second = m_db->insertLink(A, sampleLink(2)).value();
    QVERIFY(m_db->removeLink(B, first.rowId).ok());   // other profile: nothing happens
    QCOMPARE(m_db->links(A)->size(), 2);
    QVERIFY(m_db->removeLink(A, first.rowId).ok());
    QCOMPARE(m_db->links(A).value(), QList<Link>{second});
    QVERIFY(m_db->removeLink(A, first.rowId).ok());   // already gone: still fine
}

void TestStateDb::uniqueness_data()
{
    QTest::addColumn<QString>("secondProfile");
    QTest::addColumn<QString>("secondCrmId");
    QTest::addColumn<QString>("secondRemoteId");
    QTest::addColumn<bool>("allowed");
    const QString crm = sampleLink(1).crmId;
    const QString remote = sampleLink(1).remoteId;
    QTest::newRow("same CRM id, same profile") << A << crm << QStringLiteral("/other.vcf") << false;
    QTest::newRow("same remote id, same profile") << A << QStringLiteral("999") << remote << false;
    QTest::newRow("same ids, other profile") << B << crm << remote << true;
    QTest::newRow("different ids") << A << QStringLiteral("999") << QStringLiteral("/other.vcf") << true;
    QTest::newRow("empty remote ids do not clash") << A << QStringLiteral("999") << QString() << true;
    QTest::newRow("empty CRM ids do not clash") << A << QString() << QStringLiteral("/other.vcf") << true;
}

void TestStateDb::uniqueness()
{
    QFETCH(QString, secondProfile);
    QFETCH(QString, secondCrmId);
    QFETCH(QString, secondRemoteId);
    QFETCH(bool, allowed);
    Link first = sampleLink(1);
    if (secondCrmId.isEmpty())
        first.crmId.clear();
    if (secondRemoteId.isEmpty())
        first.remoteId.clear();
    QVERIFY(m_db->insertLink(A, first).ok());
    Link second = sampleLink(2);
    second.crmId = secondCrmId;
    second.remoteId = secondRemoteId;
    auto result = m_db->insertLink(secondProfile, second);
    QCOMPARE(result.ok(), allowed);
    if (!allowed) {
        QCOMPARE(result.error().category, Error::Category::Storage);
        QVERIFY2(result.error().userMessage.contains(dbPath()), qPrintable(result.error().userMessage));
        QVERIFY2(result.error().userMessage.contains(QLatin1String("already exists")), qPrintable(result.error().userMessage));
        QCOMPARE(m_db->links(A)->size(), 1);
    }
}

void TestStateDb::tokens()
{
    QCOMPARE(m_db->token(A, Side::Crm).value(), QString());
    QVERIFY(m_db->setToken(A, Side::Crm, QStringLiteral("crm-1")).ok());
    QVERIFY(m_db->setToken(A, Side::Remote, QStringLiteral("http://sabre.io/ns/sync/7")).ok());
    QVERIFY(m_db->setToken(B, Side::Crm, QStringLiteral("other")).ok());
    QCOMPARE(m_db->token(A, Side::Crm).value(), QStringLiteral("crm-1"));
    QCOMPARE(m_db->token(A, Side::Remote).value(), QStringLiteral("http://sabre.io/ns/sync/7"));
    QVERIFY(m_db->setToken(A, Side::Crm, QStringLiteral("crm-2")).ok());
    QCOMPARE(m_db->token(A, Side::Crm).value(), QStringLiteral("crm-2"));
    QVERIFY(m_db->setToken(A, Side::Crm, QString()).ok());   // empty = forget
    QCOMPARE(m_db->token(A, Side::Crm).value(), QString());
    QCOMPARE(m_db->token(A, Side::Remote).value(), QStringLiteral("http://sabre.io/ns/sync/7"));
    QVERIFY(m_db->clearTokens(A).ok());
    QCOMPARE(m_db->token(A, Side::Remote).value(), QString());
    QCOMPARE(m_db->token(B, Side::Crm).value(), QStringLiteral("other"));
}

void TestStateDb::intents()
{
    CreateIntent toRemote{0, Side::Remote, QStringLiteral("4150868000000001"), QStringLiteral("crm-4150868000000001.vcf"),
                          QDateTime(QDate(2026, 11, 22), QTime(5, 0), Qt::UTC)};
    CreateIntent toCrm{0, Side::Crm, QStringLiteral("/dav/new.vcf"), QString(), QDateTime()};
    auto first = m_db->addIntent(A, toRemote);
    auto second = m_db->addIntent(A, toCrm);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(first->id > 0 && second->id > first->id);
    toRemote.id = first->id;
    toCrm.id = second->id;
    QVERIFY(m_db->addIntent(B, toCrm).ok());
    QCOMPARE(m_db->intents(A).value(), (QList<CreateIntent>{toRemote, toCrm}));
    QVERIFY(m_db->clearIntent(toRemote.id).ok());
    QCOMPARE(m_db->intents(A).value(), QList<CreateIntent>{toCrm});
    QVERIFY(m_db->clearIntent(toRemote.id).ok());
    QCOMPARE(m_db->intents(B)->size(), 1);
}

void TestStateDb::journal()
{
    QList<JournalEntry> written;
    for (int i = 0; i < 3; ++i) {
        JournalEntry e;
        e.time = QDateTime(QDate(2026, 11, 22), QTime(6, i), Qt::UTC);
        e.crmId = QString::number(100 + i);
        e.remoteId = QStringLiteral("/dav/%1.ics").arg(i);
        e.losingSide = i % 2 ? Side::Crm : Side::Remote;
        e.losing = QJsonObject{{QStringLiteral("Subject"), QStringLiteral("losing %1").arg(i)}};
        e.winning = QJsonObject{{QStringLiteral("Subject"), QStringLiteral("winning %1").arg(i)}};
        e.losingRaw = QByteArray("BEGIN:VCALENDAR\r\n\0binary\xff", 27) + QByteArray::number(i);
        e.reason = QStringLiteral("crm-wins");
        auto id = m_db->addJournalEntry(A, e);
        QVERIFY(id.ok());
        e.id = *id;
        written.prepend(e);   // newest first
    }
    QVERIFY(m_db->addJournalEntry(B, written.first()).ok());
    QCOMPARE(m_db->journal(A).value(), written);
    QCOMPARE(m_db->journal(A, 2).value(), written.mid(0, 2));
    QCOMPARE(m_db->journal(A, 0).value(), written);
    QCOMPARE(m_db->journalEntry(written.last().id).value(), written.last());

    QVERIFY(m_db->markRestored(written.last().id).ok());
    QVERIFY(m_db->journalEntry(written.last().id)->restored);
    QVERIFY(!m_db->journalEntry(written.first().id)->restored);
}

void TestStateDb::journalUnknownId()
{
    auto e = m_db->journalEntry(4711);
    QVERIFY(!e.ok());
    QCOMPARE(e.error().category, Error::Category::Data);
    QVERIFY2(e.error().userMessage.contains(QLatin1String("4711")), qPrintable(e.error().userMessage));
    QVERIFY(e.error().userMessage.contains(dbPath()));
    QVERIFY(!m_db->markRestored(4711).ok());
}

void TestStateDb::runs()
{
    QList<RunRecord> written;
    for (int i = 0; i < 12; ++i) {
        RunRecord run;
        run.startedAt = QDateTime(QDate(2026, 11, 22), QTime(8, i), Qt::UTC);
        run.finishedAt = run.startedAt.addSecs(42);
        run.report = QJsonObject{{QStringLiteral("created"), i}, {QStringLiteral("errors"), QJsonArray{}}};
        QVERIFY(m_db->addRun(A, run).ok());
        written.prepend(run);
    }
    QVERIFY(m_db->addRun(B, written.first()).ok());
    auto runs = m_db->runs(A);
    QVERIFY(runs.ok());
    QCOMPARE(runs->size(), 10);
    for (int i = 0; i < runs->size(); ++i) {
        QVERIFY(runs->at(i).id > 0);
        RunRecord expected = written.at(i);
        expected.id = runs->at(i).id;
        QCOMPARE(runs->at(i), expected);
    }
    QCOMPARE(m_db->runs(A, 3)->size(), 3);
    QCOMPARE(m_db->runs(A, 0)->size(), 12);
    QCOMPARE(m_db->runs(B)->size(), 1);
}

void TestStateDb::profileValues()
{
    const QString key = QStringLiteral("fieldMapHash");
    QCOMPARE(m_db->profileValue(A, key).value(), QString());
    QVERIFY(m_db->setProfileValue(A, key, QStringLiteral("abc")).ok());
    QVERIFY(m_db->setProfileValue(B, key, QStringLiteral("other")).ok());
    QCOMPARE(m_db->profileValue(A, key).value(), QStringLiteral("abc"));
    QVERIFY(m_db->setProfileValue(A, key, QStringLiteral("def")).ok());
    QCOMPARE(m_db->profileValue(A, key).value(), QStringLiteral("def"));
    QCOMPARE(m_db->profileValue(B, key).value(), QStringLiteral("other"));
    QCOMPARE(m_db->profileValue(A, QStringLiteral("unset")).value(), QString());
}

namespace {
void fillProfile(StateDb &db, const QString &profile)
{
    QVERIFY(db.insertLink(profile, sampleLink(1)).ok());
    QVERIFY(db.setToken(profile, Side::Remote, QStringLiteral("token")).ok());
    QVERIFY(db.addIntent(profile, CreateIntent{0, Side::Crm, QStringLiteral("x"), {}, {}}).ok());
    QVERIFY(db.addJournalEntry(profile, JournalEntry{}).ok());
    QVERIFY(db.addRun(profile, RunRecord{}).ok());
    QVERIFY(db.setProfileValue(profile, QStringLiteral("k"), QStringLiteral("v")).ok());
}

void verifyProfile(StateDb &db, const QString &profile, int expected)
{
    QCOMPARE(db.links(profile)->size(), expected);
    QCOMPARE(db.token(profile, Side::Remote).value().isEmpty(), expected == 0);
    QCOMPARE(db.intents(profile)->size(), expected);
    QCOMPARE(db.journal(profile)->size(), expected);
    QCOMPARE(db.runs(profile)->size(), expected);
    QCOMPARE(db.profileValue(profile, QStringLiteral("k")).value().isEmpty(), expected == 0);
}
} // namespace

void TestStateDb::removeProfile()
{
    fillProfile(*m_db, A);
    fillProfile(*m_db, B);
    QVERIFY(m_db->removeProfile(A).ok());
    verifyProfile(*m_db, A, 0);
    verifyProfile(*m_db, B, 1);
}

void TestStateDb::reopenPersists()
{
    fillProfile(*m_db, A);
    const QList<Link> links = m_db->links(A).value();
    m_db.reset();
    auto reopened = StateDb::open(dbPath());
    QVERIFY(reopened.ok());
    m_db = std::move(reopened).value();
    QCOMPARE(m_db->schemaVersion(), StateDb::latestSchemaVersion());
    verifyProfile(*m_db, A, 1);
    QCOMPARE(m_db->links(A).value(), links);
}

QTEST_GUILESS_MAIN(TestStateDb)
#include "tst_statedb.moc"
