// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/mainwindow.h"

#include "common/statusicon.h"
#include "config/config.h"
#include "dashboard/dashboardview.h"
#include "dashboard/failedchangesbox.h"
#include "dashboard/logmodel.h"
#include "dashboard/profiledetailspane.h"
#include "dashboard/profilestatusmodel.h"
#include "shell/autostart.h"
#include "shell/syncservice.h"
#include "shell/traystatus.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace crmsync {

MainWindow::MainWindow(SyncService *service, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_profiles(new ProfileStatusModel(this))
    , m_log(new LogModel(this))
    , m_pages(new QTabWidget(this))
    , m_statusIcon(new QLabel(this))
    , m_statusText(new QLabel(this))
{
    setWindowTitle(tr("CRM Sync", "main window title"));
    setWindowIcon(StatusIcon::icon(SyncState::Idle));
    m_dashboard = new DashboardView(m_profiles, m_log, this);
    m_pages->addTab(m_dashboard, tr("Dashboard", "main window tab"));
    setCentralWidget(m_pages);
    statusBar()->addWidget(m_statusIcon);
    m_statusText->setTextFormat(Qt::PlainText);   // profile messages come from servers (docs/desktop-app.md)
    statusBar()->addWidget(m_statusText, 1);
    createActions();
    connectService();
    refreshOverall();
    resize(1100, 700);
}

void MainWindow::createActions()
{
    m_syncNow = new QAction(StatusIcon::icon(SyncState::Syncing), tr("Sync now", "action: sync all profiles"), this);
    m_syncNow->setShortcut(QKeySequence::Refresh);
    connect(m_syncNow, &QAction::triggered, this, [this] { m_service->syncNow(); });
    m_pause = new QAction(this);
    connect(m_pause, &QAction::triggered, this, [this] { m_service->isPaused() ? m_service->resume() : m_service->pause(); });
    updatePauseAction(m_service->isPaused());
    m_addProfile = new QAction(tr("Add profile…", "action: open the setup wizard"), this);
    connect(m_addProfile, &QAction::triggered, this, &MainWindow::addProfileRequested);
    m_signIn = new QAction(tr("Sign in…", "action: sign in to the CRM or a server"), this);
    connect(m_signIn, &QAction::triggered, this, &MainWindow::signInRequested);
    m_open = new QAction(tr("Open dashboard", "tray menu action"), this);
    connect(m_open, &QAction::triggered, this, &MainWindow::bringToFront);
    m_quit = new QAction(tr("Quit", "action: quit the app"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &MainWindow::quitRequested);
    m_autostart = new QAction(tr("Start at login", "settings menu: start the app when the user logs in"), this);
    m_autostart->setCheckable(true);
    m_autostart->setChecked(Autostart().isEnabled());
    connect(m_autostart, &QAction::toggled, this, [this](bool on) {
        const Status done = Autostart().setEnabled(on, QCoreApplication::applicationFilePath());
        if (!done)
            m_log->append(QDateTime::currentDateTime(), QtCriticalMsg, done.error().userMessage);
    });

    auto *toolbar = addToolBar(tr("Sync", "toolbar name"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_syncNow);
    toolbar->addAction(m_pause);
    toolbar->addSeparator();
    toolbar->addAction(m_addProfile);
    toolbar->addAction(m_signIn);

    QMenu *file = menuBar()->addMenu(tr("&File", "menu"));
    file->addAction(m_quit);
    QMenu *sync = menuBar()->addMenu(tr("&Sync", "menu"));
    sync->addAction(m_syncNow);
    sync->addAction(m_pause);
    sync->addSeparator();
    sync->addAction(m_addProfile);
    sync->addAction(m_signIn);
    QMenu *settings = menuBar()->addMenu(tr("S&ettings", "menu"));
    settings->addAction(m_autostart);
}

void MainWindow::connectService()
{
    SyncService *s = m_service;
    connect(s, &SyncService::profileStateChanged, this, [this](const QString &name, SyncState state) {
        m_profiles->setState(name, state);
        if (state != SyncState::Syncing && !m_service->isRunning())
            m_dashboard->hideProgress();
        refreshOverall();
    });
    connect(s, &SyncService::progress, this, [this](const QString &name, int done, int total) {
        m_profiles->setProgress(name, done, total);
        m_dashboard->setProgress(name, done, total);
    });
    connect(s, &SyncService::lastRunChanged, m_profiles, &ProfileStatusModel::setLastRun);
    connect(s, &SyncService::lastRunChanged, this, &MainWindow::refreshOverall);
    connect(s, &SyncService::runFinished, this, [this](const QString &name) {
        if (name == m_dashboard->currentProfile())
            m_service->requestDetails(name);
    });
    connect(s, &SyncService::nextSyncChanged, m_profiles, &ProfileStatusModel::setNextSync);
    connect(s, &SyncService::waitingChanged, this, [this](const QString &name, int waiting) {
        m_profiles->setWaiting(name, waiting);
        refreshOverall();
    });
    connect(s, &SyncService::pausedChanged, this, [this](bool paused) {
        updatePauseAction(paused);
        refreshOverall();
    });
    connect(s, &SyncService::logLine, m_log, &LogModel::append);
    connect(s, &SyncService::detailsLoaded, m_dashboard->details(), &ProfileDetailsPane::setConflicts);
    connect(s, &SyncService::restoreFinished, this, [this](const QString &, qint64 id, const QString &error) {
        m_dashboard->details()->restoreFinished(id, error);
    });
    connect(m_dashboard, &DashboardView::currentProfileChanged, s, &SyncService::requestDetails);
    connect(m_dashboard, &DashboardView::syncProfileRequested, s, [s](const QString &name) { s->syncNow(name); });
    connect(m_dashboard, &DashboardView::editProfileRequested, this, &MainWindow::editProfileRequested);
    connect(m_dashboard, &DashboardView::pauseProfileRequested, this, &MainWindow::pauseProfileRequested);
    connect(m_dashboard, &DashboardView::removeProfileRequested, this, &MainWindow::removeProfileRequested);
    connect(m_dashboard->details(), &ProfileDetailsPane::restoreRequested, s, &SyncService::restore);
    connect(s, &SyncService::failedChangesLoaded, m_dashboard->details(), &ProfileDetailsPane::setFailedChanges);
    connect(m_dashboard->details()->failedChanges(), &FailedChangesBox::retryRequested, s, &SyncService::retryChange);
}

void MainWindow::setConfig(const Config &config)
{
    m_profiles->setProfiles(config.profiles);
    QSet<QString> paused;
    for (const SyncProfile &p : config.profiles) {
        if (p.paused)
            paused.insert(p.name);
        m_profiles->setState(p.name, m_service->state(p.name));
        m_profiles->setNextSync(p.name, m_service->nextSync(p.name));
    }
    m_dashboard->setPausedProfiles(paused);
    refreshOverall();
}

void MainWindow::addPage(QWidget *page, const QString &title)
{
    m_pages->addTab(page, title);
}

void MainWindow::bringToFront()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

QString MainWindow::statusText() const
{
    return TrayStatus::stateText(m_overall, m_service->waitingChanges());
}

QString MainWindow::toolTipText() const
{
    QDateTime last;
    for (const QString &name : m_service->profileNames()) {
        const QDateTime t = m_service->lastSync(name);
        if (t.isValid() && (!last.isValid() || t > last))
            last = t;
    }
    return TrayStatus::tooltip(m_overall, m_service->waitingChanges(), last);
}

void MainWindow::refreshOverall()
{
    QList<SyncState> states;
    for (const QString &name : m_service->profileNames())
        states.append(m_service->state(name));
    const SyncState overall = TrayStatus::aggregate(states, m_service->isPaused());
    const QString tip = toolTipText();
    if (overall == m_overall && tip == m_lastToolTip && !m_statusText->text().isEmpty())
        return;
    m_overall = overall;
    m_lastToolTip = tip;
    m_statusIcon->setPixmap(StatusIcon::icon(overall).pixmap(16, 16));
    // Without a tray the status bar carries what the tooltip would: state and last sync
    // (the tooltip's lines after the app name).
    m_statusText->setText(tip.section(QLatin1Char('\n'), 1).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
    setWindowIcon(StatusIcon::icon(overall));
    emit overallStateChanged(overall, m_lastToolTip);
}

void MainWindow::updatePauseAction(bool paused)
{
    m_pause->setText(paused ? tr("Resume", "action: resume scheduled syncs") : tr("Pause", "action: pause scheduled syncs"));
    m_pause->setIcon(StatusIcon::icon(paused ? SyncState::Idle : SyncState::Paused));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_trayAvailable) {
        // The tray keeps the app and its schedules running; "Quit" is in its menu.
        hide();
        event->ignore();
        return;
    }
    event->ignore();
    if (m_quitConfirmOpen)
        return;
    m_quitConfirmOpen = true;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Quit CRM Sync?", "dialog title"),
                                tr("There is no system tray here, so closing the window quits CRM Sync and "
                                   "scheduled syncs stop until you start it again. Quit now?", "dialog text"),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        m_quitConfirmOpen = false;
        if (result == QMessageBox::Yes)
            emit quitRequested();
    });
    box->open();
}

} // namespace crmsync
