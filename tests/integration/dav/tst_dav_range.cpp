// SPDX-License-Identifier: GPL-3.0-or-later
// Component-aware and ranged calendar listings, collection choice and discovery from an
// address, against a real server: Radicale or Xandikos by CRMSYNC_DAV_SERVER, like
// tst_dav_contract (docs/dav.md "Component choice", "Range queries").
#include "connectors/dav/davdiscoveryjob.h"
#include "connectors/dav/davservicelocator.h"
#include "connectors/dav/davstore.h"
#include "davserverprocess.h"
#include "davtesthelpers.h"
#include "net/httpjob.h"
#include "net/networkcontext.h"
#include "connectors/dav/davrequest.h"

#include <QTest>

#include <memory>

using namespace crmsync;
using namespace crmsync::davtest;

namespace {

QByteArray ics(const QByteArray &body)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//crmsync//test//EN\r\n" + body + "END:VCALENDAR\r\n";
}

QByteArray eventIcs(const QString &uid, const QDateTime &start, const QByteArray &rule = {})
{
    const QByteArray s = start.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    return ics("BEGIN:VEVENT\r\nUID:" + uid.toUtf8() + "\r\nDTSTAMP:20240101T000000Z\r\nDTSTART:" + s
               + "\r\nDURATION:PT1H\r\n" + (rule.isEmpty() ? QByteArray() : "RRULE:" + rule + "\r\n")
               + "SUMMARY:" + uid.toUtf8() + "\r\nEND:VEVENT\r\n");
}

QByteArray task(const QString &uid, const QDateTime &due)
{
    const QByteArray d = due.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    return ics("BEGIN:VTODO\r\nUID:" + uid.toUtf8() + "\r\nDTSTAMP:20240101T000000Z\r\nDUE:" + d + "\r\nSUMMARY:"
               + uid.toUtf8() + "\r\nEND:VTODO\r\n");
}

QStringList idsOf(const QList<Item> &items)
{
    QStringList out;
    for (const Item &i : items)
        out << i.id.section(QLatin1Char('/'), -1);
    out.sort();
    return out;
}

} // namespace

class TestDavRange : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rangedFirstListing_data();
    void rangedFirstListing();
    void outOfRangeKnownIsNotDeleted();
    void incrementalKeepsSyncCollection();
    void mixedCollectionKeepsKindsApart();
    void collectionWithoutComponentIsRefused();
    void pickFirstCalendarForComponent();
    void discoveryFromAddress_data();
    void discoveryFromAddress();

private:
    DavCollection collection(const QUrl &url) const;
    DavStore *store(const QString &component, const QDateTime &from = {}, const QUrl &url = {}, bool pick = false);
    Item put(DavStore *s, const QString &name, const QByteArray &raw);
    //! The history the range tests share; returns name → item.
    void putHistory();
    //! MKCALENDAR accepting only \a component; false (with a skip reason) if the server ignores the set.
    bool makeCalendar(const QString &path, const QString &component);

    std::unique_ptr<DavServerProcess> m_server;
    std::unique_ptr<NetworkContext> m_context;
    QList<DavStore *> m_stores;
    QHash<QString, Item> m_items;
    QDateTime m_now;
};

void TestDavRange::init()
{
    bool ok = false;
    const auto which = DavServerProcess::fromName(qEnvironmentVariable("CRMSYNC_DAV_SERVER", QStringLiteral("radicale")), &ok);
    QVERIFY2(ok, "CRMSYNC_DAV_SERVER must be radicale or xandikos");
    m_server = std::make_unique<DavServerProcess>(which);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_context = std::make_unique<NetworkContext>();
    RetryPolicy fast;
    fast.baseDelayMs = 10;
    fast.maxAttempts = 2;
    m_context->setRetryPolicy(fast);
    m_now = QDateTime::currentDateTimeUtc();
    m_items.clear();
}

void TestDavRange::cleanup()
{
    qDeleteAll(m_stores);
    m_stores.clear();
    m_context.reset();
    m_server.reset();
}

DavCollection TestDavRange::collection(const QUrl &url) const
{
    DavCollection c;
    c.kind = DavCollection::Kind::Calendar;
    c.url = url;
    c.username = m_server->username();
    c.password = m_server->password();
    c.context = m_context.get();
    return c;
}

