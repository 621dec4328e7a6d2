// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/guiapplication.h"

#include "agenda/agendaview.h"
#include "apptranslations.h"
#include "common/appcontext.h"
#include "gui/demoenvironment.h"
#include "shell/appdialogs.h"
#include "shell/mainwindow.h"
#include "shell/singleinstance.h"
#include "shell/syncservice.h"
#include "shell/trayicon.h"
#include "sync/profilerunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QLocale>
#include <QSet>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

#include <cstring>

Q_LOGGING_CATEGORY(lcApp, "crmsync.app")

namespace crmsync {

bool GuiApplication::wantsGui(int argc, char *argv[])
{
    if (argc < 2)
        return true;
    for (const char *option : {"--demo", "--demo-dir", "--config", "--state-dir", "--quit-after-first-sync"}) {
        const size_t n = std::strlen(option);
        if (std::strncmp(argv[1], option, n) == 0 && (argv[1][n] == '\0' || argv[1][n] == '='))
            return true;
    }
    return false;
}

int GuiApplication::run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crmsync"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRMSYNC_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("CRM Sync"));
    installTranslations(app);
    GuiApplication gui;
    const int early = gui.init(app.arguments());
    if (early >= 0)
        return early;
    const int code = app.exec();
    return code != 0 ? code : gui.m_exitCode;
}

GuiApplication::GuiApplication() = default;

GuiApplication::~GuiApplication()
{
    // The window and the service go before the demo's sandbox is stopped.
    m_window.reset();
    m_service.reset();
}

int GuiApplication::init(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("CRM Sync keeps Zoho CRM in step with your address book, calendar and folders."));
    parser.addHelpOption();
    const QCommandLineOption config(QStringLiteral("config"), tr("Open the app on the settings file FILE."), tr("FILE"));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"), tr("Keep the sync state in DIR."), tr("DIR"));
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Open the app on demo data: a local CRM emulator and folders."));
    const QCommandLineOption demoDir(QStringLiteral("demo-dir"),
                                     tr("Keep the demo's data in DIR (default: %1).").arg(DemoEnvironment::defaultDir()),
                                     tr("DIR"));
    QCommandLineOption quitAfter(QStringLiteral("quit-after-first-sync"));
    quitAfter.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({config, stateDir, demo, demoDir, quitAfter});
    if (!parser.parse(arguments)) {
        qCritical().noquote() << parser.errorText();
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0);
    }
    m_quitAfterFirstSync = parser.isSet(quitAfter);

    const bool isDemo = parser.isSet(demo) || parser.isSet(demoDir);
    if (isDemo)
        m_demo = new DemoEnvironment(parser.isSet(demoDir) ? parser.value(demoDir) : DemoEnvironment::defaultDir(), this);
    const QString configPath = parser.isSet(config) ? parser.value(config)
        : m_demo                                    ? m_demo->configPath()
                                                    : AppContext::defaultConfigPath();
    const QString state = parser.isSet(stateDir) ? parser.value(stateDir)
        : m_demo                                 ? m_demo->stateDir()
                                                 : ProfileRunner::defaultStateDir();

    m_instance = new SingleInstance(SingleInstance::serverNameFor(configPath), this);
    if (!m_instance->claim())
        return 0;

    m_context = std::make_unique<AppContext>(configPath, state);
    m_context->setDemo(isDemo);
    m_service = std::make_unique<SyncService>(state);
    m_window = std::make_unique<MainWindow>(m_service.get());
    connect(m_instance, &SingleInstance::activationRequested, m_window.get(), [this] {
        qCInfo(lcApp) << "raised by a second launch";
        m_window->bringToFront();
    });
    // exit(), not quit(): Qt 6's quit() first asks every window to close, and a window
    // without a tray answers that with a question instead of closing.
    connect(m_window.get(), &MainWindow::quitRequested, qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    connect(m_context.get(), &AppContext::configChanged, this, [this] {
        m_service->setConfig(m_context->config());
        m_window->setConfig(m_context->config());
    });
    connect(m_service.get(), &SyncService::attentionNeeded, this, [this](const QString &profile, const QString &message) {
        notify(tr("CRM Sync: %1 needs you", "notification title; %1 is a profile name").arg(profile), message);
    });
    openWindow();
    wireWindow();

    if (m_demo) {
        connect(m_demo, &DemoEnvironment::ready, this, [this] {
            m_context->reloadConfig();
            startSyncing(true);
        });
        connect(m_demo, &DemoEnvironment::failed, this, [this](const QString &message) {
            m_exitCode = 4;
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Demo", "dialog title"),
                                        tr("The demo could not start: %1", "dialog text").arg(message),
                                        QMessageBox::Ok, m_window.get());
            box->setTextFormat(Qt::PlainText);   // the message may quote a server's error
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            if (m_quitAfterFirstSync)
                QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        });
        connect(qApp, &QCoreApplication::aboutToQuit, m_demo, &DemoEnvironment::stop);
        m_demo->start();
    } else {
        m_context->reloadConfig();
        startSyncing(m_quitAfterFirstSync);
    }
    return -1;
}

