// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuscommand.h"

#include "cli/cliio.h"
#include "cli/configoptions.h"
#include "cli/exitcode.h"
#include "cli/reportprinter.h"
#include "state/statedb.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace crmsync::cli {

namespace {
//! The report's status name ("ok", "safety-stop"…) in the user's language.
QString statusText(const QString &name)
{
    using S = SyncReport::Status;
    for (S s : {S::Ok, S::Errors, S::SafetyStop, S::Offline, S::AuthError}) {
        if (SyncReport::statusName(s) == name)
            return ReportPrinter::statusText(s);
    }
    return name;
}
} // namespace

int StatusCommand::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    ConfigOptions common(parser);
    const int code = parseArguments(parser, arguments,
                                    tr("Usage: crmsync status --config FILE [--state-dir DIR] [--json]"));
    if (code >= 0)
        return code;
    Config config;
    if (const int failed = common.loadInto(config); failed >= 0)
        return failed;
    m_config = std::move(config);
    m_stateDir = common.stateDir();
    m_json = common.json();
    return -1;
}

void StatusCommand::start()
{
    const QString dbPath = QDir(m_stateDir).filePath(QStringLiteral("state.sqlite"));
    std::unique_ptr<StateDb> db;
    if (QFileInfo::exists(dbPath)) {
        auto opened = StateDb::open(dbPath);
        if (!opened) {
            err(opened.error().userMessage);
            emit done(ItemErrors);
            return;
        }
        db = std::move(opened).value();
    }

    QJsonArray profiles;
    for (const SyncProfile &p : std::as_const(m_config.profiles)) {
        QJsonObject o{{QStringLiteral("name"), p.name},
                      {QStringLiteral("module"), ModuleInfo::of(p.module).apiName()},
                      {QStringLiteral("direction"), SyncProfile::directionName(p.direction)},
                      {QStringLiteral("conflict"), SyncProfile::conflictName(p.conflict)}};
        int items = 0, journaled = 0;
        QJsonValue lastRun;
        QString lastSync;
        if (db) {
            const auto links = db->links(p.name);
            items = links ? int(links->size()) : 0;
            const auto journal = db->journal(p.name, 0);
            for (const JournalEntry &e : journal ? journal.value() : QList<JournalEntry>{})
                journaled += e.restored ? 0 : 1;
            const auto runs = db->runs(p.name, 1);
            if (runs && !runs->isEmpty()) {
                lastRun = runs->first().report;
                lastSync = runs->first().finishedAt.toString(Qt::ISODate);
            }
        }
        o.insert(QStringLiteral("items"), items);
        o.insert(QStringLiteral("conflicts_journaled"), journaled);
        o.insert(QStringLiteral("last_sync"), lastSync.isEmpty() ? QJsonValue() : QJsonValue(lastSync));
        o.insert(QStringLiteral("last_run"), lastRun.isUndefined() ? QJsonValue() : lastRun);
        profiles.append(o);
        if (!m_json) {
            out(tr("%1 (%2, %3, %4)").arg(p.name, ModuleInfo::of(p.module).displayName(),
                                           SyncProfile::directionName(p.direction), SyncProfile::conflictName(p.conflict)));
            out(lastSync.isEmpty() ? tr("  never synced")
                                   : tr("  last sync %1: %2").arg(QDateTime::fromString(lastSync, Qt::ISODate).toLocalTime().toString(Qt::ISODate),
                                                                 statusText(lastRun.toObject().value(QStringLiteral("status")).toString())));
            out(tr("  %1 items synced, %2 conflicts kept for restore").arg(items).arg(journaled));
        }
    }
    if (m_json)
        outJson(QJsonObject{{QStringLiteral("profiles"), profiles}});
    emit done(Synced);
}

} // namespace crmsync::cli
