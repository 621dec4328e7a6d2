// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/profilestatusmodel.h"
#include "state/statedb.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QJsonObject>
#include <QTest>

using namespace crmsync;

class TestProfileStatusModel : public QObject
{
    Q_OBJECT

private:
    static SyncProfile profile(const QString &name, ModuleInfo::Module module, int interval)
    {
        SyncProfile p;
        p.name = name;
        p.module = module;
        p.intervalMinutes = interval;
        return p;
    }
    static QJsonObject report(const QString &status, int crmCreated, int remoteUpdated, int conflicts, int errors)
    {
        QJsonArray errs;
        for (int i = 0; i < errors; ++i)
            errs.append(QJsonObject{{"item", QStringLiteral("item-%1.vcf").arg(i)}, {"message", "bad date"}});
        return {{"name", "x"}, {"status", status},
                {"crm", QJsonObject{{"created", crmCreated}, {"updated", 0}, {"deleted", 0}}},
                {"remote", QJsonObject{{"created", 0}, {"updated", remoteUpdated}, {"deleted", 2}}},
                {"conflicts", conflicts}, {"errors", errs}};
    }

private slots:
    void fedFromStateDb()
    {
        QTemporaryDir dir;
        auto opened = StateDb::open(dir.filePath("state.sqlite"));
        QVERIFY2(opened, qPrintable(opened.error().userMessage));
        std::unique_ptr<StateDb> db = std::move(opened).value();
        const QDateTime finished(QDate(2026, 3, 4), QTime(9, 30), Qt::UTC);
        RunRecord run;
        run.startedAt = finished.addSecs(-5);
        run.finishedAt = finished;
        run.report = report("errors", 3, 1, 4, 2);
        QVERIFY(db->addRun("contacts", run));

        ProfileStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfiles({profile("contacts", ModuleInfo::Module::Contacts, 0),
                           profile("events", ModuleInfo::Module::Events, 15)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ProfileStatusModel::ColumnCount));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (const QString &name : {QStringLiteral("contacts"), QStringLiteral("events")}) {
            const auto runs = db->runs(name, 1);
            QVERIFY(runs);
            if (!runs.value().isEmpty())
                model.setLastRun(name, runs.value().first().finishedAt, runs.value().first().report);
        }
        QCOMPARE(changed.size(), 1);

        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(cell(0, ProfileStatusModel::Name).toString(), QStringLiteral("contacts"));
        QCOMPARE(cell(0, ProfileStatusModel::Module).toString(), QStringLiteral("Contacts"));
        QCOMPARE(cell(1, ProfileStatusModel::Module).toString(), QStringLiteral("Events"));
        QCOMPARE(cell(0, ProfileStatusModel::LastSync).toString(),
                 QLocale().toString(finished.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(cell(1, ProfileStatusModel::LastSync).toString(), QStringLiteral("Never"));
        QCOMPARE(cell(0, ProfileStatusModel::CrmChanges).toString(), QStringLiteral("+3 ~0 −0"));
        QCOMPARE(cell(0, ProfileStatusModel::OtherChanges).toString(), QStringLiteral("+0 ~1 −2"));
        QVERIFY(cell(0, ProfileStatusModel::OtherChanges, Qt::ToolTipRole).toString().contains("2 deleted"));
        QCOMPARE(cell(0, ProfileStatusModel::Errors).toInt(), 2);
        QCOMPARE(cell(0, ProfileStatusModel::Conflicts).toInt(), 4);
        QVERIFY(!cell(1, ProfileStatusModel::Errors).isValid());
        QCOMPARE(cell(0, ProfileStatusModel::NextSync).toString(), QStringLiteral("Manual"));
        QCOMPARE(model.lastReport("contacts").value("status").toString(), QStringLiteral("errors"));
    }

    void stateProgressAndNext()
    {
        ProfileStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfiles({profile("leads", ModuleInfo::Module::Leads, 30)});
        const QModelIndex state = model.index(0, ProfileStatusModel::State);
        QCOMPARE(state.data().toString(), QStringLiteral("Not synced yet"));
        QVERIFY(state.data(Qt::DecorationRole).isValid());
        model.setLastRun("leads", QDateTime::currentDateTime(), QJsonObject{{"status", "ok"}});
        QCOMPARE(state.data().toString(), QStringLiteral("Synced"));

        model.setState("leads", SyncState::Syncing);
        model.setProgress("leads", 40, 120);
        QCOMPARE(state.data().toString(), QStringLiteral("Syncing: 40 of 120"));
        model.setState("leads", SyncState::Offline);
        model.setWaiting("leads", 2);
        QCOMPARE(state.data().toString(), QStringLiteral("Offline, 2 change(s) waiting"));
        QCOMPARE(state.data(ProfileStatusModel::StateRole).toInt(), int(SyncState::Offline));

        const QDateTime next = QDateTime::currentDateTime().addSecs(600);
        model.setNextSync("leads", next);
        QCOMPARE(model.index(0, ProfileStatusModel::NextSync).data().toString(),
                 QLocale().toString(next, QLocale::ShortFormat));
        model.setNextSync("leads", {});
        QCOMPARE(model.index(0, ProfileStatusModel::NextSync).data().toString(), QStringLiteral("–"));

        // Unknown profiles are ignored; a new profile list keeps what known rows had.
        model.setState("nope", SyncState::NeedsAttention);
        model.setProfiles({profile("tasks", ModuleInfo::Module::Tasks, 0), profile("leads", ModuleInfo::Module::Leads, 30)});
        QCOMPARE(model.rowOf("leads"), 1);
        QCOMPARE(model.index(1, ProfileStatusModel::State).data(ProfileStatusModel::StateRole).toInt(),
                 int(SyncState::Offline));
        QCOMPARE(model.profileAt(0), QStringLiteral("tasks"));
        QVERIFY(model.headerData(ProfileStatusModel::CrmChanges, Qt::Horizontal).toString().contains("CRM"));
    }
};

QTEST_MAIN(TestProfileStatusModel)
#include "tst_profilestatusmodel.moc"
