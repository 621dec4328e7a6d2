// SPDX-License-Identifier: GPL-3.0-or-later
// The DavStore contract against a real server: Radicale or Xandikos, chosen by the
// CRMSYNC_DAV_SERVER environment variable (CTest runs it once for each).
#include "connectors/dav/davdiscoveryjob.h"
#include "connectors/dav/davmultistatusparser.h"
#include "connectors/dav/davrequest.h"
#include "connectors/dav/davstore.h"
#include "net/httpjob.h"
#include "davserverprocess.h"
#include "davtesthelpers.h"
#include "net/networkcontext.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace crmsync;
using namespace crmsync::davtest;


class TestDavContract : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createListFetchUpdateDelete();
    void syncCollectionIncremental();
    void invalidTokenFallsBackToFullListing();
    void ctagTokenShortCircuits();
    void staleIfMatchIsConflict_data();
    void staleIfMatchIsConflict();
    void ifNoneMatchOnExistingIsConflict();
    void sameUidElsewhereIsConflict();
    void chunkedMultiget();
    void japanesePayloadIntact_data();
    void japanesePayloadIntact();
    void discoveryFindsBothCollections_data();
    void discoveryFindsBothCollections();
    void wrongKindOfCollectionIsRefusedOnce();
    void pickedCollectionIsNamedByItsToken();

private:
    DavStore *store(DavCollection::Kind kind);
    //! Creates \a raw as \a name and returns the written item (id + version).
    Item put(DavStore *s, const QString &name, const QByteArray &raw);

    std::unique_ptr<DavServerProcess> m_server;
    std::unique_ptr<NetworkContext> m_context;
    QList<DavStore *> m_stores;
};

void TestDavContract::init()
{
    bool ok = false;
    const auto which = DavServerProcess::fromName(qEnvironmentVariable("CRMSYNC_DAV_SERVER", QStringLiteral("radicale")), &ok);
    QVERIFY2(ok, "CRMSYNC_DAV_SERVER must be radicale or xandikos");
    // A fresh server per test: every listing sees only that test's items.
    m_server = std::make_unique<DavServerProcess>(which);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_context = std::make_unique<NetworkContext>();
    RetryPolicy fast;
    fast.baseDelayMs = 10;
    fast.maxAttempts = 2;
    m_context->setRetryPolicy(fast);
}

void TestDavContract::cleanup()
{
    qDeleteAll(m_stores);
    m_stores.clear();
    m_context.reset();
    m_server.reset();
}

DavStore *TestDavContract::store(DavCollection::Kind kind)
{
    DavCollection c;
    c.kind = kind;
    c.url = kind == DavCollection::Kind::Calendar ? m_server->calendarUrl() : m_server->addressBookUrl();
    c.username = m_server->username();
    c.password = m_server->password();
    c.context = m_context.get();
    m_stores.append(new DavStore(c));
    return m_stores.constLast();
}

Item TestDavContract::put(DavStore *s, const QString &name, const QByteArray &raw)
{
    auto job = run(s->write({create(name, raw)}));
    Item item;
    if (job->hasError() || job->results().size() != 1 || !job->results().constFirst().ok()) {
        qWarning() << "create failed:" << job->error().detail
                   << (job->results().isEmpty() ? QString() : job->results().constFirst().error.detail);
        return item;
    }
    item.id = job->results().constFirst().id;
    item.version = job->results().constFirst().version;
    item.raw = raw;
    return item;
}

