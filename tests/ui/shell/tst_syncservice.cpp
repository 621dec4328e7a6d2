// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicefixture.h"
#include "shell/syncservice.h"
#include "queue/outbox.h"
#include "state/statedb.h"
#include "config/profileedits.h"

#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace crmsync;

class TestSyncService : public QObject
{
    Q_OBJECT

private:
    static int waitingInDb(const QString &stateDir)
    {
        auto db = StateDb::open(QDir(stateDir).filePath("state.sqlite"));
        if (!db)
            return -1;
        const auto entries = db.value()->outboxEntries({}, true);
        return entries ? int(entries.value().size()) : -1;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SyncState>();
    }

    void syncNowReportsCounts()
    {
        ServiceFixture f({QStringLiteral("--seed-demo")});
        QVERIFY2(f.start(), qPrintable(f.error()));
        QVERIFY2(f.writeConfig({QStringLiteral("Contacts")}), qPrintable(f.error()));
        SyncService service(f.stateDir());
        service.setConfig(f.config());
        QSignalSpy finished(&service, &SyncService::runFinished);
        QSignalSpy states(&service, &SyncService::profileStateChanged);
        QSignalSpy progress(&service, &SyncService::progress);
        QSignalSpy log(&service, &SyncService::logLine);
        service.start();
        QVERIFY(!service.nextSync("contacts").isValid()); // manual profile: no schedule
        service.syncNow();
        QCOMPARE(service.state("contacts"), SyncState::Syncing);
        QVERIFY(finished.wait(30000));
        const QJsonObject report = finished.first().at(1).toJsonObject();
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("contacts"));
        QCOMPARE(report.value("status").toString(), QStringLiteral("ok"));
        const int created = report.value("remote").toObject().value("created").toInt();
        QVERIFY2(created > 0, "the seeded contacts reach the folder");
        QCOMPARE(int(QDir(f.folder("contacts")).entryList({"*.vcf"}, QDir::Files).size()), created);
        QCOMPARE(service.state("contacts"), SyncState::Idle);
        QVERIFY(service.lastSync("contacts").isValid());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(states.first().at(1).value<SyncState>(), SyncState::Syncing);
        QCOMPARE(states.last().at(1).value<SyncState>(), SyncState::Idle);
        QVERIFY(log.size() >= 2);

