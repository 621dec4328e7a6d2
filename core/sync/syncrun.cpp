// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrun.h"

#include "state/statedb.h"
#include "store/store.h"
#include "sync/syncplanner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace crmsync {

namespace {
const QString kFieldMapKey = QStringLiteral("field_map_hash");
const QString kModuleKey = QStringLiteral("module");

void add(SyncPlan::Counts &total, const SyncPlan::Counts &c)
{
    total.created += c.created;
    total.updated += c.updated;
    total.deleted += c.deleted;
}
} // namespace

SyncRun::SyncRun(const SyncProfile &profile, PlanExecutor::Sides sides, StateDb *db, Options options, QObject *parent)
    : QObject(parent), m_profile(profile), m_sides(sides), m_db(db), m_options(std::move(options))
{
    m_report.profile = profile.name;
    m_report.dryRun = m_options.dryRun;
}

void SyncRun::start()
{
    m_clock.start();
    if (m_options.requestCount)
        m_requestsAtStart = m_options.requestCount();
    const auto stored = m_db->profileValue(m_profile.name, kFieldMapKey);
    if (!stored) {
        finishWithError(stored.error());
        return;
    }
    m_fullListing = stored.value() != fieldMapHash();

    // Links name records of one module: another module under the same profile name would
    // read every one of them as deleted.
    const QString module = ModuleInfo::of(m_profile.module).apiName();
    const auto storedModule = m_db->profileValue(m_profile.name, kModuleKey);
    if (!storedModule) {
        finishWithError(storedModule.error());
        return;
    }
    if (!storedModule->isEmpty() && storedModule.value() != module) {
        finishWithError(Error::make(Error::Category::Config,
            QCoreApplication::translate("SyncRun", "profile %1 synced %2 before and cannot sync %3 with the same state; "
                                                   "give the profile a new name")
                .arg(m_profile.name, storedModule.value(), module)));
        return;
    }
    listBoth();
}

QString SyncRun::fieldMapHash() const
{
    QJsonArray a;
    for (const FieldMapping &m : m_profile.fieldMap.mappings())
        a.append(QJsonArray{m.crm, m.remote});
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(a).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
}

void SyncRun::listBoth()
{
    ++m_round;
    const auto links = m_db->links(m_profile.name);
    const auto intents = m_db->intents(m_profile.name);
    auto crmToken = m_db->token(m_profile.name, Side::Crm);
    auto remoteToken = m_db->token(m_profile.name, Side::Remote);
    for (const Status &s : {links ? success() : Status(links.error()), intents ? success() : Status(intents.error()),
                            crmToken ? success() : Status(crmToken.error()),
                            remoteToken ? success() : Status(remoteToken.error())}) {
        if (!s) {
            finishWithError(s.error());
            return;
        }
    }

    m_input = PlannerInput{};
    m_input.profile = m_profile;
    m_input.now = m_options.now.isValid() ? m_options.now : QDateTime::currentDateTime();
    m_input.confirmDeletes = m_options.confirmDeletes;
    m_input.mandatoryFields = m_options.mandatoryFields;
    QHash<QString, QString> crmKnown, remoteKnown;
    for (const Link &l : links.value()) {
        m_input.links.append({l.rowId, l.crmId, l.crmVersion, l.remoteId, l.remoteVersion, l.uid, l.base});
        // After a field-map change every payload is needed again: an empty version never matches.
        crmKnown.insert(l.crmId, m_fullListing ? QString() : l.crmVersion);
        remoteKnown.insert(l.remoteId, m_fullListing ? QString() : l.remoteVersion);
    }
    bool crmFull = m_fullListing, remoteFull = m_fullListing;
    for (const CreateIntent &i : intents.value()) {
        // A create may have happened without its link being stored: list that side fully so
        // the item is found and matched instead of created again.
        (i.target == Side::Crm ? crmFull : remoteFull) = true;
    }

    m_listError = {};
    m_listingsPending = 2;
    const auto listSide = [this](Store *store, const QString &token, const QHash<QString, QString> &known, bool crm) {
        ListChangesJob *job = store->listChanges(token, known);
        connect(job, &Job::finished, this, [this, job, crm] {
            job->deleteLater();
            if (job->hasError() && !m_listError.isError())
                m_listError = job->error();
            (crm ? m_crmChanges : m_remoteChanges) = job->changes();
            if (--m_listingsPending == 0)
                onListed();
        });
        job->start();
    };
    listSide(m_sides.crm, crmFull ? QString() : crmToken.value(), crmKnown, true);
    listSide(m_sides.remote, remoteFull ? QString() : remoteToken.value(), remoteKnown, false);
}