DavStore *TestDavRange::store(const QString &component, const QDateTime &from, const QUrl &url, bool pick)
{
    DavListOptions options;
    options.component = component;
    options.rangeStart = from;
    options.pickCollection = pick;
    m_stores.append(new DavStore(collection(url.isEmpty() ? m_server->calendarUrl() : url), options));
    return m_stores.constLast();
}

Item TestDavRange::put(DavStore *s, const QString &name, const QByteArray &raw)
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

void TestDavRange::putHistory()
{
    DavStore *plain = store({});
    const QDateTime old(QDate(2020, 1, 6), QTime(10, 0), Qt::UTC);
    const QList<QPair<QString, QByteArray>> history{
        {QStringLiteral("old.ics"), eventIcs(QStringLiteral("old"), old)},
        {QStringLiteral("soon.ics"), eventIcs(QStringLiteral("soon"), m_now.addDays(10))},
        {QStringLiteral("weekly.ics"), eventIcs(QStringLiteral("weekly"), old, "FREQ=WEEKLY")},
        {QStringLiteral("ended.ics"), eventIcs(QStringLiteral("ended"), old, "FREQ=WEEKLY;UNTIL=20210101T000000Z")},
        {QStringLiteral("todo-soon.ics"), task(QStringLiteral("todo-soon"), m_now.addDays(3))},
        {QStringLiteral("todo-old.ics"), task(QStringLiteral("todo-old"), old)},
    };
    for (const auto &[name, raw] : history) {
        const Item i = put(plain, name, raw);
        QVERIFY2(!i.id.isEmpty(), qPrintable(name));
        m_items.insert(name, i);
    }
}

void TestDavRange::rangedFirstListing_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<bool>("ranged");
    QTest::addColumn<QStringList>("listed");
    QTest::addRow("events, from yesterday")
        << "VEVENT" << true << QStringList{QStringLiteral("soon.ics"), QStringLiteral("weekly.ics")};
    QTest::addRow("events, all") << "VEVENT" << false
                                 << QStringList{QStringLiteral("ended.ics"), QStringLiteral("old.ics"),
                                                QStringLiteral("soon.ics"), QStringLiteral("weekly.ics")};
    QTest::addRow("tasks, from yesterday") << "VTODO" << true << QStringList{QStringLiteral("todo-soon.ics")};
    QTest::addRow("tasks, all") << "VTODO" << false
                                << QStringList{QStringLiteral("todo-old.ics"), QStringLiteral("todo-soon.ics")};
}

void TestDavRange::rangedFirstListing()
{
    QFETCH(QString, component);
    QFETCH(bool, ranged);
    putHistory();
    DavStore *s = store(component, ranged ? m_now.addDays(-1) : QDateTime());
    const qint64 before = m_context->counter().requests();
    auto list = run(s->listChanges({}, {}));
    QVERIFY2(!list->hasError(), qPrintable(list->error().userMessage + list->error().detail));
    QVERIFY(list->changes().fullListing);
    QVERIFY(list->changes().deleted.isEmpty());
    QVERIFY(!list->changes().newToken.isEmpty());
    QTEST(idsOf(list->changes().changed), "listed");
    // Check the collection, PROPFIND it, calendar-query (and, ranged, the recurring-series
    // query), one multiget: the other kind and the out-of-range history were never fetched.
    QCOMPARE(m_context->counter().requests() - before, ranged ? 5 : 4);
}

void TestDavRange::outOfRangeKnownIsNotDeleted()
{
    putHistory();
    DavStore *s = store(QStringLiteral("VEVENT"), m_now.addDays(-1));
    const Item old = m_items.value(QStringLiteral("old.ics"));
    // Linked before (a reset token, or a run before the range was narrowed): not in the
    // range answer, yet still there, so not deleted.
    auto list = run(s->listChanges({}, {{old.id, old.version}}));
    QVERIFY2(!list->hasError(), qPrintable(list->error().detail));
    QVERIFY(list->changes().deleted.isEmpty());
    QCOMPARE(idsOf(list->changes().changed), (QStringList{QStringLiteral("soon.ics"), QStringLiteral("weekly.ics")}));

    // A linked item keeps syncing when it changes, whatever its date.
    auto upd = run(s->write({update(old.id, old.version, eventIcs(QStringLiteral("old"),
                                                                QDateTime(QDate(2020, 1, 7), QTime(9, 0), Qt::UTC)))}));
    QVERIFY(upd->results().constFirst().ok());
    auto again = run(s->listChanges({}, {{old.id, old.version}}));
    QVERIFY(again->changes().deleted.isEmpty());
    QVERIFY(idsOf(again->changes().changed).contains(QStringLiteral("old.ics")));

    // Gone for real: deleted.
    auto del = run(s->write({removal(old.id, upd->results().constFirst().version)}));
    QVERIFY(del->results().constFirst().ok());
    auto gone = run(s->listChanges({}, {{old.id, upd->results().constFirst().version}}));
    QCOMPARE(gone->changes().deleted, QStringList{old.id});
}