void GuiApplication::openWindow()
{
    const bool tray = QSystemTrayIcon::isSystemTrayAvailable();
    m_window->setTrayAvailable(tray);
    if (tray) {
        m_tray = new TrayIcon(m_window->syncNowAction(), m_window->pauseAction(), m_window->openAction(),
                              m_window->quitAction(), this);
        connect(m_tray, &TrayIcon::openRequested, m_window.get(), &MainWindow::bringToFront);
        connect(m_window.get(), &MainWindow::overallStateChanged, m_tray, &TrayIcon::setStatus);
        m_tray->setStatus(m_window->overallState(), m_window->toolTipText());
        m_tray->show();
    }
    // Without a tray, quitting is the window's business (it asks); with one, the app
    // lives on in the tray after the last window closes.
    QApplication::setQuitOnLastWindowClosed(false);
    m_window->show();
    qCInfo(lcApp) << "main window shown; system tray" << (tray ? "available" : "not available");
}

void GuiApplication::wireWindow()
{
    MainWindow *window = m_window.get();
    m_dialogs = new AppDialogs(m_context.get(), window, this);
    connect(window, &MainWindow::signInRequested, m_dialogs, &AppDialogs::openSignIn);
    connect(window, &MainWindow::addProfileRequested, m_dialogs, [this] { m_dialogs->openWizard(); });
    connect(window, &MainWindow::editProfileRequested, m_dialogs, [this](const QString &p) { m_dialogs->openWizard(p); });
    connect(window, &MainWindow::pauseProfileRequested, m_dialogs, &AppDialogs::setPaused);
    connect(window, &MainWindow::removeProfileRequested, m_dialogs, &AppDialogs::confirmRemove);
    connect(m_dialogs, &AppDialogs::saveFailed, this, [this](const QString &message) {
        notify(tr("CRM Sync", "notification title"), message);
    });

    m_agenda = new AgendaView(m_context.get(), window);
    window->addPage(m_agenda, tr("Today", "main window tab: the agenda"));
    // The offline copy changes with every run; the agenda reads it again off the GUI thread.
    connect(m_service.get(), &SyncService::runFinished, m_agenda, &AgendaView::reload);
    connect(m_agenda, &AgendaView::reminderDue, this, [this](const QString &title, const QDateTime &when) {
        notify(tr("Reminder: %1", "notification title; %1 is an event title").arg(title),
               tr("Starts at %1", "reminder text").arg(QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat)));
    });
}

void GuiApplication::notify(const QString &title, const QString &message)
{
    if (m_tray) {
        m_tray->notify(title, message);
        return;
    }
    m_window->statusBar()->showMessage(tr("%1: %2", "status bar notification: title, text").arg(title, message), 60000);
    QApplication::alert(m_window.get());
}

void GuiApplication::startSyncing(bool syncAll)
{
    m_service->start();
    if (m_quitAfterFirstSync)
        watchFirstSync();
    if (syncAll)
        m_service->syncNow();
}

void GuiApplication::watchFirstSync()
{
    const QStringList names = m_service->profileNames();
    m_firstSyncPending = QSet<QString>(names.cbegin(), names.cend());
    if (m_firstSyncPending.isEmpty()) {
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        return;
    }
    connect(m_service.get(), &SyncService::runFinished, this, [this](const QString &profile, const QJsonObject &report) {
        if (!m_firstSyncPending.remove(profile))
            return;
        qCInfo(lcApp).noquote() << "first sync of" << profile << "finished:" << report.value(QLatin1String("status")).toString();
        if (m_firstSyncPending.isEmpty()) {
            qCInfo(lcApp) << "every profile ran once; quitting";
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
    });
}

} // namespace crmsync
