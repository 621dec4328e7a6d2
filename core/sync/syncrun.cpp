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
//! When --confirm-deletes last let deletions through: the cumulative guard counts from there.
const QString kDeletesConfirmedKey = QStringLiteral("deletes_confirmed_at");

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
    // Without bases: onListed() reads those of the links whose items changed.
    const auto links = m_db->linkHeads(m_profile.name);
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
    m_crmKnown.clear();
    m_remoteKnown.clear();
    m_input.links.reserve(links->size());
    m_crmKnown.reserve(links->size());
    m_remoteKnown.reserve(links->size());
    for (const Link &l : links.value()) {
        m_input.links.append({l.rowId, l.crmId, l.crmVersion, l.remoteId, l.remoteVersion, l.uid, {}});
        // After a field-map change every payload is needed again: an empty version never matches.
        m_crmKnown.insert(l.crmId, m_fullListing ? QString() : l.crmVersion);
        m_remoteKnown.insert(l.remoteId, m_fullListing ? QString() : l.remoteVersion);
    }
    bool crmFull = m_fullListing, remoteFull = m_fullListing;
    for (const CreateIntent &i : intents.value()) {
        // A create may have happened without its link being stored: list that side fully so
        // the item is found and matched instead of created again.
        (i.target == Side::Crm ? crmFull : remoteFull) = true;
    }

    m_listError = {};
    m_decodeErrors.clear();
    m_listingsPending = 2;
    m_paging = m_options.dryRun ? Paging::Off : Paging::Undecided;
    m_remoteListed = false;
    m_remoteDecoded = false;
    m_waitingPage = nullptr;
    m_pagedLinks.clear();
    m_linkByCrmId.clear();
    m_pages = {};
    const auto listSide = [this](Store *store, const QString &token, const QHash<QString, QString> &known, bool crm) {
        ListChangesJob *job = store->listChanges(token, known);
        if (crm) {
            job->setPaged(m_paging != Paging::Off);
            connect(job, &ListChangesJob::pageListed, this, [this, job] { onCrmPage(job); });
        }
        connect(job, &Job::finished, this, [this, job, crm] {
            job->deleteLater();
            if (job->hasError() && !m_listError.isError())
                m_listError = job->error();
            (crm ? m_crmChanges : m_remoteChanges) = job->takeChanges();
            if (!crm) {
                m_remoteListed = true;
                if (ListChangesJob *waiting = std::exchange(m_waitingPage, nullptr))
                    onCrmPage(waiting);
            }
            if (--m_listingsPending == 0)
                onListed();
        });
        job->start();
    };
    listSide(m_sides.crm, crmFull ? QString() : crmToken.value(), m_crmKnown, true);
    listSide(m_sides.remote, remoteFull ? QString() : remoteToken.value(), m_remoteKnown, false);
}

QDateTime SyncRun::now() const
{
    return m_options.now.isValid() ? m_options.now.toUTC() : QDateTime::currentDateTimeUtc();
}

Status SyncRun::loadRecentDeletions(PlannerInput &in) const
{
    // The guard's window: the last 24 hours, but not before deletions were last confirmed,
    // which the user then accepted (docs/sync-model.md "Safety stops").
    QDateTime since = now().addSecs(-3600LL * PlannerInput::deletionWindowHours);
    const auto confirmed = m_db->profileValue(m_profile.name, kDeletesConfirmedKey);
    if (!confirmed)
        return confirmed.error();
    const QDateTime confirmedAt = QDateTime::fromString(confirmed.value(), Qt::ISODateWithMs);
    if (confirmedAt.isValid() && confirmedAt > since)
        since = confirmedAt;
    const auto crm = m_db->deletionsSince(m_profile.name, Side::Crm, since);
    if (!crm)
        return crm.error();
    const auto remote = m_db->deletionsSince(m_profile.name, Side::Remote, since);
    if (!remote)
        return remote.error();
    in.recentCrmDeletes = crm.value();
    in.recentRemoteDeletes = remote.value();
    return success();
}