void TestDavRange::incrementalKeepsSyncCollection()
{
    putHistory();
    DavStore *s = store(QStringLiteral("VEVENT"), m_now.addDays(-1));
    auto first = run(s->listChanges({}, {}));
    QVERIFY(!first->hasError());
    const QString token = first->changes().newToken;
    const QHash<QString, QString> known = versionsOf(first->changes().changed);
    // Later changes come from sync-collection, in range or not: SyncFilter decides then.
    DavStore *plain = store({});
    put(plain, QStringLiteral("late-old.ics"), eventIcs(QStringLiteral("late-old"), QDateTime(QDate(2019, 5, 1), QTime(8, 0), Qt::UTC)));
    put(plain, QStringLiteral("late-todo.ics"), task(QStringLiteral("late-todo"), m_now.addDays(1)));
    auto delta = run(s->listChanges(token, known));
    QVERIFY2(!delta->hasError(), qPrintable(delta->error().detail));
    QVERIFY(!delta->changes().fullListing);
    QCOMPARE(idsOf(delta->changes().changed), QStringList{QStringLiteral("late-old.ics")});
}

void TestDavRange::mixedCollectionKeepsKindsApart()
{
    // Radicale (and Xandikos) keep VEVENT and VTODO resources in one calendar: an events
    // store and a tasks store on it each see their own kind only, and changes or removals
    // of the other kind are neither changes nor deletions.
    putHistory();
    DavStore *events = store(QStringLiteral("VEVENT"));
    DavStore *tasks = store(QStringLiteral("VTODO"));
    auto e1 = run(events->listChanges({}, {}));
    auto t1 = run(tasks->listChanges({}, {}));
    QVERIFY(!e1->hasError() && !t1->hasError());
    QCOMPARE(idsOf(e1->changes().changed).size(), 4);
    QCOMPARE(idsOf(t1->changes().changed), (QStringList{QStringLiteral("todo-old.ics"), QStringLiteral("todo-soon.ics")}));
    const QHash<QString, QString> eventsKnown = versionsOf(e1->changes().changed);
    const QHash<QString, QString> tasksKnown = versionsOf(t1->changes().changed);

    const Item todo = m_items.value(QStringLiteral("todo-old.ics"));
    const Item soon = m_items.value(QStringLiteral("soon.ics"));
    auto delTodo = run(tasks->write({removal(todo.id, todo.version)}));
    QVERIFY(delTodo->results().constFirst().ok());
    auto updEvent = run(events->write({update(soon.id, soon.version, eventIcs(QStringLiteral("soon"), m_now.addDays(11)))}));
    QVERIFY(updEvent->results().constFirst().ok());

    for (bool incremental : {true, false}) {
        auto e2 = run(events->listChanges(incremental ? e1->changes().newToken : QString(), eventsKnown));
        auto t2 = run(tasks->listChanges(incremental ? t1->changes().newToken : QString(), tasksKnown));
        QVERIFY(!e2->hasError() && !t2->hasError());
        QVERIFY2(e2->changes().deleted.isEmpty(), qPrintable(e2->changes().deleted.join(u',')));
        QCOMPARE(idsOf(e2->changes().changed), QStringList{QStringLiteral("soon.ics")});
        QCOMPARE(t2->changes().deleted, QStringList{todo.id});
        QVERIFY(t2->changes().changed.isEmpty());
    }
    // The untouched task is still there, byte for byte as the server keeps it.
    auto fetch = run(tasks->fetch({m_items.value(QStringLiteral("todo-soon.ics")).id}));
    QCOMPARE(fetch->items().size(), 1);
    QCOMPARE(fetch->items().constFirst().version, m_items.value(QStringLiteral("todo-soon.ics")).version);
}

