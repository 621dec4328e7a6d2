// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "state/statedb.h"

#include <QUuid>

namespace crmsync {

Outbox::Outbox(StateDb *db)
    : m_db(db)
{
}

Result<QJsonObject> Outbox::parseAssignments(const QStringList &assignments)
{
    QJsonObject fields;
    for (const QString &a : assignments) {
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        const QString name = a.left(eq).trimmed();
        if (eq < 0 || name.isEmpty())
            return Error::make(Error::Category::Config, tr("\"%1\" is not FIELD=VALUE").arg(a));
        const QString value = a.mid(eq + 1);
        fields.insert(name, value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value));
    }
    if (fields.isEmpty())
        return Error::make(Error::Category::Config, tr("give at least one --set FIELD=VALUE"));
    return fields;
}

Result<OutboxEntry> Outbox::recordCreate(const QString &profile, const QJsonObject &fields)
{
    OutboxEntry e;
    e.profile = profile;
    e.op = OutboxEntry::Op::Create;
    e.fields = fields;
    e.createdAt = QDateTime::currentDateTimeUtc();
    e.updatedAt = e.createdAt;
    e.clientRef = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return m_db->addOutboxEntry(e);
}

Result<OutboxEntry> Outbox::recordEdit(const QString &profile, const QString &crmId, const QJsonObject &fields)
{
    OutboxEntry e;
    e.profile = profile;
    e.op = OutboxEntry::Op::Edit;
    e.crmId = crmId;
    e.fields = fields;
    e.createdAt = QDateTime::currentDateTimeUtc();
    e.updatedAt = e.createdAt;
    const Result<QList<Link>> links = m_db->links(profile);
    if (!links)
        return links.error();
    for (const Link &link : *links) {
        if (link.crmId != crmId)
            continue;
        // The link's base holds the CRM values of the mapped fields at the last sync,
        // keyed by CRM field name: what the user saw when deciding on this edit.
        e.baseVersion = link.crmVersion;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (link.base.contains(it.key()))
                e.base.insert(it.key(), link.base.value(it.key()));
        }
        break;
    }
    return m_db->addOutboxEntry(e);
}

Result<OutboxEntry> Outbox::retry(qint64 id)
{
    Result<OutboxEntry> entry = m_db->outboxEntry(id);
    if (!entry)
        return entry.error();
    if (entry->state != OutboxEntry::State::Failed) {
        return Error::make(Error::Category::Config, tr("outbox entry %1 is %2, not failed: nothing to retry")
                                                        .arg(id)
                                                        .arg(OutboxEntry::stateName(entry->state)));
    }
    OutboxEntry queued = entry.value();
    if (Status s = setState(queued, OutboxEntry::State::Waiting, queued.lastError); !s)
        return s.error();
    return queued;
}

Status Outbox::setState(OutboxEntry &entry, OutboxEntry::State state, const QString &error)
{
    entry.state = state;
    entry.lastError = error;
    entry.updatedAt = QDateTime::currentDateTimeUtc();
    return m_db->updateOutboxEntry(entry);
}

} // namespace crmsync
