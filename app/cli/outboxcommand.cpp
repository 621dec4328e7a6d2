// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxcommand.h"

#include "cli/cliio.h"
#include "cli/configoptions.h"
#include "cli/exitcode.h"
#include "queue/outbox.h"
#include "state/statedb.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace crmsync::cli {

int OutboxCommand::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    ConfigOptions common(parser);
    const QCommandLineOption retry(QStringLiteral("retry"), tr("Queue this failed entry again (sent by the next sync)."), tr("ID"));
    parser.addOption(retry);
    const int code = parseArguments(parser, arguments,
                                    tr("Usage: crmsync outbox --config FILE [--state-dir DIR] [--json] [--retry ID]"));
    if (code >= 0)
        return code;
    Config config;
    if (const int failed = common.loadInto(config); failed >= 0)
        return failed;
    if (parser.isSet(retry)) {
        bool ok = false;
        m_retry = parser.value(retry).toLongLong(&ok);
        if (!ok || m_retry <= 0) {
            err(tr("--retry takes an outbox entry number, not \"%1\"").arg(parser.value(retry)));
            return UsageOrConfig;
        }
    }
    m_config = std::move(config);
    m_stateDir = common.stateDir();
    m_json = common.json();
    return -1;
}

void OutboxCommand::start()
{
    const QString dbPath = QDir(m_stateDir).filePath(QStringLiteral("state.sqlite"));
    QList<OutboxEntry> entries;
    if (QFileInfo::exists(dbPath)) {
        auto db = StateDb::open(dbPath);
        if (!db) {
            err(db.error().userMessage);
            emit done(ItemErrors);
            return;
        }
        if (m_retry > 0) {
            const Result<OutboxEntry> queued = Outbox(db.value().get()).retry(m_retry);
            if (!queued) {
                err(queued.error().userMessage);
                emit done(queued.error().category == Error::Category::Config ? UsageOrConfig : ItemErrors);
                return;
            }
            out(tr("outbox entry %1 is queued again").arg(m_retry));
        }
        auto all = db.value()->outboxEntries();
        if (!all) {
            err(all.error().userMessage);
            emit done(ItemErrors);
            return;
        }
        entries = *all;
    } else if (m_retry > 0) {
        err(tr("there is no outbox in %1").arg(QDir::toNativeSeparators(m_stateDir)));
        emit done(UsageOrConfig);
        return;
    }

    QJsonArray list;
    for (const OutboxEntry &e : std::as_const(entries)) {
        list.append(QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("profile"), e.profile},
                                {QStringLiteral("op"), OutboxEntry::opName(e.op)}, {QStringLiteral("crm_id"), e.crmId},
                                {QStringLiteral("state"), OutboxEntry::stateName(e.state)},
                                {QStringLiteral("attempts"), e.attempts}, {QStringLiteral("last_error"), e.lastError},
                                {QStringLiteral("fields"), e.fields}, {QStringLiteral("base_version"), e.baseVersion},
                                {QStringLiteral("created_at"), e.createdAt.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("updated_at"), e.updatedAt.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("client_ref"), e.clientRef}});
        if (!m_json) {
            out(tr("#%1  %2  %3 %4  %5").arg(e.id).arg(e.profile, OutboxEntry::opName(e.op),
                                                    e.crmId.isEmpty() ? tr("(new record)") : e.crmId,
                                                    OutboxEntry::stateName(e.state)));
            out(QStringLiteral("    ") + QString::fromUtf8(QJsonDocument(e.fields).toJson(QJsonDocument::Compact)));
            if (!e.lastError.isEmpty())
                out(tr("    last error: %1").arg(e.lastError));
        }
    }
    if (m_json)
        outJson(QJsonObject{{QStringLiteral("entries"), list}});
    else if (list.isEmpty())
        out(tr("the outbox is empty"));
    emit done(Synced);
}

} // namespace crmsync::cli