        // A second "Sync now" while one runs does not start a second run of the profile.
        service.syncNow("contacts");
        service.syncNow("contacts");
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.wait(500));
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.last().at(1).toJsonObject().value("remote").toObject().value("created").toInt(), 0);

        // The history is read back by a new service (another app start).
        SyncService again(f.stateDir());
        again.setConfig(f.config());
        QSignalSpy history(&again, &SyncService::lastRunChanged);
        again.start();
        QVERIFY(history.wait(10000));
        QCOMPARE(history.first().at(0).toString(), QStringLiteral("contacts"));
        QCOMPARE(again.state("contacts"), SyncState::Idle);
    }

    void pauseBlocksScheduledRuns()
    {
        ServiceFixture f;
        QVERIFY2(f.start(), qPrintable(f.error()));
        QVERIFY2(f.writeConfig({QStringLiteral("Tasks")}, 1), qPrintable(f.error()));
        SyncService service(f.stateDir());
        service.setMinuteMs(300);
        service.setConfig(f.config());
        QSignalSpy finished(&service, &SyncService::runFinished);
        QSignalSpy paused(&service, &SyncService::pausedChanged);
        service.pause();
        service.start(); // a scheduled profile is due at start…
        QCOMPARE(paused.size(), 1);
        QCOMPARE(service.state("tasks"), SyncState::Paused);
        QVERIFY(!finished.wait(1500)); // …but waits while paused
        service.resume();
        QVERIFY(finished.wait(30000));
        QCOMPARE(service.state("tasks"), SyncState::Idle);
        // The next run comes one (scaled) minute later, by itself.
        QVERIFY(service.nextSync("tasks").isValid());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 2);
        service.pause();
        const int runs = int(finished.size());
        QVERIFY(!finished.wait(1500));
        QCOMPARE(int(finished.size()), runs);
    }

    void pausedProfileWaitsUntilNamed()
    {
        ServiceFixture f;
        QVERIFY2(f.start(), qPrintable(f.error()));
        QVERIFY2(f.writeConfig({QStringLiteral("Tasks"), QStringLiteral("Contacts")}, 1), qPrintable(f.error()));
        SyncService service(f.stateDir());
        service.setMinuteMs(300);
        service.setConfig(ProfileEdits::withPaused(f.config(), QStringLiteral("tasks"), true));
        QSignalSpy finished(&service, &SyncService::runFinished);
        service.start(); // both are due at start; only contacts runs
        QCOMPARE(service.state("tasks"), SyncState::Paused);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("contacts"));
        service.syncNow(); // "Sync now" for all leaves the paused one alone too
        QVERIFY(finished.wait(30000));
        QTest::qWait(1000);
        for (const QList<QVariant> &run : std::as_const(finished))
            QCOMPARE(run.at(0).toString(), QStringLiteral("contacts"));
        QCOMPARE(service.state("tasks"), SyncState::Paused);

        service.syncNow(QStringLiteral("tasks")); // named: runs although paused
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(finished.cbegin(), finished.cend(),
                                             [](const QList<QVariant> &run) { return run.at(0).toString() == "tasks"; }),
                                 30000);

        service.setConfig(ProfileEdits::withPaused(f.config(), QStringLiteral("tasks"), false)); // resumed
        QTRY_COMPARE_WITH_TIMEOUT(std::count_if(finished.cbegin(), finished.cend(),
                                                [](const QList<QVariant> &run) { return run.at(0).toString() == "tasks"; }),
                                  qsizetype(2), 30000);
    }

    void refusedChangeIsShownAndSentAgain()
    {
        ServiceFixture f;
        QVERIFY2(f.start(), qPrintable(f.error()));
        QVERIFY2(f.writeConfig({QStringLiteral("Contacts")}), qPrintable(f.error()));
        qint64 id = 0;
        QVERIFY(QDir().mkpath(f.stateDir()));
        {
            auto db = StateDb::open(QDir(f.stateDir()).filePath("state.sqlite"));
            QVERIFY(db);
            Outbox outbox(db.value().get());
            const auto entry = outbox.recordCreate("contacts", {{"Last_Name", "Refused"}, {"Email", "not-an-email"}});
            QVERIFY(entry);
            id = entry->id;
        }
        SyncService service(f.stateDir());
        service.setConfig(f.config());
        QSignalSpy finished(&service, &SyncService::runFinished);
        QSignalSpy failed(&service, &SyncService::failedChangesLoaded);
        service.start();
        service.syncNow("contacts");
        QVERIFY(finished.wait(30000));
        // The run names the refused change among its errors, and the profile needs the user.
        const QJsonArray errors = finished.last().at(1).toJsonObject().value("errors").toArray();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first()["item"].toString().contains(QString::number(id)));
        QCOMPARE(service.state("contacts"), SyncState::NeedsAttention);
        service.requestDetails("contacts");
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.last().at(1).value<QList<OutboxEntry>>().size(), 1);
        QVERIFY(!failed.last().at(1).value<QList<OutboxEntry>>().first().lastError.isEmpty());

        // "Send again": queued, the profile runs, the CRM refuses it again, and it stays.
        service.retryChange("contacts", id);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.last().at(1).toJsonObject().value("errors").toArray().size(), 1);
        auto db = StateDb::open(QDir(f.stateDir()).filePath("state.sqlite"));
        QVERIFY(db);
        const auto entry = db.value()->outboxEntry(id);
        QVERIFY(entry);
        QCOMPARE(entry->state, OutboxEntry::State::Failed);
        QCOMPARE(entry->attempts, 2);
    }

    void offlineThenBack()
    {
        ServiceFixture f;
        QVERIFY2(f.start(), qPrintable(f.error()));
        QVERIFY2(f.writeConfig({QStringLiteral("Contacts")}), qPrintable(f.error()));
        SyncService service(f.stateDir());
        service.setProbeIntervalMs(200);
        service.setConfig(f.config());
        QSignalSpy finished(&service, &SyncService::runFinished);
        service.start();
        service.syncNow();
        QVERIFY(finished.wait(30000));
        QCOMPARE(service.state("contacts"), SyncState::Idle);

        f.sandbox().stop();
        {
            auto db = StateDb::open(QDir(f.stateDir()).filePath("state.sqlite"));
            QVERIFY(db);
            Outbox outbox(db.value().get());
            QVERIFY(outbox.recordCreate("contacts", {{"Last_Name", "Offline"}, {"First_Name", "Olga"}}));
        }
        service.syncNow("contacts");
        QVERIFY(finished.wait(50000));
        QCOMPARE(finished.last().at(1).toJsonObject().value("status").toString(), QStringLiteral("offline"));
        QCOMPARE(service.state("contacts"), SyncState::Offline);
        QTRY_COMPARE(service.waitingChanges("contacts"), 1);
        QCOMPARE(service.waitingChanges(), 1);
        // Backed off: the next try is scheduled, a (real) minute away.
        QVERIFY(service.nextSync("contacts") > QDateTime::currentDateTime().addSecs(30));

        QVERIFY2(f.sandbox().restart(), qPrintable(f.sandbox().errorString()));
        // The probe sees the server again; the run replays the outbox and syncs.
        QTRY_COMPARE_WITH_TIMEOUT(service.state("contacts"), SyncState::Idle, 40000);
        QCOMPARE(finished.last().at(1).toJsonObject().value("status").toString(), QStringLiteral("ok"));
        QCOMPARE(service.waitingChanges("contacts"), 0);
        QCOMPARE(waitingInDb(f.stateDir()), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
