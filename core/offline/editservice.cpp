// SPDX-License-Identifier: GPL-3.0-or-later
#include "editservice.h"

#include "connectors/zoho/zohorecordcodec.h"
#include "formats/canonicalvalue.h"
#include "queue/outbox.h"
#include "state/statedb.h"
#include "sync/profilerunner.h"

#include <QDate>
#include <QMetaObject>
#include <QTimeZone>

namespace crmsync {

EditService::EditService(Config config, QString stateDir, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_stateDir(std::move(stateDir))
{
}

EditService::~EditService() = default;

Status EditService::prepare(const QString &profile)
{
    m_profile = profile;
    // Made here, not in the constructor: the runner's database connection and network
    // objects must belong to the thread the service was moved to.
    m_runner = std::make_unique<ProfileRunner>(m_config, m_stateDir);
    return m_runner->prepare({{profile}, false, false});
}

void EditService::submit(const QString &crmId, const QJsonObject &fields)
{
    if (!m_runner || !m_runner->stateDb()) {
        fail(Error::make(Error::Category::Config, tr("The change was not saved: the profile is not ready.")));
        return;
    }
    // Durable first: whatever happens next (no network, a crash), the change is kept.
    Outbox outbox(m_runner->stateDb());
    const Result<OutboxEntry> entry = crmId.isEmpty() ? outbox.recordCreate(m_profile, fields)
                                                      : outbox.recordEdit(m_profile, crmId, fields);
    if (!entry) {
        fail(entry.error());
        return;
    }
    const qint64 id = entry->id;
    connect(m_runner.get(), &ProfileRunner::finished, this, [this, id] { finish(id); }, Qt::SingleShotConnection);
    m_runner->startReplay(m_profile);
}

void EditService::fail(const Error &error)
{
    EditOutcome outcome;
    outcome.error = error;
    QMetaObject::invokeMethod(this, [this, outcome] { emit finished(outcome); }, Qt::QueuedConnection);
}

void EditService::finish(qint64 entryId)
{
    const Result<OutboxEntry> entry = m_runner->stateDb()->outboxEntry(entryId);
    if (!entry) {
        fail(entry.error());
        return;
    }
    EditOutcome outcome;
    outcome.entry = entry.value();
    outcome.error = m_runner->replayError();
    if (entry->state == OutboxEntry::State::Done) {
        outcome.kind = EditOutcome::Kind::Applied;
    } else if (entry->state == OutboxEntry::State::Failed) {
        outcome.kind = EditOutcome::Kind::Refused;
        if (!outcome.error.isError())
            outcome.error = Error::make(Error::Category::Data, entry->lastError);
    } else if (outcome.error.category == Error::Category::Auth) {
        outcome.kind = EditOutcome::Kind::AuthFailed;
    } else {
        // Unreachable CRM, or an older entry of the profile still waits before this one.
        outcome.kind = EditOutcome::Kind::Queued;
    }
    emit finished(outcome);
}

QJsonObject EditService::requestFields(ModuleInfo::Module module, const QJsonObject &canonical, int utcOffsetSeconds)
{
    const ZohoRecordCodec codec(ModuleInfo::of(module));
    QJsonObject out;
    for (auto it = canonical.begin(); it != canonical.end(); ++it)
        out.insert(it.key(), codec.encodeValue(it.key(), it.value(), canonical, {}));
    if (module == ModuleInfo::Module::Events && canonical.value(QLatin1String("All_day")).toBool()) {
        // allDayToZoho takes the offset from the original record's start; a stand-in in the
        // user's offset makes the dates the ones the user picked, not UTC's.
        const QDateTime local = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone(utcOffsetSeconds));
        const QJsonObject original{{QStringLiteral("Start_DateTime"), local.toString(Qt::ISODate)}};
        ZohoRecordCodec::allDayToZoho(original, out);
    }
    return out;
}

} // namespace crmsync
