// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicefixture.h"
#include "shell/syncservice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace crmsync;

//! The GUI thread stays responsive while the demo data syncs: a 10 ms timer on it never
//! fires more than 50 ms late (ARCHITECTURE.md "Threads").
class TestGuiLatency : public QObject
{
    Q_OBJECT
private slots:
    void guiThreadNeverBlockedDuringDemoSync()
    {
        ServiceFixture f({QStringLiteral("--seed-demo")});
        QVERIFY2(f.start(), qPrintable(f.error()));
        const QStringList modules{"Contacts", "Leads", "Vendors", "Tasks", "Events"};
        QVERIFY2(f.writeConfig(modules), qPrintable(f.error()));
        SyncService service(f.stateDir());
        service.setConfig(f.config());
        QSignalSpy finished(&service, &SyncService::runFinished);
        QSignalSpy progress(&service, &SyncService::progress);

        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worst = 0;
        int ticks = 0;
        QTimer probe;
        probe.setInterval(10);
        probe.setTimerType(Qt::PreciseTimer);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worst = qMax(worst, now - last - 10);
            last = now;
            ++ticks;
        });
        service.start();
        clock.start();
        probe.start();
        service.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), int(modules.size()), 60000);
        probe.stop();

        for (const QList<QVariant> &run : std::as_const(finished))
            QCOMPARE(run.at(1).toJsonObject().value("status").toString(), QStringLiteral("ok"));
        int files = 0;
        for (const QString &m : modules)
            files += int(QDir(f.folder(m.toLower())).entryList(QDir::Files).size());
        QVERIFY2(files > 100, "the demo data was synced");
        QVERIFY(!progress.isEmpty());
        qInfo("%d ticks over %lld ms, worst delay %lld ms", ticks, clock.elapsed(), worst);
        QVERIFY2(worst < 50, qPrintable(QStringLiteral("the GUI thread was blocked for %1 ms").arg(worst)));
    }
};

QTEST_GUILESS_MAIN(TestGuiLatency)
#include "tst_guilatency.moc"