void TestDavContract::createListFetchUpdateDelete()
{
    DavStore *s = store(DavCollection::Kind::AddressBook);
    const Item a = put(s, QStringLiteral("crm-1.vcf"), vcard(QStringLiteral("u1"), QStringLiteral("山田 太郎")));
    const Item b = put(s, QStringLiteral("crm-2"), vcard(QStringLiteral("u2"), QStringLiteral("Ann Lee")));
    QCOMPARE(a.id, s->collection().path() + QStringLiteral("crm-1.vcf"));
    QCOMPARE(b.id, s->collection().path() + QStringLiteral("crm-2.vcf"));
    QVERIFY(a.version.startsWith(QLatin1Char('"')));

    auto list = run(s->listChanges({}, {}));
    QVERIFY2(!list->hasError(), qPrintable(list->error().detail));
    QVERIFY(list->changes().fullListing);
    QCOMPARE(list->changes().totalCount, 2);
    QCOMPARE(versionsOf(list->changes().changed), (QHash<QString, QString>{{a.id, a.version}, {b.id, b.version}}));
    QVERIFY(!list->changes().newToken.isEmpty());

    auto fetch = run(s->fetch({a.id, s->collection().path() + QStringLiteral("nope.vcf")}));
    QVERIFY(!fetch->hasError());
    QCOMPARE(fetch->items().size(), 1);
    QVERIFY(fetch->items().constFirst().raw.contains(QStringLiteral("FN:山田 太郎").toUtf8()));
    QCOMPARE(fetch->missing(), QStringList{s->collection().path() + QStringLiteral("nope.vcf")});

    auto upd = run(s->write({update(a.id, a.version, vcard(QStringLiteral("u1"), QStringLiteral("山田 花子")))}));
    QVERIFY(!upd->hasError());
    QVERIFY2(upd->results().constFirst().ok(), qPrintable(upd->results().constFirst().error.detail));
    const QString newVersion = upd->results().constFirst().version;
    QVERIFY(!newVersion.isEmpty());
    QVERIFY(newVersion != a.version);

    auto del = run(s->write({removal(b.id, b.version)}));
    QVERIFY2(del->results().constFirst().ok(), qPrintable(del->results().constFirst().error.detail));

    auto again = run(s->listChanges({}, {{a.id, a.version}, {b.id, b.version}}));
    QVERIFY(!again->hasError());
    QCOMPARE(again->changes().deleted, QStringList{b.id});
    QCOMPARE(again->changes().changed.size(), 1);
    QCOMPARE(again->changes().changed.constFirst().version, newVersion);
    QVERIFY(again->changes().changed.constFirst().raw.contains(QStringLiteral("山田 花子").toUtf8()));
}

void TestDavContract::syncCollectionIncremental()
{
    DavStore *s = store(DavCollection::Kind::Calendar);
    const Item a = put(s, QStringLiteral("a"), vevent(QStringLiteral("ea"), QStringLiteral("A")));
    const Item b = put(s, QStringLiteral("b"), vevent(QStringLiteral("eb"), QStringLiteral("B")));
    const Item keep = put(s, QStringLiteral("k"), vevent(QStringLiteral("ek"), QStringLiteral("K")));
    auto first = run(s->listChanges({}, {}));
    QVERIFY(!first->hasError());
    const QString token = first->changes().newToken;
    QVERIFY(!token.isEmpty());
    QVERIFY(!token.startsWith(QLatin1String("ctag:"))); // both servers support sync-collection
    const QHash<QString, QString> known = versionsOf(first->changes().changed);
    QCOMPARE(known.size(), 3);

    auto w = run(s->write({update(a.id, a.version, vevent(QStringLiteral("ea"), QStringLiteral("A2"))),
                           removal(b.id, b.version), create(QStringLiteral("c"), vevent(QStringLiteral("ec"), QStringLiteral("C")))}));
    QCOMPARE(w->results().size(), 3);
    for (const WriteResult &r : w->results())
        QVERIFY2(r.ok(), qPrintable(r.error.detail));

    auto delta = run(s->listChanges(token, known));
    QVERIFY2(!delta->hasError(), qPrintable(delta->error().detail));
    QVERIFY(!delta->changes().fullListing);
    QCOMPARE(delta->changes().deleted, QStringList{b.id});
    const QHash<QString, QString> changed = versionsOf(delta->changes().changed);
    QCOMPARE(changed.keys().size(), 2);
    QCOMPARE(changed.value(a.id), w->results().at(0).version);
    QCOMPARE(changed.value(w->results().at(2).id), w->results().at(2).version);
    QVERIFY(!changed.contains(keep.id));
    QVERIFY(delta->changes().newToken != token);

    // Nothing since: an empty delta.
    QHash<QString, QString> nowKnown = known;
    nowKnown.remove(b.id);
    nowKnown.insert(changed);
    auto quiet = run(s->listChanges(delta->changes().newToken, nowKnown));
    QVERIFY(!quiet->hasError());
    QVERIFY(!quiet->changes().fullListing);
    QVERIFY(quiet->changes().changed.isEmpty());
    QVERIFY(quiet->changes().deleted.isEmpty());
}

