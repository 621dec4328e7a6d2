// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorecommand.h"

#include "cli/cliio.h"
#include "cli/configoptions.h"
#include "cli/exitcode.h"
#include "state/statedb.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace crmsync::cli {

int RestoreCommand::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    ConfigOptions common(parser);
    const QCommandLineOption profile(QStringLiteral("profile"), tr("The profile whose conflicts and deletions to show or restore."), tr("NAME"));
    const QCommandLineOption entry(QStringLiteral("entry"), tr("Restore this journal entry (see the list)."), tr("ID"));
    parser.addOptions({profile, entry});
    const int code = parseArguments(parser, arguments,
        tr("Usage: crmsync restore --config FILE --profile NAME [--entry ID] [--state-dir DIR] [--json]\n"
           "Without --entry, lists the versions that lost a conflict and the items a sync deleted."));
    if (code >= 0)
        return code;
    if (!parser.isSet(profile)) {
        err(tr("--profile NAME is required"));
        return UsageOrConfig;
    }
    Config config;
    if (const int failed = common.loadInto(config); failed >= 0)
        return failed;
    m_profile = parser.value(profile);
    m_json = common.json();
    if (parser.isSet(entry)) {
        bool ok = false;
        m_entry = parser.value(entry).toLongLong(&ok);
        if (!ok || m_entry <= 0) {
            err(tr("--entry takes a journal entry number, not \"%1\"").arg(parser.value(entry)));
            return UsageOrConfig;
        }
    }
    m_runner = std::make_unique<ProfileRunner>(std::move(config), common.stateDir());
    const Status prepared = m_runner->prepare({{m_profile}, false, false});
    if (!prepared) {
        err(prepared.error().userMessage);
        return UsageOrConfig;
    }
    return -1;
}

void RestoreCommand::start()
{
    if (m_entry == 0) {
        list();
        return;
    }
    connect(m_runner.get(), &ProfileRunner::finished, this, [this] {
        const Error &e = m_runner->restoreError();
        if (e.isError()) {
            err(tr("restore of entry %1 failed: %2").arg(m_entry).arg(e.userMessage));
            emit done(e.category == Error::Category::Auth ? AuthFailed : e.canRetryLater() ? Offline : ItemErrors);
            return;
        }
        out(tr("restored entry %1 on both sides").arg(m_entry));
        emit done(Synced);
    });
    m_runner->startRestore(m_profile, m_entry);
}

void RestoreCommand::list()
{
    const auto journal = m_runner->stateDb()->journal(m_profile, 0);
    if (!journal) {
        err(journal.error().userMessage);
        emit done(ItemErrors);
        return;
    }
    QJsonArray entries;
    for (const JournalEntry &e : journal.value()) {
        const QString side = e.losingSide == Side::Crm ? QStringLiteral("crm") : QStringLiteral("remote");
        entries.append(QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("kind"), journalKindName(e.kind)},
                                   {QStringLiteral("time"), e.time.toString(Qt::ISODate)},
                                   {QStringLiteral("crm_id"), e.crmId}, {QStringLiteral("remote_id"), e.remoteId},
                                   {QStringLiteral("uid"), e.uid},
                                   {QStringLiteral("losing_side"), side}, {QStringLiteral("losing"), e.losing},
                                   {QStringLiteral("winning"), e.winning}, {QStringLiteral("reason"), e.reason},
                                   {QStringLiteral("restored"), e.restored}});
        if (!m_json) {
            const QString when = e.time.toLocalTime().toString(Qt::ISODate);
            QString line;
            switch (e.kind) {
            case JournalEntry::Kind::Conflict:
                line = tr("#%1  %2  conflict: %3 lost (%4)")
                           .arg(e.id).arg(when, side == QLatin1String("crm") ? tr("CRM") : tr("other side"), e.reason);
                break;
            case JournalEntry::Kind::DeletedOnCrm:
                line = tr("#%1  %2  deleted on CRM: record %3 (its item %4 was deleted on the other side)")
                           .arg(e.id).arg(when, e.crmId, e.remoteId);
                break;
            case JournalEntry::Kind::DeletedOnRemote:
                line = tr("#%1  %2  deleted on other side: item %3 (its CRM record %4 was deleted)")
                           .arg(e.id).arg(when, e.remoteId, e.crmId);
                break;
            }
            out(line + (e.restored ? tr(" (restored)") : QString()));
            out(QStringLiteral("    ") + QString::fromUtf8(QJsonDocument(e.losing).toJson(QJsonDocument::Compact)));
        }
    }
    if (m_json)
        outJson(QJsonObject{{QStringLiteral("profile"), m_profile}, {QStringLiteral("entries"), entries}});
    else if (entries.isEmpty())
        out(tr("no conflicts or deletions journaled for %1").arg(m_profile));
    emit done(Synced);
}

} // namespace crmsync::cli
