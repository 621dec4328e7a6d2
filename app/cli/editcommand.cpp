// SPDX-License-Identifier: GPL-3.0-or-later
#include "editcommand.h"

#include "cli/cliio.h"
#include "cli/configoptions.h"
#include "cli/exitcode.h"
#include "queue/outbox.h"

#include <QCommandLineParser>

namespace crmsync::cli {

EditCommand::EditCommand(bool create, QObject *parent)
    : Command(parent)
    , m_create(create)
{
}

int EditCommand::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    ConfigOptions common(parser);
    const QCommandLineOption profile(QStringLiteral("profile"), tr("The profile whose CRM module gets the change."), tr("NAME"));
    const QCommandLineOption set(QStringLiteral("set"), tr("Set a CRM field (API name) to a value; repeatable. An empty value clears the field."),
                                 tr("FIELD=VALUE"));
    const QCommandLineOption id(QStringLiteral("id"), tr("The CRM record to change."), tr("CRM_ID"));
    parser.addOptions({profile, set});
    if (!m_create)
        parser.addOption(id);
    const QString usage = m_create
        ? tr("Usage: crmsync new --config FILE --profile NAME --set FIELD=VALUE… [--state-dir DIR] [--json]")
        : tr("Usage: crmsync edit --config FILE --profile NAME --id CRM_ID --set FIELD=VALUE… [--state-dir DIR] [--json]");
    const int code = parseArguments(parser, arguments, usage);
    if (code >= 0)
        return code;
    if (!parser.isSet(profile) || (!m_create && parser.value(id).isEmpty())) {
        err(m_create ? tr("--profile NAME is required") : tr("--profile NAME and --id CRM_ID are required"));
        err(usage);
        return UsageOrConfig;
    }
    const Result<QJsonObject> fields = Outbox::parseAssignments(parser.values(set));
    if (!fields) {
        err(fields.error().userMessage);
        err(usage);
        return UsageOrConfig;
    }
    Config config;
    if (const int failed = common.loadInto(config); failed >= 0)
        return failed;
    m_profile = parser.value(profile);
    m_crmId = m_create ? QString() : parser.value(id);
    m_fields = *fields;
    m_json = common.json();
    m_service = std::make_unique<EditService>(std::move(config), common.stateDir());
    const Status prepared = m_service->prepare(m_profile);
    if (!prepared) {
        err(prepared.error().userMessage);
        return prepared.error().category == Error::Category::Config ? UsageOrConfig : ItemErrors;
    }
    return -1;
}

void EditCommand::start()
{
    connect(m_service.get(), &EditService::finished, this, &EditCommand::finish);
    m_service->submit(m_crmId, m_fields);
}

void EditCommand::finish(const EditOutcome &outcome)
{
    const OutboxEntry &entry = outcome.entry;
    const qint64 entryId = entry.id;
    int code = Offline;
    switch (outcome.kind) {
    case EditOutcome::Kind::NotRecorded:
        err(outcome.error.userMessage);
        emit done(ItemErrors);
        return;
    case EditOutcome::Kind::Applied:
        code = Synced;
        if (!m_json)
            out(tr("applied: outbox entry %1, CRM record %2 (profile %3)").arg(entryId).arg(entry.crmId, m_profile));
        break;
    case EditOutcome::Kind::Refused:
        code = ItemErrors;
        err(tr("outbox entry %1 was refused and kept as failed: %2").arg(entryId).arg(entry.lastError));
        break;
    case EditOutcome::Kind::AuthFailed:
        code = AuthFailed;
        err(tr("queued as outbox entry %1; signing in to the CRM failed: %2").arg(entryId).arg(outcome.error.userMessage));
        break;
    case EditOutcome::Kind::Queued:
        // Unreachable CRM, or an older entry of the profile is still waiting before it.
        if (!m_json) {
            out(tr("queued as outbox entry %1 (profile %2): the CRM cannot be reached now; \"crmsync sync\" sends it later.")
                    .arg(entryId).arg(m_profile));
        }
        if (outcome.error.isError())
            err(outcome.error.userMessage);
        break;
    }
    if (m_json) {
        outJson(QJsonObject{{QStringLiteral("id"), entryId}, {QStringLiteral("profile"), m_profile},
                            {QStringLiteral("state"), OutboxEntry::stateName(entry.state)},
                            {QStringLiteral("crm_id"), entry.crmId}, {QStringLiteral("last_error"), entry.lastError}});
    }
    emit done(code);
}

} // namespace crmsync::cli