QHash<QString, SideItem> SyncRun::decode(ChangeSet &changes, bool crmSide, QSet<QString> &unreadable,
                                         bool keepUnlinkedRaw)
{
    const QHash<QString, QString> &known = crmSide ? m_crmKnown : m_remoteKnown;
    const ItemCodec *codec = crmSide ? m_sides.crmCodec : m_sides.remoteCodec;
    const Store *store = crmSide ? m_sides.crm : m_sides.remote;
    QHash<QString, SideItem> out;
    for (const ItemError &e : changes.errors) {
        unreadable.insert(e.item);
        m_decodeErrors.append({store->displayName() + QStringLiteral(": ") + e.item, e.error});
    }
    out.reserve(changes.changed.size());
    for (Item &item : changes.changed) {
        Result<DecodedItem> decoded = codec->decode(item.raw, m_profile.fieldMap);
        if (!decoded) {
            // A bad item is skipped and reported; it is never taken for deleted.
            unreadable.insert(item.id);
            m_decodeErrors.append({store->displayName() + QStringLiteral(": ") + item.id, decoded.error()});
            continue;
        }
        // The payload is needed to patch a linked item, or a new one matched with the other
        // side's; one that can only be created elsewhere is written from its values alone.
        QByteArray raw = keepUnlinkedRaw || known.contains(item.id) ? std::move(item.raw) : QByteArray();
        item.raw = {};
        SideItem side{item.id, item.version, item.modified, std::move(decoded).value(), std::move(raw)};
        if (crmSide && !side.modified.isValid())
            side.modified = QDateTime::fromString(item.version, Qt::ISODate);
        out.insert(item.id, std::move(side));
    }
    changes.changed = {};
    return out;
}

Status SyncRun::loadChangedBases(PlannerInput &in) const
{
    // Only a link whose item changed or went away on a side is planned from its base; the
    // planner passes the others by untouched (PlannerInput::links).
    QList<qint64> rowIds;
    QList<qsizetype> at;
    for (qsizetype i = 0; i < in.links.size(); ++i) {
        const PairLink &l = in.links.at(i);
        if (l.crmId.isEmpty() || l.remoteId.isEmpty() || in.crmChanged.contains(l.crmId)
            || in.crmDeleted.contains(l.crmId) || in.remoteChanged.contains(l.remoteId)
            || in.remoteDeleted.contains(l.remoteId)) {
            rowIds << l.rowId;
            at << i;
        }
    }
    const auto bases = m_db->linkBases(m_profile.name, rowIds);
    if (!bases)
        return bases.error();
    for (qsizetype i : std::as_const(at))
        in.links[i].base = bases->value(in.links.at(i).rowId);
    return success();
}