void TestDavContract::invalidTokenFallsBackToFullListing()
{
    DavStore *s = store(DavCollection::Kind::AddressBook);
    const Item a = put(s, QStringLiteral("a"), vcard(QStringLiteral("a"), QStringLiteral("A")));
    // Radicale answers 403 + valid-sync-token, Xandikos 500 (reference/protocols.md §4.4).
    const QString bogus = m_server->server() == DavServerProcess::Server::Radicale
        ? QStringLiteral("http://radicale.org/ns/sync/0000000000000000000000000000000000000000000000000000000000000000")
        : QStringLiteral("0000000000000000000000000000000000000000");
    // A known member of the collection (a path outside it is never a member, docs/dav.md),
    // absent from the listing and answered 404 by the multiget: deleted.
    const QString gone = a.id.left(a.id.lastIndexOf(QLatin1Char('/')) + 1) + QStringLiteral("gone.vcf");
    auto list = run(s->listChanges(bogus, {{gone, QStringLiteral("\"x\"")}}));
    QVERIFY2(!list->hasError(), qPrintable(list->error().detail));
    QVERIFY(list->changes().fullListing);
    QCOMPARE(versionsOf(list->changes().changed), (QHash<QString, QString>{{a.id, a.version}}));
    QCOMPARE(list->changes().deleted, QStringList{gone});
    QVERIFY(!list->changes().newToken.isEmpty());
    QVERIFY(list->changes().newToken != bogus);
}

void TestDavContract::wrongKindOfCollectionIsRefusedOnce()
{
    // An address book used where a calendar is expected (or a server root): one clear
    // Config error from the listing, instead of one failed write per item later.
    DavCollection c;
    c.kind = DavCollection::Kind::Calendar;
    c.url = m_server->addressBookUrl();
    c.username = m_server->username();
    c.password = m_server->password();
    c.context = m_context.get();
    m_stores.append(new DavStore(c));
    auto list = run(m_stores.constLast()->listChanges({}, {}));
    QVERIFY(list->hasError());
    QCOMPARE(list->error().category, Error::Category::Config);
    QVERIFY(list->error().userMessage.contains(QStringLiteral("crmsync discover")));
}

void TestDavContract::pickedCollectionIsNamedByItsToken()
{
    const Item a = put(store(DavCollection::Kind::AddressBook), QStringLiteral("a"), vcard(QStringLiteral("a"), QStringLiteral("A")));
    DavCollection server;
    server.kind = DavCollection::Kind::AddressBook;
    server.url = m_server->baseUrl().resolved(QUrl(QStringLiteral("/")));
    server.username = m_server->username();
    server.password = m_server->password();
    server.context = m_context.get();
    DavListOptions pick;
    pick.pickCollection = true;
    const auto picking = [&] {
        m_stores.append(new DavStore(server, pick));
        return m_stores.constLast();
    };

    // The first listing picks the address book and says so in its token.
    auto first = run(picking()->listChanges({}, {}));
    QVERIFY2(!first->hasError(), qPrintable(first->error().userMessage));
    QCOMPARE(versionsOf(first->changes().changed), (QHash<QString, QString>{{a.id, a.version}}));
    const QString token = first->changes().newToken;
    QVERIFY2(token.startsWith(QLatin1String("at:")), qPrintable(token));
    QVERIFY2(token.contains(m_server->addressBookUrl().toString(QUrl::FullyEncoded)), qPrintable(token));

    // The next run (a new store, as in a new process) asks the collection only: one request.
    DavStore *next = picking();
    const qint64 before = m_context->counter().requests();
    auto quiet = run(next->listChanges(token, {{a.id, a.version}}));
    QVERIFY2(!quiet->hasError(), qPrintable(quiet->error().userMessage));
    QCOMPARE(m_context->counter().requests() - before, 1);
    QVERIFY(!quiet->changes().fullListing);
    QVERIFY(quiet->changes().changed.isEmpty());
    QCOMPARE(next->collection().url, m_server->addressBookUrl());
    QVERIFY(quiet->changes().newToken.startsWith(QLatin1String("at:")));

    // Made for another configured URL: not trusted, the collection is picked again.
    const QString inner = token.section(QLatin1Char(' '), 2);
    auto moved = run(picking()->listChanges(QStringLiteral("at:http://elsewhere.example/ http://elsewhere.example/book/ ") + inner,
                                            {{a.id, a.version}}));
    QVERIFY2(!moved->hasError(), qPrintable(moved->error().userMessage));
    QVERIFY(moved->changes().fullListing);
    QVERIFY(moved->changes().deleted.isEmpty());

    // The collection it names is gone: checked and picked again, then listed in full.
    const QString given = server.url.toString(QUrl::FullyEncoded);
    const QString gone = m_server->baseUrl().resolved(QUrl(QStringLiteral("/user/gone-book/"))).toString(QUrl::FullyEncoded);
    auto stale = run(picking()->listChanges(QStringLiteral("at:%1 %2 %3").arg(given, gone, inner), {{a.id, a.version}}));
    QVERIFY2(!stale->hasError(), qPrintable(stale->error().userMessage + stale->error().detail));
    QVERIFY(stale->changes().fullListing);
    QVERIFY(stale->changes().deleted.isEmpty());
    QCOMPARE(m_stores.constLast()->collection().url, m_server->addressBookUrl());
}