bool TestDavRange::makeCalendar(const QString &path, const QString &component)
{
    const QByteArray body = "<?xml version=\"1.0\"?><C:mkcalendar xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\">"
                            "<D:set><D:prop><C:supported-calendar-component-set><C:comp name=\""
        + component.toLatin1() + "\"/></C:supported-calendar-component-set></D:prop></D:set></C:mkcalendar>";
    DavCollection c = collection(m_server->baseUrl().resolved(QUrl(path)));
    HttpJob *http = DavRequest::make(c, "MKCALENDAR", c.url, nullptr);
    http->setHeader("Content-Type", "application/xml; charset=utf-8");
    http->setBody(body);
    auto job = run(http);
    if (job->hasError()) {
        qWarning() << "MKCALENDAR" << path << "failed:" << job->statusCode() << job->body();
        return false;
    }
    // Xandikos 0.2.8 answers the set with 404 in its mkcalendar-response and keeps
    // accepting every component (docs/dav.md).
    return !job->body().contains("404 Not Found");
}

void TestDavRange::collectionWithoutComponentIsRefused()
{
    const QString path = m_server->calendarUrl().resolved(QUrl(QStringLiteral("../a-events/"))).path();
    if (!makeCalendar(path, QStringLiteral("VEVENT")))
        QSKIP("the server cannot make a calendar that refuses VTODO (Xandikos 0.2.8 ignores the component set)");
    DavStore *tasks = store(QStringLiteral("VTODO"), {}, m_server->baseUrl().resolved(QUrl(path)));
    auto list = run(tasks->listChanges({}, {}));
    QVERIFY(list->hasError());
    QCOMPARE(list->error().category, Error::Category::Config);
    QVERIFY2(list->error().userMessage.contains(QStringLiteral("VTODO")), qPrintable(list->error().userMessage));
    QVERIFY(list->error().userMessage.contains(path));
    // The same calendar is fine for events.
    auto events = run(store(QStringLiteral("VEVENT"), {}, m_server->baseUrl().resolved(QUrl(path)))->listChanges({}, {}));
    QVERIFY2(!events->hasError(), qPrintable(events->error().userMessage));
}

void TestDavRange::pickFirstCalendarForComponent()
{
    // "a-events" sorts before the default calendar: events pick it, tasks skip it.
    const QString path = m_server->calendarUrl().resolved(QUrl(QStringLiteral("../a-events/"))).path();
    if (!makeCalendar(path, QStringLiteral("VEVENT")))
        QSKIP("the server cannot make a calendar that refuses VTODO (Xandikos 0.2.8 ignores the component set)");
    DavStore *events = store(QStringLiteral("VEVENT"), {}, m_server->baseUrl(), true);
    DavStore *tasks = store(QStringLiteral("VTODO"), {}, m_server->baseUrl(), true);
    auto e = run(events->listChanges({}, {}));
    auto t = run(tasks->listChanges({}, {}));
    QVERIFY2(!e->hasError(), qPrintable(e->error().userMessage + e->error().detail));
    QVERIFY2(!t->hasError(), qPrintable(t->error().userMessage + t->error().detail));
    QCOMPARE(events->collection().url.path(), path);
    QCOMPARE(tasks->collection().url.path(), m_server->calendarUrl().path());
    // Writes go to the picked calendar.
    const Item written = put(tasks, QStringLiteral("t.ics"), task(QStringLiteral("t"), m_now));
    QCOMPARE(written.id, m_server->calendarUrl().path() + QStringLiteral("t.ics"));

    // Without the pick, a server URL is refused once as before.
    auto refused = run(store(QStringLiteral("VTODO"), {}, m_server->baseUrl(), false)->listChanges({}, {}));
    QVERIFY(refused->hasError());
    QVERIFY(refused->error().userMessage.contains(QStringLiteral("crmsync discover")));
}

void TestDavRange::discoveryFromAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addRow("host:port") << QStringLiteral("localhost:%1");
    QTest::addRow("e-mail at host:port") << QStringLiteral("user@127.0.0.1:%1");
}

void TestDavRange::discoveryFromAddress()
{
    // Loopback skips DNS (RFC 6761) and goes to /.well-known/, which both servers redirect
    // (Radicale 301, Xandikos 302; reference/protocols.md §4.1).
    QFETCH(QString, address);
    DavCollection server = collection(DavServiceLocator::addressUrl(address.arg(m_server->port())));
    auto job = run(new DavDiscoveryJob(server));
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage + job->error().detail));
    bool calendar = false;
    for (const DavCollectionInfo &c : job->collections())
        calendar = calendar || c.url.path() == m_server->calendarUrl().path();
    QVERIFY(calendar);
}

QTEST_GUILESS_MAIN(TestDavRange)
#include "tst_dav_range.moc"
