// SPDX-License-Identifier: GPL-3.0-or-later
// ZohoStore against the real crm-sandbox: paging past 2 000 records, incremental
// listings and their cost, changes and deletions, writes and their per-record results,
// 412 conflicts, field metadata.
#include "connectors/zoho/zohofieldsjob.h"
#include "connectors/zoho/zoholistchangesjob.h"
#include "sandboxzoho.h"

#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace crmsync;

namespace {

const QStringList kFields{QStringLiteral("Last_Name"), QStringLiteral("Email")};

QHash<QString, QString> versionsOf(const QList<Item> &items)
{
    QHash<QString, QString> out;
    for (const Item &i : items)
        out.insert(i.id, i.version);
    return out;
}

WriteRequest update(const QString &id, const QString &expectedVersion, const QJsonObject &fields, int tag)
{
    WriteRequest r;
    r.op = WriteRequest::Op::Update;
    r.id = id;
    r.expectedVersion = expectedVersion;
    r.raw = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    r.tag = tag;
    return r;
}

} // namespace

class TestZohoStore : public QObject
{
    Q_OBJECT
private slots:
    void capabilities()
    {
        ZohoStore store(nullptr, ModuleInfo::of(ModuleInfo::Module::Contacts), kFields);
        QCOMPARE(store.capabilities().maxWriteBatch, 100);
        QCOMPARE(store.capabilities().maxFetchBatch, 100);
        QVERIFY(store.capabilities().incremental);
        QCOMPARE(store.requestFields(), (QStringList{"id", "Modified_Time", "Last_Name", "Email"}));
        QVERIFY(store.displayName().contains(QStringLiteral("Contacts")));
        QStringList many;
        for (int i = 0; i < 60; ++i)
            many << QStringLiteral("F%1").arg(i);
        ZohoStore wide(nullptr, ModuleInfo::of(ModuleInfo::Module::Contacts), many);
        QCOMPARE(wide.requestFields().size(), 50);
        QVERIFY(wide.fieldsOverLimit());

        // Jobs of a store whose session is gone fail cleanly instead of crashing.
        std::unique_ptr<ListChangesJob> list(store.listChanges({}, {}));
        QVERIFY(SandboxZoho::run(list.get()));
        QCOMPARE(list->error().category, Error::Category::Config);
        std::unique_ptr<FetchJob> fetch(store.fetch({QStringLiteral("1")}));
        QVERIFY(SandboxZoho::run(fetch.get()));
        QCOMPARE(fetch->error().category, Error::Category::Config);
        std::unique_ptr<WriteJob> write(store.write({WriteRequest{}}));
        QVERIFY(SandboxZoho::run(write.get()));
        QCOMPARE(write->error().category, Error::Category::Config);
    }

    void sinceHeaderIsOneSecondEarlier()
    {
        QCOMPARE(ZohoListChangesJob::sinceHeaderFor(QStringLiteral("2024-01-15T15:26:49+05:30")),
                 QStringLiteral("2024-01-15T09:56:48+00:00"));
        QCOMPARE(ZohoListChangesJob::sinceHeaderFor(QStringLiteral("garbage")), QString());
    }

