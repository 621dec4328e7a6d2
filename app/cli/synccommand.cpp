// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccommand.h"

#include "cli/cliio.h"
#include "cli/configoptions.h"
#include "cli/exitcode.h"
#include "cli/reportprinter.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace crmsync::cli {

int SyncCommand::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    ConfigOptions common(parser);
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Run only this profile (repeatable)."), tr("NAME"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Show what would change; change nothing."));
    const QCommandLineOption confirm(QStringLiteral("confirm-deletes"),
                                     tr("Go on with deletions that tripped the safety stop."));
    parser.addOptions({profile, dryRun, confirm});
    const int code = parseArguments(parser, arguments,
        tr("Usage: crmsync sync --config FILE [--profile NAME]… [--state-dir DIR] [--dry-run] [--json] [--confirm-deletes]"));
    if (code >= 0)
        return code;
    Config config;
    if (const int failed = common.loadInto(config); failed >= 0)
        return failed;
    m_json = common.json();
    m_options.profiles = parser.values(profile);
    m_options.dryRun = parser.isSet(dryRun);
    m_options.confirmDeletes = parser.isSet(confirm);
    m_runner = std::make_unique<ProfileRunner>(std::move(config), common.stateDir());
    const Status prepared = m_runner->prepare(m_options);
    if (!prepared) {
        err(prepared.error().userMessage);
        return prepared.error().category == Error::Category::Config ? UsageOrConfig : ItemErrors;
    }
    return -1;
}

void SyncCommand::start()
{
    connect(m_runner.get(), &ProfileRunner::finished, this, [this] {
        printReports();
        emit done(exitCodeFor(m_runner->reports()));
    });
    m_runner->start();
}

void SyncCommand::printReports()
{
    if (m_json) {
        QJsonArray profiles;
        for (const SyncReport &r : m_runner->reports())
            profiles.append(r.toJson());
        outJson(QJsonObject{{QStringLiteral("profiles"), profiles}});
        return;
    }
    for (const SyncReport &r : m_runner->reports())
        ReportPrinter::print(r);
}

} // namespace crmsync::cli
