// SPDX-License-Identifier: GPL-3.0-or-later
#include "plannertestutil.h"

#include <QJsonDocument>

namespace crmsync::test {

using Module = ModuleInfo::Module;

SideItem item(const QString &id, const QJsonObject &fields, const QString &uid)
{
    SideItem i;
    i.id = id;
    i.version = id + QStringLiteral("-v2");
    i.decoded.fields = fields;
    i.decoded.uid = uid;
    return i;
}

QJsonObject contact(const QString &last, const QString &first, const QString &email)
{
    QJsonObject o{{QStringLiteral("Last_Name"), last}, {QStringLiteral("First_Name"), first}};
    if (!email.isEmpty())
        o.insert(QStringLiteral("Email"), email);
    return o;
}

QJsonObject eventItem(const QString &title, const QString &start)
{
    return {{QStringLiteral("Event_Title"), title}, {QStringLiteral("Start_DateTime"), start},
            {QStringLiteral("End_DateTime"), start.left(11) + QStringLiteral("23:00:00+00:00")}};
}

PlannerInput input(Module module)
{
    PlannerInput in;
    in.profile.module = module;
    in.profile.fieldMap = FieldMap::defaultFor(module);
    in.now = QDateTime(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC);
    return in;
}

void addCrm(PlannerInput &in, const SideItem &i) { in.crmChanged.insert(i.id, i); }
void addRemote(PlannerInput &in, const SideItem &i) { in.remoteChanged.insert(i.id, i); }

PairLink link(const QString &crmId, const QString &remoteId, const QJsonObject &base)
{
    return {1, crmId, crmId + QStringLiteral("-v1"), remoteId, remoteId + QStringLiteral("-v1"), {}, base};
}

QStringList describe(const SyncPlan &plan)
{
    QStringList out;
    for (const PairPlan &p : plan.pairs) {
        out << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
                   .arg(p.link.crmId, p.link.remoteId)
                   .arg(int(p.crmOp))
                   .arg(int(p.remoteOp))
                   .arg(p.forget)
                   .arg(p.matchedBy, QString::fromUtf8(QJsonDocument(p.result).toJson(QJsonDocument::Compact)))
                   .arg(p.conflict ? p.conflict->fields.join(QLatin1Char(',')) : QStringLiteral("-"));
    }
    for (const ItemError &e : plan.errors)
        out << e.item + QLatin1Char(':') + e.error.userMessage;
    out << QStringLiteral("skipped=%1 stop=%2").arg(plan.skipped).arg(plan.safetyStop);
    return out;
}


} // namespace crmsync::test
