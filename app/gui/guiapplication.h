// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

namespace crmsync {

class AgendaView;
class AppContext;
class AppDialogs;
class DemoEnvironment;
class MainWindow;
class SingleInstance;
class SyncService;
class TrayIcon;

/*!
 * \brief The desktop app's composition root: options, single instance, the demo, and the
 * wiring of SyncService, MainWindow, the tray, the dialogs and the agenda. main() hands over to run() only for
 * `crmsync` without a command, so CLI commands never need a display.
 *
 * Options: --config FILE, --state-dir DIR, --demo, --demo-dir DIR, and the hidden
 * --quit-after-first-sync (tests and screenshots: quit once every profile has run once).
 */
class GuiApplication : public QObject
{
    Q_OBJECT
public:
    //! Whether \a argv asks for the app rather than a CLI command.
    static bool wantsGui(int argc, char *argv[]);
    //! Creates the QApplication and runs the app; returns the exit code.
    static int run(int argc, char *argv[]);

    GuiApplication();
    ~GuiApplication() override;

private:
    //! Returns an exit code ≥ 0 when the app must not go on (usage error, second instance).
    int init(const QStringList &arguments);
    void openWindow();
    void startSyncing(bool syncAll);
    void watchFirstSync();
    //! The dialogs, the agenda tab and reminders, on the window made by openWindow().
    void wireWindow();
    //! A notification through the tray, or without one the status bar and the task bar.
    void notify(const QString &title, const QString &message);

    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<SyncService> m_service;
    std::unique_ptr<MainWindow> m_window;
    SingleInstance *m_instance = nullptr;
    DemoEnvironment *m_demo = nullptr;
    TrayIcon *m_tray = nullptr;
    AppDialogs *m_dialogs = nullptr;
    AgendaView *m_agenda = nullptr;
    bool m_quitAfterFirstSync = false;
    QSet<QString> m_firstSyncPending;
    int m_exitCode = 0;
};

} // namespace crmsync