void TestDavContract::ctagTokenShortCircuits()
{
    // Both servers offer sync-tokens, so the store never hands out a ctag token against
    // them; read CS:getctag directly to exercise the path a ctag-only server takes.
    DavStore *s = store(DavCollection::Kind::AddressBook);
    const Item a = put(s, QStringLiteral("a"), vcard(QStringLiteral("a"), QStringLiteral("A")));
    const auto readCtag = [&]() -> QString {
        auto http = run(DavRequest::propfind(s->collection(), s->collection().url, 0, nullptr));
        const auto parsed = DavMultistatusParser::parse(http->body(), s->collection().url);
        return parsed && !parsed->responses.isEmpty() ? parsed->responses.constFirst().ctag : QString();
    };
    const QString ctag = readCtag();
    QVERIFY(!ctag.isEmpty());
    const QString token = QStringLiteral("ctag:") + ctag;

    auto quiet = run(s->listChanges(token, {{a.id, a.version}}));
    QVERIFY(!quiet->hasError());
    QVERIFY(!quiet->changes().fullListing);
    QVERIFY(quiet->changes().changed.isEmpty());
    QCOMPARE(quiet->changes().newToken, token);

    const Item b = put(s, QStringLiteral("b"), vcard(QStringLiteral("b"), QStringLiteral("B")));
    auto changed = run(s->listChanges(token, {{a.id, a.version}}));
    QVERIFY(!changed->hasError());
    QVERIFY(changed->changes().fullListing);
    QCOMPARE(versionsOf(changed->changes().changed), (QHash<QString, QString>{{b.id, b.version}}));
}

void TestDavContract::staleIfMatchIsConflict_data()
{
    QTest::addColumn<bool>("remove");
    QTest::newRow("PUT") << false;
    QTest::newRow("DELETE") << true;
}

void TestDavContract::staleIfMatchIsConflict()
{
    QFETCH(bool, remove);
    DavStore *s = store(DavCollection::Kind::AddressBook);
    const Item a = put(s, QStringLiteral("a"), vcard(QStringLiteral("a"), QStringLiteral("A")));
    const QString stale = QStringLiteral("\"0123456789abcdef\"");
    auto w = run(s->write({remove ? removal(a.id, stale) : update(a.id, stale, vcard(QStringLiteral("a"), QStringLiteral("B")))}));
    QVERIFY(!w->hasError());
    QCOMPARE(w->results().size(), 1);
    QCOMPARE(w->results().constFirst().error.category, Error::Category::Conflict);
    QCOMPARE(w->results().constFirst().error.httpStatus, 412);
    // The server copy is untouched.
    auto f = run(s->fetch({a.id}));
    QCOMPARE(f->items().size(), 1);
    QCOMPARE(f->items().constFirst().version, a.version);
}

void TestDavContract::ifNoneMatchOnExistingIsConflict()
{
    DavStore *s = store(DavCollection::Kind::AddressBook);
    const Item a = put(s, QStringLiteral("same"), vcard(QStringLiteral("a"), QStringLiteral("A")));
    auto w = run(s->write({create(QStringLiteral("same"), vcard(QStringLiteral("a"), QStringLiteral("Other")), 7)}));
    QCOMPARE(w->results().size(), 1);
    QCOMPARE(w->results().constFirst().tag, 7);
    QCOMPARE(w->results().constFirst().error.category, Error::Category::Conflict);
    QVERIFY(w->results().constFirst().error.userMessage.contains(QLatin1String("same.vcf")));
    auto f = run(s->fetch({a.id}));
    QCOMPARE(f->items().constFirst().version, a.version);
}

void TestDavContract::sameUidElsewhereIsConflict()
{
    // Calendars: Xandikos 0.2.8 checks UIDs there (207 + 412); it let a duplicate vCard UID
    // through when this was written. Radicale answers 409 for both.
    DavStore *s = store(DavCollection::Kind::Calendar);
    put(s, QStringLiteral("one"), vevent(QStringLiteral("dup"), QStringLiteral("会議")));
    auto w = run(s->write({create(QStringLiteral("two"), vevent(QStringLiteral("dup"), QStringLiteral("会議")))}));
    QCOMPARE(w->results().size(), 1);
    const Error &e = w->results().constFirst().error;
    QCOMPARE(e.category, Error::Category::Conflict);
    QVERIFY2(e.userMessage.contains(QLatin1String("UID")), qPrintable(e.userMessage));
    QVERIFY(e.userMessage.contains(QLatin1String("two.ics")));
    auto list = run(s->listChanges({}, {}));
    QCOMPARE(list->changes().totalCount, 1);
}

