// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/dashboardview.h"
#include "dashboard/profilestatusmodel.h"
#include "shell/mainwindow.h"
#include "shell/syncservice.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace crmsync;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static Config twoProfiles()
    {
        Config config;
        SyncProfile contacts;
        contacts.name = QStringLiteral("contacts");
        SyncProfile events;
        events.name = QStringLiteral("events");
        events.module = ModuleInfo::Module::Events;
        events.intervalMinutes = 15;
        config.profiles = {contacts, events};
        return config;
    }

    static QMessageBox *openQuestion(QWidget *window)
    {
        QMessageBox *box = nullptr;
        [&] { QTRY_VERIFY((box = window->findChild<QMessageBox *>()) && box->isVisible()); }();
        return box;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SyncState>();
    }

    void showsProfilesAndOffersTheHooks()
    {
        QTemporaryDir dir;
        SyncService service(dir.path());
        service.setConfig(twoProfiles());
        MainWindow window(&service);
        window.setConfig(twoProfiles());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(window.dashboard()->profileTable()->model()->rowCount(), 2);
        QCOMPARE(window.profileModel()->index(1, ProfileStatusModel::Module).data().toString(), QStringLiteral("Events"));
        QCOMPARE(window.dashboard()->currentProfile(), QStringLiteral("contacts"));

        QSignalSpy add(&window, &MainWindow::addProfileRequested);
        QSignalSpy signIn(&window, &MainWindow::signInRequested);
        window.addProfileAction()->trigger();
        window.signInAction()->trigger();
        QCOMPARE(add.size(), 1);
        QCOMPARE(signIn.size(), 1);

        auto *page = new QLabel(QStringLiteral("agenda"));
        window.addPage(page, QStringLiteral("Agenda"));
        auto *tabs = window.findChild<QTabWidget *>();
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(1), QStringLiteral("Agenda"));

        QSignalSpy overall(&window, &MainWindow::overallStateChanged);
        QCOMPARE(window.pauseAction()->text(), QStringLiteral("Pause"));
        window.pauseAction()->trigger();
        QVERIFY(service.isPaused());
        QCOMPARE(window.pauseAction()->text(), QStringLiteral("Resume"));
        QCOMPARE(window.overallState(), SyncState::Paused);
        QVERIFY(!overall.isEmpty());
        QCOMPARE(overall.last().at(0).value<SyncState>(), SyncState::Paused);
        QVERIFY(overall.last().at(1).toString().contains(QStringLiteral("Paused")));
        QVERIFY(window.statusText().contains(QStringLiteral("Paused")));
        QCOMPARE(window.profileModel()->index(0, ProfileStatusModel::State).data().toString(), QStringLiteral("Paused"));
        window.pauseAction()->trigger();
        QVERIFY(!service.isPaused());
        QCOMPARE(window.overallState(), SyncState::Idle);
    }

    void closingWithoutTrayAsks()
    {
        QTemporaryDir dir;
        SyncService service(dir.path());
        MainWindow window(&service);
        window.setTrayAvailable(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy quit(&window, &MainWindow::quitRequested);

        window.close();
        QVERIFY(window.isVisible());
        openQuestion(&window)->button(QMessageBox::No)->click();
        QVERIFY(quit.isEmpty());
        QVERIFY(window.isVisible());

        window.close();
        openQuestion(&window)->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(quit.size(), 1);
    }

    void closingWithTrayHides()
    {
        QTemporaryDir dir;
        SyncService service(dir.path());
        MainWindow window(&service);
        window.setTrayAvailable(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy quit(&window, &MainWindow::quitRequested);
        window.close();
        QVERIFY(!window.isVisible());
        QVERIFY(quit.isEmpty());
        QVERIFY(!window.findChild<QMessageBox *>());
        window.openAction()->trigger();
        QVERIFY(window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