    void fullListingPastTwoThousandThenIncremental()
    {
        SandboxZoho zoho;
        QVERIFY(zoho.start());
        auto store = zoho.store(ModuleInfo::Module::Contacts, kFields);
        const QList<WriteResult> created = zoho.createContacts(*store, 2150, QStringLiteral("Bulk"));
        QCOMPARE(created.size(), 2150);
        for (const WriteResult &r : created) {
            QVERIFY2(r.ok(), qPrintable(r.error.userMessage));
            QVERIFY(!r.id.isEmpty());
            QVERIFY(!r.version.isEmpty());
        }

        const int before = zoho.stats().value("requests").toInt();
        std::unique_ptr<ListChangesJob> full(store->listChanges({}, {}));
        QVERIFY(SandboxZoho::run(full.get()));
        QVERIFY2(!full->hasError(), qPrintable(full->error().userMessage));
        const ChangeSet &all = full->changes();
        QVERIFY(all.fullListing);
        QCOMPARE(all.changed.size(), 2150);
        QCOMPARE(all.totalCount, 2150);
        QVERIFY(all.deleted.isEmpty());
        QVERIFY(!all.newToken.isEmpty());
        QCOMPARE(versionsOf(all.changed).size(), 2150); // no record twice
        for (const WriteResult &r : created)
            QCOMPARE(versionsOf(all.changed).value(r.id), r.version);
        // 10 pages with `page`, then one with page_token (§2.1).
        QCOMPARE(zoho.stats().value("requests").toInt() - before, 11);
        const QJsonObject first = QJsonDocument::fromJson(all.changed.first().raw).object();
        QVERIFY(first.value("Last_Name").toString().startsWith(QStringLiteral("Bulk ")));
        QVERIFY(all.changed.first().modified.isValid());

        // A second full listing with everything known reports nothing.
        const QHash<QString, QString> known = versionsOf(all.changed);
        std::unique_ptr<ListChangesJob> again(store->listChanges({}, known));
        QVERIFY(SandboxZoho::run(again.get()));
        QVERIFY(again->changes().changed.isEmpty());
        QVERIFY(again->changes().deleted.isEmpty());

        // Incremental with nothing changed: one list call + one deleted call at most.
        const QJsonObject s0 = zoho.stats();
        std::unique_ptr<ListChangesJob> inc(store->listChanges(all.newToken, known));
        QVERIFY(SandboxZoho::run(inc.get()));
        QVERIFY2(!inc->hasError(), qPrintable(inc->error().userMessage));
        QVERIFY(!inc->changes().fullListing);
        QVERIFY(inc->changes().changed.isEmpty());
        QVERIFY(inc->changes().deleted.isEmpty());
        QVERIFY(!inc->changes().newToken.isEmpty());
        QVERIFY(zoho.stats().value("requests").toInt() - s0.value("requests").toInt() <= 2);
        QVERIFY(zoho.stats().value("credits").toInt() - s0.value("credits").toInt() <= 3);
    }

