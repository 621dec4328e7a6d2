// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/syncstate.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QTabWidget;

namespace crmsync {

class DashboardView;
class LogModel;
class ProfileStatusModel;
class SyncService;
struct Config;

/*!
 * \brief The app's window: a toolbar (Sync now, Pause/Resume, Add profile…, Sign in…),
 * the dashboard as the first page, a status bar with the overall state, and room for
 * more pages (addPage: the agenda, settings).
 *
 * The actions are shared with the tray menu. Without a system tray the window is the home
 * of status and actions: closing it asks whether to quit (non-modal, open()); with a
 * tray, closing only hides it.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(SyncService *service, QWidget *parent = nullptr);

    //! Adds a page as a tab after the dashboard (agenda, settings…).
    void addPage(QWidget *page, const QString &title);
    //! Fills the dashboard with \a config's profiles.
    void setConfig(const Config &config);
    //! With a tray, closing the window hides it; without, it asks whether to quit.
    void setTrayAvailable(bool available) { m_trayAvailable = available; }
    //! Shows, un-minimises and raises the window (second launch, tray click).
    void bringToFront();

    SyncState overallState() const { return m_overall; }
    QString statusText() const;
    QString toolTipText() const;

    QAction *syncNowAction() const { return m_syncNow; }
    QAction *pauseAction() const { return m_pause; }
    QAction *addProfileAction() const { return m_addProfile; }
    QAction *signInAction() const { return m_signIn; }
    QAction *openAction() const { return m_open; }
    QAction *quitAction() const { return m_quit; }
    QAction *autostartAction() const { return m_autostart; }
    DashboardView *dashboard() const { return m_dashboard; }
    ProfileStatusModel *profileModel() const { return m_profiles; }
    LogModel *logModel() const { return m_log; }

signals:
    //! Hook: the user wants a new sync profile (wire to SetupWizard).
    void addProfileRequested();
    //! Hook: the user wants to sign in to an account (wire to SignInDialog).
    void signInRequested();
    //! Hooks from the dashboard's row menu (wire to SetupWizard and the config).
    void editProfileRequested(const QString &profile);
    void pauseProfileRequested(const QString &profile, bool paused);
    void removeProfileRequested(const QString &profile);
    //! The overall state or its text changed (tray icon, tooltip).
    void overallStateChanged(crmsync::SyncState state, const QString &toolTip);
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void connectService();
    void refreshOverall();
    void updatePauseAction(bool paused);

    SyncService *m_service;
    ProfileStatusModel *m_profiles;
    LogModel *m_log;
    DashboardView *m_dashboard = nullptr;
    QTabWidget *m_pages = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_statusText = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_addProfile = nullptr;
    QAction *m_signIn = nullptr;
    QAction *m_open = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_autostart = nullptr;
    SyncState m_overall = SyncState::Idle;
    QString m_lastToolTip;
    bool m_trayAvailable = false;
    bool m_quitConfirmOpen = false;
};

} // namespace crmsync
