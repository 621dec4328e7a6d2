// SPDX-License-Identifier: GPL-3.0-or-later
#include "entrypoint.h"

#include "apptranslations.h"
#include "cli/cliio.h"
#include "cli/discovercommand.h"
#include "cli/editcommand.h"
#include "cli/exitcode.h"
#include "cli/outboxcommand.h"
#include "cli/restorecommand.h"
#include "cli/statuscommand.h"
#include "cli/synccommand.h"
#include "gui/guiapplication.h"

#include <QCoreApplication>

#include <memory>

namespace crmsync {

namespace {

QString usage()
{
    return QCoreApplication::translate("main",
        "CRM Sync %1 keeps Zoho CRM in step with your address book, calendar and folders.\n\n"
        "Usage: crmsync COMMAND [OPTIONS]\n\n"
        "Commands:\n"
        "  sync     sync profiles of a config file\n"
        "  status   show the last run of each profile\n"
        "  restore  list or restore versions that lost a conflict\n"
        "  new      create a CRM record (queued in the outbox when the CRM is unreachable)\n"
        "  edit     change a CRM record (queued in the outbox when the CRM is unreachable)\n"
        "  outbox   list the queued changes and their state\n"
        "  discover list the calendars and address books of a carddav/caldav account\n\n"
        "Run \"crmsync COMMAND --help\" for a command's options. Exit codes: 0 synced, 1 item errors,\n"
        "2 usage or config error, 3 sign-in failed, 4 offline, 5 safety stop.")
        .arg(QCoreApplication::applicationVersion())
        // A separate string, so that the translated text above stays valid.
        + QCoreApplication::translate("main",
            "\n\nWithout a command, crmsync opens the app: crmsync [--config FILE] [--demo [--demo-dir DIR]].");
}

std::unique_ptr<cli::Command> commandFor(const QString &name)
{
    if (name == QLatin1String("sync"))
        return std::make_unique<cli::SyncCommand>();
    if (name == QLatin1String("status"))
        return std::make_unique<cli::StatusCommand>();
    if (name == QLatin1String("restore"))
        return std::make_unique<cli::RestoreCommand>();
    if (name == QLatin1String("new") || name == QLatin1String("edit"))
        return std::make_unique<cli::EditCommand>(name == QLatin1String("new"));
    if (name == QLatin1String("outbox"))
        return std::make_unique<cli::OutboxCommand>();
    if (name == QLatin1String("discover"))
        return std::make_unique<cli::DiscoverCommand>();
    return nullptr;
}

} // namespace

int crmsyncMain(int argc, char *argv[])
{
    // The app only without a command: CLI commands stay headless and need no display.
    if (GuiApplication::wantsGui(argc, argv))
        return GuiApplication::run(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crmsync"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRMSYNC_VERSION));
    installTranslations(app);

    const QStringList args = app.arguments();
    if (args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")) {
        cli::out(usage());
        return cli::Synced;
    }
    if (args.at(1) == QLatin1String("--version")) {
        cli::out(QStringLiteral("crmsync ") + QCoreApplication::applicationVersion());
        return cli::Synced;
    }
    std::unique_ptr<cli::Command> command = commandFor(args.at(1));
    if (!command) {
        cli::err(QCoreApplication::translate("main", "unknown command: %1").arg(args.at(1)));
        cli::err(usage());
        return cli::UsageOrConfig;
    }
    QStringList commandArgs = args;
    commandArgs.removeAt(1);
    const int early = command->parse(commandArgs);
    if (early >= 0)
        return early;
    // Queued: a command may finish inside start(), before exec() is running to be told.
    QObject::connect(command.get(), &cli::Command::done, &app, [](int code) { QCoreApplication::exit(code); },
                     Qt::QueuedConnection);
    command->start();
    return app.exec();
}

} // namespace crmsync