    void pagedListingStopsAfterEachPage()
    {
        SandboxZoho zoho;
        QVERIFY(zoho.start());
        auto store = zoho.store(ModuleInfo::Module::Contacts, kFields);
        QCOMPARE(zoho.createContacts(*store, 450, QStringLiteral("Paged")).size(), 450);

        std::unique_ptr<ListChangesJob> job(store->listChanges({}, {}));
        job->setPaged(true);
        QList<int> pageSizes;
        QSet<QString> ids;
        int requestsAtPage = -1;
        QList<int> requestsWhileStopped;
        connect(job.get(), &ListChangesJob::pageListed, this, [&] {
            const QList<Item> page = job->takeListedItems();
            pageSizes << int(page.size());
            for (const Item &i : page)
                ids.insert(i.id);
            // Stopped: nothing more is asked until listMore().
            const int now = zoho.stats().value("requests").toInt();
            QVERIFY(requestsAtPage < 0 || now > requestsAtPage);
            requestsAtPage = now;
            QTimer::singleShot(50, job.get(), [&] {
                requestsWhileStopped << zoho.stats().value("requests").toInt() - requestsAtPage;
                job->listMore();
            });
        });
        QVERIFY(SandboxZoho::run(job.get()));
        QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage));
        // Pages of 200 (§2.1): two stops, the last page stays in the result with the token.
        QCOMPARE(pageSizes, (QList<int>{200, 200}));
        QCOMPARE(requestsWhileStopped, (QList<int>{0, 0}));
        const ChangeSet &rest = job->changes();
        QCOMPARE(rest.changed.size(), 50);
        for (const Item &i : rest.changed)
            ids.insert(i.id);
        QCOMPARE(ids.size(), 450);
        QCOMPARE(rest.totalCount, 450);
        QVERIFY(!rest.newToken.isEmpty());

        // Not paged (the default): one finished, everything in changes().
        std::unique_ptr<ListChangesJob> whole(store->listChanges({}, {}));
        QSignalSpy pages(whole.get(), &ListChangesJob::pageListed);
        QVERIFY(SandboxZoho::run(whole.get()));
        QCOMPARE(pages.size(), 0);
        QCOMPARE(whole->changes().changed.size(), 450);
    }

    void changesAndDeletesArePickedUp()
    {
        SandboxZoho zoho;
        QVERIFY(zoho.start());
        auto store = zoho.store(ModuleInfo::Module::Contacts, kFields);
        const QList<WriteResult> created = zoho.createContacts(*store, 5, QStringLiteral("Inc"));
        QCOMPARE(created.size(), 5);
        std::unique_ptr<ListChangesJob> full(store->listChanges({}, {}));
        QVERIFY(SandboxZoho::run(full.get()));
        QHash<QString, QString> known = versionsOf(full->changes().changed);
        const QString token = full->changes().newToken;

        // Change two (different versions each: per-version PUTs), delete one, add one.
        QList<WriteRequest> writes{update(created[0].id, created[0].version, {{"Last_Name", "Changed 0"}}, 10),
                                   update(created[1].id, created[1].version, {{"Last_Name", "Changed 1"}}, 11)};
        WriteRequest del;
        del.op = WriteRequest::Op::Delete;
        del.id = created[2].id;
        del.tag = 12;
        writes << del;
        std::unique_ptr<WriteJob> write(store->write(writes));
        QVERIFY(SandboxZoho::run(write.get()));
        QVERIFY(!write->hasError());
        QCOMPARE(write->results().size(), 3);
        for (const WriteResult &r : write->results())
            QVERIFY2(r.ok(), qPrintable(r.error.userMessage));
        const QList<WriteResult> added = zoho.createContacts(*store, 1, QStringLiteral("Added"));
        QCOMPARE(added.size(), 1);

        std::unique_ptr<ListChangesJob> inc(store->listChanges(token, known));
        QVERIFY(SandboxZoho::run(inc.get()));
        QVERIFY2(!inc->hasError(), qPrintable(inc->error().userMessage));
        const QHash<QString, QString> changed = versionsOf(inc->changes().changed);
        QCOMPARE(QSet<QString>(changed.keyBegin(), changed.keyEnd()),
                 (QSet<QString>{created[0].id, created[1].id, added[0].id}));
        QCOMPARE(inc->changes().deleted, QStringList{created[2].id});
        QVERIFY(inc->changes().newToken >= token);

        // Taking the new versions in, the next incremental run is quiet again.
        for (auto it = changed.begin(); it != changed.end(); ++it)
            known.insert(it.key(), it.value());
        known.remove(created[2].id);
        std::unique_ptr<ListChangesJob> quiet(store->listChanges(inc->changes().newToken, known));
        QVERIFY(SandboxZoho::run(quiet.get()));
        QVERIFY(quiet->changes().changed.isEmpty());
        QVERIFY(quiet->changes().deleted.isEmpty());

        // A full listing confirms a known id that vanished before reporting it deleted.
        known.insert(created[2].id, created[2].version);
        std::unique_ptr<ListChangesJob> full2(store->listChanges({}, known));
        QVERIFY(SandboxZoho::run(full2.get()));
        QCOMPARE(full2->changes().deleted, QStringList{created[2].id});
        QVERIFY(full2->changes().changed.isEmpty());
    }

    void staleExpectedVersionIsConflict()
    {
        SandboxZoho zoho;
        QVERIFY(zoho.start());
        auto store = zoho.store(ModuleInfo::Module::Contacts, kFields);
        const QList<WriteResult> created = zoho.createContacts(*store, 2, QStringLiteral("Conf"));
        QCOMPARE(created.size(), 2);
        std::unique_ptr<WriteJob> first(store->write({update(created[0].id, created[0].version, {{"Last_Name", "A"}}, 1)}));
        QVERIFY(SandboxZoho::run(first.get()));
        QVERIFY(first->results().value(0).ok());
        const QString newVersion = first->results().value(0).version;
        QVERIFY(!newVersion.isEmpty());
        QVERIFY(newVersion != created[0].version);

        // Someone else's edit came in between: our stale version must not overwrite it.
        std::unique_ptr<WriteJob> stale(store->write({update(created[0].id, created[0].version, {{"Last_Name", "B"}}, 7),
                                                      update(created[1].id, created[1].version, {{"Last_Name", "C"}}, 8)}));
        QVERIFY(SandboxZoho::run(stale.get()));
        QVERIFY(!stale->hasError());
        QCOMPARE(stale->results().size(), 2);
        for (const WriteResult &r : stale->results()) {
            if (r.tag == 7) {
                QCOMPARE(r.error.category, Error::Category::Conflict);
                QVERIFY2(r.error.userMessage.contains(created[0].id), qPrintable(r.error.userMessage));
            } else {
                QCOMPARE(r.tag, 8);
                QVERIFY2(r.ok(), qPrintable(r.error.userMessage));
            }
        }
        std::unique_ptr<FetchJob> fetch(store->fetch({created[0].id, QStringLiteral("4150868000000999999")}));
        QVERIFY(SandboxZoho::run(fetch.get()));
        QVERIFY(!fetch->hasError());
        QCOMPARE(fetch->items().size(), 1);
        QCOMPARE(fetch->items().first().version, newVersion);
        QCOMPARE(QJsonDocument::fromJson(fetch->items().first().raw).object().value("Last_Name").toString(),
                 QStringLiteral("A"));
        QCOMPARE(fetch->missing(), QStringList{QStringLiteral("4150868000000999999")});
    }

    void perRecordErrors()
    {
        SandboxZoho zoho;
        QVERIFY(zoho.start());
        auto store = zoho.store(ModuleInfo::Module::Contacts, kFields);
        QList<WriteRequest> requests;
        const QList<QJsonObject> bodies{{{"Last_Name", "Fine"}, {"Email", "dup@example.com"}},
                                        {{"First_Name", "No last name"}},
                                        {{"Last_Name", "Twin"}, {"Email", "dup@example.com"}},
                                        {{"Last_Name", "Bad mail"}, {"Email", "not-an-address"}}};
        for (int i = 0; i < bodies.size(); ++i) {
            WriteRequest r;
            r.tag = 100 + i;
            r.raw = QJsonDocument(bodies[i]).toJson(QJsonDocument::Compact);
            requests << r;
        }
        std::unique_ptr<WriteJob> job(store->write(requests));
        QVERIFY(SandboxZoho::run(job.get()));
        QVERIFY(!job->hasError()); // 207: per-record outcomes
        QCOMPARE(job->results().size(), 4);
        QVERIFY(job->results()[0].ok());
        QCOMPARE(job->results()[1].error.category, Error::Category::Data);
        QVERIFY2(job->results()[1].error.userMessage.contains(QStringLiteral("Last_Name")),
                 qPrintable(job->results()[1].error.userMessage));
        QCOMPARE(job->results()[2].error.category, Error::Category::Data);
        QVERIFY(job->results()[2].error.userMessage.contains(QStringLiteral("Email")));
        QCOMPARE(job->results()[3].error.category, Error::Category::Data);
        QVERIFY(job->results()[3].error.userMessage.contains(QStringLiteral("Email")));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(job->results()[i].tag, 100 + i);
    }

    void fieldMetadata()
    {
        SandboxZoho zoho;
        QVERIFY(zoho.start());
        auto store = zoho.store(ModuleInfo::Module::Contacts, kFields);
        std::unique_ptr<ZohoFieldsJob> job(store->fetchFieldMetadata());
        QVERIFY(SandboxZoho::run(job.get()));
        QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage));
        bool sawLastName = false, sawCustom = false, sawReadOnly = false;
        for (const FieldInfo &f : job->fields()) {
            if (f.apiName == QLatin1String("Last_Name")) {
                sawLastName = true;
                QVERIFY(f.systemMandatory);
                QVERIFY(!f.label.isEmpty());
            }
            sawCustom |= f.customField;
            sawReadOnly |= f.readOnly;
        }
        QVERIFY(sawLastName);
        QVERIFY(sawCustom);
        QVERIFY(sawReadOnly);
    }
};

QTEST_GUILESS_MAIN(TestZohoStore)
#include "tst_zohostore.moc"
