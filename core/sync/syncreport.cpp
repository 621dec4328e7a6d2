// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncreport.h"

#include <QJsonArray>

namespace crmsync {

QString SyncReport::statusName(Status s)
{
    switch (s) {
    case Status::Ok: return QStringLiteral("ok");
    case Status::Errors: return QStringLiteral("errors");
    case Status::SafetyStop: return QStringLiteral("safety-stop");
    case Status::Offline: return QStringLiteral("offline");
    case Status::AuthError: return QStringLiteral("auth-error");
    }
    return {};
}

namespace {
QJsonObject countsJson(const SyncPlan::Counts &c)
{
    return {{QStringLiteral("created"), c.created}, {QStringLiteral("updated"), c.updated},
            {QStringLiteral("deleted"), c.deleted}};
}
} // namespace

QJsonObject SyncReport::toJson() const
{
    QJsonArray errs;
    for (const ItemError &e : errors)
        errs.append(QJsonObject{{QStringLiteral("item"), e.item}, {QStringLiteral("message"), e.error.userMessage}});
    QJsonObject o{
        {QStringLiteral("name"), profile},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("crm"), countsJson(crm)},
        {QStringLiteral("remote"), countsJson(remote)},
        {QStringLiteral("conflicts"), conflicts},
        {QStringLiteral("matched"), matched},
        {QStringLiteral("skipped"), skipped},
        {QStringLiteral("errors"), errs},
        {QStringLiteral("duration_ms"), durationMs},
        {QStringLiteral("requests"), requests},
        {QStringLiteral("dry_run"), dryRun},
    };
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    return o;
}

} // namespace crmsync
