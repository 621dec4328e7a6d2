// SPDX-License-Identifier: GPL-3.0-or-later
// ZohoStore under trouble, against the real crm-sandbox: an access token expiring in the
// middle of a paged listing, 429 rate limits and seeded 500s retried to success, a
// refused refresh token, and a stopped server.
#include "sandboxzoho.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace crmsync;

namespace {

const QStringList kFields{QStringLiteral("Last_Name"), QStringLiteral("Email")};

} // namespace

class TestZohoStoreFaults : public QObject
{
    Q_OBJECT
private slots:
    void tokenExpiresBetweenPages()
    {
        SandboxZoho zoho;
        QVERIFY(zoho.start());
        auto store = zoho.store(ModuleInfo::Module::Contacts, kFields);
        QCOMPARE(zoho.createContacts(*store, 450, QStringLiteral("Exp")).size(), 450);
        QCOMPARE(zoho.session().refreshCount(), 1);

        // Expire every token as soon as the first page has arrived, before the second is asked for.
        bool expired = false;
        QObject guard;
        QObject::connect(zoho.context().manager(), &QNetworkAccessManager::finished, &guard,
                         [&](QNetworkReply *reply) {
                             if (!expired && reply->url().path() == QLatin1String("/crm/v8/Contacts")) {
                                 expired = true;
                                 QVERIFY(zoho.expireTokensNow());
                             }
                         });
        std::unique_ptr<ListChangesJob> job(store->listChanges({}, {}));
        QVERIFY(SandboxZoho::run(job.get()));
        QVERIFY(expired);
        QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage));
        QCOMPARE(job->changes().changed.size(), 450);
        QCOMPARE(zoho.session().refreshCount(), 2); // refreshed once, transparently
        QCOMPARE(zoho.stats().value("token_requests").toInt(), 2);
    }

    void rateLimitIsWaitedOut()
    {
        // Three calls a minute: seeding uses them all, so the listing meets 429s and must
        // back off until the sandbox's 60 s window frees up (Zoho sends no Retry-After, §4).
        SandboxZoho zoho({QStringLiteral("--rate-limit"), QStringLiteral("3")});
        QVERIFY(zoho.start());
        auto store = zoho.store(ModuleInfo::Module::Contacts, kFields);
        QCOMPARE(zoho.createContacts(*store, 250, QStringLiteral("Rate")).size(), 250);

        RetryPolicy quick = zoho.session().retryPolicy();
        quick.maxAttempts = 2;
        zoho.session().setRetryPolicy(quick);
        std::unique_ptr<ListChangesJob> giveUp(store->listChanges({}, {}));
        QVERIFY(SandboxZoho::run(giveUp.get()));
        QCOMPARE(giveUp->error().category, Error::Category::RateLimit);
        QVERIFY(giveUp->changes().changed.isEmpty());

        RetryPolicy patient;
        patient.baseDelayMs = 4000;
        patient.maxDelayMs = 30000;
        patient.maxAttempts = 8;
        zoho.session().setRetryPolicy(patient);
        const int retriesBefore = zoho.context().counter().retries();
        std::unique_ptr<ListChangesJob> job(store->listChanges({}, {}));
        QVERIFY(SandboxZoho::run(job.get(), 240000));
        QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage));
        QCOMPARE(job->changes().changed.size(), 250);
        QVERIFY(zoho.context().counter().retries() > retriesBefore);
    }

    void serverErrorsAreRetried()
    {
        SandboxZoho zoho({QStringLiteral("--error-rate"), QStringLiteral("0.3"), QStringLiteral("--seed-demo")});
        QVERIFY(zoho.start());
        auto store = zoho.store(ModuleInfo::Module::Contacts, kFields);
        std::unique_ptr<ListChangesJob> list(store->listChanges({}, {}));
        QVERIFY(SandboxZoho::run(list.get()));
        QVERIFY2(!list->hasError(), qPrintable(list->error().userMessage));
        const QList<Item> items = list->changes().changed;
        QCOMPARE(items.size(), 80); // README: --seed-demo makes 80 Contacts

        QStringList ids;
        QList<WriteRequest> updates;
        for (int i = 0; i < 10; ++i) {
            ids << items[i].id;
            WriteRequest r;
            r.op = WriteRequest::Op::Update;
            r.id = items[i].id;
            r.expectedVersion = items[i].version;
            r.raw = QJsonDocument(QJsonObject{{"Description", QStringLiteral("retry %1").arg(i)}}).toJson();
            r.tag = i;
            updates << r;
        }
        std::unique_ptr<FetchJob> fetch(store->fetch(ids));
        QVERIFY(SandboxZoho::run(fetch.get()));
        QVERIFY2(!fetch->hasError(), qPrintable(fetch->error().userMessage));
        QCOMPARE(fetch->items().size(), 10);
        std::unique_ptr<WriteJob> write(store->write(updates));
        QVERIFY(SandboxZoho::run(write.get()));
        QVERIFY2(!write->hasError(), qPrintable(write->error().userMessage));
        for (const WriteResult &r : write->results())
            QVERIFY2(r.ok(), qPrintable(r.error.userMessage));
        QVERIFY(zoho.context().counter().retries() > 0); // the seeded 500s were met and retried
    }

    void refusedRefreshTokenIsAuthError()
    {
        SandboxZoho zoho;
        QVERIFY(zoho.start());
        zoho.session().setRefreshToken(QStringLiteral("not-the-token"));
        QSignalSpy authFailed(&zoho.session(), &ZohoSession::authenticationFailed);
        auto store = zoho.store(ModuleInfo::Module::Leads, kFields);
        std::unique_ptr<ListChangesJob> job(store->listChanges({}, {}));
        QVERIFY(SandboxZoho::run(job.get()));
        QCOMPARE(job->error().category, Error::Category::Auth);
        QVERIFY2(job->error().userMessage.contains(QStringLiteral("sign in again")), qPrintable(job->error().userMessage));
        QVERIFY(!job->error().userMessage.contains(QStringLiteral("not-the-token")));
        QCOMPARE(authFailed.size(), 1);
        QCOMPARE(zoho.stats().value("requests").toInt(), 0); // no API call without a token
    }

    void stoppedServerIsNetworkError()
    {
        SandboxZoho zoho;
        QVERIFY(zoho.start());
        auto store = zoho.store(ModuleInfo::Module::Contacts, kFields);
        QCOMPARE(zoho.createContacts(*store, 3, QStringLiteral("Off")).size(), 3);
        zoho.process().stop();

        std::unique_ptr<ListChangesJob> list(store->listChanges({}, {}));
        QVERIFY(SandboxZoho::run(list.get()));
        QCOMPARE(list->error().category, Error::Category::Network);
        QVERIFY2(list->error().userMessage.contains(QStringLiteral("127.0.0.1")), qPrintable(list->error().userMessage));

        WriteRequest create;
        create.raw = R"({"Last_Name":"Offline"})";
        create.tag = 1;
        std::unique_ptr<WriteJob> write(store->write({create}));
        QVERIFY(SandboxZoho::run(write.get()));
        QCOMPARE(write->error().category, Error::Category::Network);
        QVERIFY(write->results().isEmpty()); // nothing was written

        QVERIFY(zoho.process().restart());
        zoho.session().setApiUrl(zoho.process().baseUrl());
        zoho.session().setAccountsUrl(zoho.process().baseUrl());
        std::unique_ptr<ListChangesJob> back(store->listChanges({}, {}));
        QVERIFY(SandboxZoho::run(back.get()));
        QVERIFY2(!back->hasError(), qPrintable(back->error().userMessage));
        QCOMPARE(back->changes().changed.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestZohoStoreFaults)
#include "tst_zohostore_faults.moc"
