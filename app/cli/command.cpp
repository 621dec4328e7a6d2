// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "cli/cliio.h"
#include "cli/exitcode.h"

#include <QCommandLineParser>

namespace crmsync::cli {

int Command::parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err(parser.errorText());
        err(usage);
        return UsageOrConfig;
    }
    if (parser.isSet(help)) {
        out(usage);
        out(parser.helpText().section(QLatin1Char('\n'), 2));
        return Synced;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err(tr("unexpected argument: %1").arg(parser.positionalArguments().first()));
        err(usage);
        return UsageOrConfig;
    }
    return -1;
}

} // namespace crmsync::cli