QHash<QString, SideItem> SyncRun::decode(const ChangeSet &changes, bool crmSide, QSet<QString> &unreadable)
{
    const ItemCodec *codec = crmSide ? m_sides.crmCodec : m_sides.remoteCodec;
    const Store *store = crmSide ? m_sides.crm : m_sides.remote;
    QHash<QString, SideItem> out;
    for (const ItemError &e : changes.errors) {
        unreadable.insert(e.item);
        m_decodeErrors.append({store->displayName() + QStringLiteral(": ") + e.item, e.error});
    }
    for (const Item &item : changes.changed) {
        Result<DecodedItem> decoded = codec->decode(item.raw, m_profile.fieldMap);
        if (!decoded) {
            // A bad item is skipped and reported; it is never taken for deleted.
            unreadable.insert(item.id);
            m_decodeErrors.append({store->displayName() + QStringLiteral(": ") + item.id, decoded.error()});
            continue;
        }
        SideItem side{item.id, item.version, item.modified, std::move(decoded).value(), item.raw};
        if (crmSide && !side.modified.isValid())
            side.modified = QDateTime::fromString(item.version, Qt::ISODate);
        out.insert(item.id, std::move(side));
    }
    return out;
}

void SyncRun::onListed()
{
    if (m_listError.isError()) {
        finishWithError(m_listError);
        return;
    }
    m_decodeErrors.clear();
    m_input.crmChanged = decode(m_crmChanges, true, m_input.crmUnreadable);
    m_input.remoteChanged = decode(m_remoteChanges, false, m_input.remoteUnreadable);
    for (const QString &id : std::as_const(m_crmChanges.deleted))
        m_input.crmDeleted.insert(id);
    for (const QString &id : std::as_const(m_remoteChanges.deleted))
        m_input.remoteDeleted.insert(id);

    m_plan = SyncPlanner::plan(m_input);
    m_report.skipped = m_plan.skipped;
    m_report.matched = m_plan.matched();
    if (!m_plan.safetyStop.isEmpty()) {
        finish(SyncReport::Status::SafetyStop, m_plan.safetyStop);
        return;
    }
    if (m_options.dryRun) {
        m_report.crm = m_plan.crmCounts();
        m_report.remote = m_plan.remoteCounts();
        m_report.conflicts = m_plan.conflicts();
        m_report.errors = m_decodeErrors + m_plan.errors;
        finish(m_report.errors.isEmpty() ? SyncReport::Status::Ok : SyncReport::Status::Errors);
        return;
    }
    execute();
}

void SyncRun::execute()
{
    auto *executor = new PlanExecutor(m_profile, m_sides, m_db, this);
    connect(executor, &PlanExecutor::progress, this, &SyncRun::progress);
    connect(executor, &PlanExecutor::finished, this, [this, executor] {
        executor->deleteLater();
        add(m_report.crm, executor->crmDone());
        add(m_report.remote, executor->remoteDone());
        m_report.conflicts += m_plan.conflicts();
        m_writeErrors += executor->errors();
        if (executor->fatal().isError()) {
            finishWithError(executor->fatal());
            return;
        }
        if (executor->conflicted() > 0 && m_round < m_options.maxRounds) {
            listBoth();
            return;
        }
        onExecuted();
    });
    executor->execute(m_plan.pairs);
}

void SyncRun::onExecuted()
{
    m_report.errors = m_decodeErrors + m_plan.errors + m_writeErrors;
    if (m_report.errors.isEmpty()) {
        // Only a clean round moves the tokens on: whatever failed is listed again next time.
        for (const Status &s : {m_db->setToken(m_profile.name, Side::Crm, m_crmChanges.newToken),
                                m_db->setToken(m_profile.name, Side::Remote, m_remoteChanges.newToken),
                                m_db->setProfileValue(m_profile.name, kFieldMapKey, fieldMapHash()),
                                m_db->setProfileValue(m_profile.name, kModuleKey, ModuleInfo::of(m_profile.module).apiName())}) {
            if (!s) {
                finishWithError(s.error());
                return;
            }
        }
    }
    finish(m_report.errors.isEmpty() ? SyncReport::Status::Ok : SyncReport::Status::Errors);
}

void SyncRun::finishWithError(const Error &error)
{
    m_report.errors = m_decodeErrors + m_plan.errors + m_writeErrors;
    switch (error.category) {
    case Error::Category::Auth:
        finish(SyncReport::Status::AuthError, error.userMessage);
        return;
    case Error::Category::Network:
    case Error::Category::Server:
    case Error::Category::RateLimit:
        finish(SyncReport::Status::Offline, error.userMessage);
        return;
    default:
        m_report.errors.append({m_profile.name, error});
        finish(SyncReport::Status::Errors, error.userMessage);
        return;
    }
}

void SyncRun::finish(SyncReport::Status status, const QString &message)
{
    m_report.status = status;
    m_report.message = message;
    m_report.durationMs = m_clock.elapsed();
    if (m_options.requestCount)
        m_report.requests = m_options.requestCount() - m_requestsAtStart;
    if (!m_options.dryRun) {
        RunRecord record;
        record.finishedAt = QDateTime::currentDateTimeUtc();
        record.startedAt = record.finishedAt.addMSecs(-m_report.durationMs);
        record.report = m_report.toJson();
        m_db->addRun(m_profile.name, record); // history only: a failure here must not hide the run's outcome
    }
    emit finished();
}

} // namespace crmsync