void TestDavContract::chunkedMultiget()
{
    constexpr int count = 250; // five multigets of 50
    DavStore *s = store(DavCollection::Kind::AddressBook);
    QList<WriteRequest> creates;
    for (int i = 0; i < count; ++i)
        creates.append(create(QStringLiteral("n%1").arg(i), vcard(QStringLiteral("uid-%1").arg(i), QStringLiteral("名前 %1").arg(i)), i));
    auto w = run(s->write(creates));
    QCOMPARE(w->results().size(), count);
    QHash<QString, QString> written;
    for (const WriteResult &r : w->results()) {
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        written.insert(r.id, r.version);
    }
    auto list = run(s->listChanges({}, {}));
    QVERIFY2(!list->hasError(), qPrintable(list->error().detail));
    QCOMPARE(list->changes().changed.size(), count);
    QCOMPARE(versionsOf(list->changes().changed), written);
    for (const Item &item : list->changes().changed) {
        const QString n = item.id.section(QLatin1Char('/'), -1).mid(1).chopped(4);
        QVERIFY2(item.raw.contains(QStringLiteral("UID:uid-%1\r\n").arg(n).toUtf8()), qPrintable(item.id));
    }
    auto f = run(s->fetch(written.keys()));
    QCOMPARE(f->items().size(), count);
    QVERIFY(f->missing().isEmpty());
}

void TestDavContract::japanesePayloadIntact_data()
{
    QTest::addColumn<bool>("calendar");
    QTest::newRow("vCard") << false;
    QTest::newRow("iCalendar") << true;
}

void TestDavContract::japanesePayloadIntact()
{
    QFETCH(bool, calendar);
    DavStore *s = store(calendar ? DavCollection::Kind::Calendar : DavCollection::Kind::AddressBook);
    const QString text = QStringLiteral("東京都千代田区 — 打ち合わせ「第２回」");
    const QByteArray raw = calendar ? vevent(QStringLiteral("jp"), text) : vcard(QStringLiteral("jp"), text);
    const Item a = put(s, QStringLiteral("jp"), raw);
    auto f = run(s->fetch({a.id}));
    QCOMPARE(f->items().size(), 1);
    const QByteArray got = f->items().constFirst().raw;
    QVERIFY(got.contains(text.toUtf8()));
    QVERIFY(got.contains("\r\n"));
    QVERIFY(!got.contains("\n\n"));
    if (m_server->server() == DavServerProcess::Server::Radicale)
        QSKIP("Radicale re-serializes stored items (reference/protocols.md §4.3): text checked, bytes differ by design");
    if (calendar)
        QSKIP("Xandikos re-serializes iCalendar data (property order changes): text checked, bytes differ by design");
    QCOMPARE(got, raw);
}

void TestDavContract::discoveryFindsBothCollections_data()
{
    QTest::addColumn<QString>("start");
    QTest::newRow("server root") << QStringLiteral("/");
    QTest::newRow("well-known redirect") << QStringLiteral("/.well-known/carddav");
}

void TestDavContract::discoveryFindsBothCollections()
{
    QFETCH(QString, start);
    DavCollection server;
    server.url = m_server->baseUrl().resolved(QUrl(start));
    server.username = m_server->username();
    server.password = m_server->password();
    server.context = m_context.get();
    auto job = run(new DavDiscoveryJob(server));
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage + job->error().detail));
    QVERIFY(!job->principal().isEmpty());
    bool book = false, calendar = false;
    for (const DavCollectionInfo &c : job->collections()) {
        if (c.url == m_server->addressBookUrl())
            book = c.kind == DavCollection::Kind::AddressBook;
        if (c.url == m_server->calendarUrl()) {
            calendar = c.kind == DavCollection::Kind::Calendar;
            QVERIFY2(c.components.isEmpty() || c.components.contains(QLatin1String("VEVENT")), qPrintable(c.components.join(u',')));
        }
    }
    QVERIFY(book);
    QVERIFY(calendar);
}

QTEST_GUILESS_MAIN(TestDavContract)
#include "tst_dav_contract.moc"