void SyncRun::onListed()
{
    if (m_listError.isError()) {
        finishWithError(m_listError);
        return;
    }
    // Only an unlinked item can be matched, and only with one of the other side's.
    const auto hasUnlinked = [](const ChangeSet &c, const QHash<QString, QString> &known) {
        return std::any_of(c.changed.cbegin(), c.changed.cend(), [&](const Item &i) { return !known.contains(i.id); });
    };
    const bool crmHasUnlinked = hasUnlinked(m_crmChanges, m_crmKnown);
    const bool remoteHasUnlinked = hasUnlinked(m_remoteChanges, m_remoteKnown);
    m_input.crmChanged = decode(m_crmChanges, true, m_input.crmUnreadable, remoteHasUnlinked);
    if (!m_remoteDecoded)
        m_input.remoteChanged = decode(m_remoteChanges, false, m_input.remoteUnreadable, crmHasUnlinked);
    if (m_paging == Paging::On) {
        // The pages planned their links already; these are the rest (restAfterPages()).
        restAfterPages();
    }
    m_crmKnown.clear();
    m_remoteKnown.clear();
    for (const QString &id : std::as_const(m_crmChanges.deleted))
        m_input.crmDeleted.insert(id);
    for (const QString &id : std::as_const(m_remoteChanges.deleted))
        m_input.remoteDeleted.insert(id);
    if (!m_options.dryRun) {
        for (const auto &[side, changes] : {std::pair{Side::Crm, &m_crmChanges}, std::pair{Side::Remote, &m_remoteChanges}}) {
            if (Status s = m_db->setLinkVersions(m_profile.name, side, changes->restamped); !s) {
                finishWithError(s.error());
                return;
            }
        }
        // A pair planned for the other side's change stores these versions, not the old ones.
        if (!m_crmChanges.restamped.isEmpty() || !m_remoteChanges.restamped.isEmpty()) {
            for (PairLink &l : m_input.links) {
                l.crmVersion = m_crmChanges.restamped.value(l.crmId, l.crmVersion);
                l.remoteVersion = m_remoteChanges.restamped.value(l.remoteId, l.remoteVersion);
            }
        }
    }
    if (Status s = loadChangedBases(m_input); !s) {
        finishWithError(s.error());
        return;
    }
    if (Status s = loadRecentDeletions(m_input); !s) {
        finishWithError(s.error());
        return;
    }

    m_plan = SyncPlanner::plan(m_input);
    // The plan holds what it needs of the items; at 100,000 they are worth freeing now.
    m_input.crmChanged.clear();
    m_input.remoteChanged.clear();
    m_input.links.clear();
    m_report.skipped = m_plan.skipped + m_pages.skipped;
    m_report.matched = m_plan.matched() + m_pages.matched;
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
    executor->setClock([this] { return now(); });
    connect(executor, &PlanExecutor::progress, this,
            [this](int done, int total) { emit progress(m_pages.done + done, m_pages.done + total); });
    const int conflicts = m_plan.conflicts();
    connect(executor, &PlanExecutor::finished, this, [this, executor, conflicts] {
        executor->deleteLater();
        m_report.crm += executor->crmDone();
        m_report.remote += executor->remoteDone();
        m_report.conflicts += conflicts;
        m_writeErrors += executor->errors();
        if (executor->fatal().isError()) {
            finishWithError(executor->fatal());
            return;
        }
        if ((executor->conflicted() > 0 || m_pages.conflicted) && m_round < m_options.maxRounds) {
            listBoth();
            return;
        }
        onExecuted();
    });
    executor->execute(std::exchange(m_plan.pairs, {}));
}

void SyncRun::onExecuted()
{
    m_report.errors = m_decodeErrors + m_pages.errors + m_plan.errors + m_writeErrors;
    if (m_options.confirmDeletes && (m_report.crm.deleted > 0 || m_report.remote.deleted > 0)) {
        // The user accepted these deletions: the next runs count afresh from now, and every
        // entry this run journaled is not after this time.
        const QString at = now().toString(Qt::ISODateWithMs);
        if (Status s = m_db->setProfileValue(m_profile.name, kDeletesConfirmedKey, at); !s) {
            finishWithError(s.error());
            return;
        }
    }
    if (m_report.errors.isEmpty()) {
        // Only a clean round moves the tokens on: whatever failed is listed again next time.
        // One transaction, so one flush to the disk: four were a quarter of a no-change run.
        Status s = m_db->begin();
        if (s)
            s = m_db->setToken(m_profile.name, Side::Crm, m_crmChanges.newToken);
        if (s)
            s = m_db->setToken(m_profile.name, Side::Remote, m_remoteChanges.newToken);
        if (s)
            s = m_db->setProfileValue(m_profile.name, kFieldMapKey, fieldMapHash());
        if (s)
            s = m_db->setProfileValue(m_profile.name, kModuleKey, ModuleInfo::of(m_profile.module).apiName());
        if (s)
            s = m_db->commit();
        if (!s) {
            m_db->rollback();
            finishWithError(s.error());
            return;
        }
    }
    finish(m_report.errors.isEmpty() ? SyncReport::Status::Ok : SyncReport::Status::Errors);
}

void SyncRun::finishWithError(const Error &error)
{
    m_report.errors = m_decodeErrors + m_pages.errors + m_plan.errors + m_writeErrors;
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
        // Housekeeping, like the history: a journal that could not be pruned now is next time.
        m_db->pruneJournal(m_profile.name, now());
    }
    emit finished();
}

} // namespace crmsync
