// SPDX-License-Identifier: GPL-3.0-or-later
#include "planexecutor.h"

#include "formats/canonicalvalue.h"
#include "state/faultinjection.h"
#include "state/statedb.h"
#include "store/store.h"
#include "sync/syncidentity.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

// Per-item failures are in the run report; the log repeats them only when asked
// (QT_LOGGING_RULES="crmsync.sync.info=true").
Q_LOGGING_CATEGORY(lcExecutor, "crmsync.sync", QtWarningMsg)

namespace crmsync {

using Op = PairPlan::Op;

namespace {

WriteRequest::Op requestOp(Op op)
{
    switch (op) {
    case Op::Create: return WriteRequest::Op::Create;
    case Op::Delete: return WriteRequest::Op::Delete;
    default: return WriteRequest::Op::Update;
    }
}

} // namespace

PlanExecutor::PlanExecutor(const SyncProfile &profile, Sides sides, StateDb *db, QObject *parent)
    : QObject(parent), m_profile(profile), m_sides(sides), m_db(db)
{
}

void PlanExecutor::execute(QList<PairPlan> pairs)
{
    m_pending.clear();
    m_pending.reserve(pairs.size());
    for (PairPlan &p : pairs)
        m_pending.append({std::move(p)});
    pairs = {};
    journalConflicts();
    if (m_fatal.isError())
        return;
    m_phase = Phase::FetchDeletedCrm;
    m_cursor = 0;
    next();
}

void PlanExecutor::next()
{
    if (m_fatal.isError())
        return;
    switch (m_phase) {
    case Phase::FetchDeletedCrm:
    case Phase::FetchDeletedRemote:
        fetchDeleted(m_phase == Phase::FetchDeletedCrm);
        return;
    case Phase::FetchRemote:
        fetchRemoteRaws();
        return;
    case Phase::Crm:
    case Phase::Remote:
        sendBatch(m_phase == Phase::Crm);
        return;
    case Phase::Done:
        commitFinished();
        emit finished();
        return;
    }
}

void PlanExecutor::fetchRemoteRaws()
{
    // Unchanged remote items arrive without payload; an update must patch the stored one.
    QStringList ids;
    for (const Pending &p : std::as_const(m_pending)) {
        if (p.plan.remoteOp == Op::Update && p.plan.remoteRaw.isEmpty() && !p.failed)
            ids << p.plan.link.remoteId;
        if (ids.size() >= m_sides.remote->capabilities().maxFetchBatch)
            break;
    }
    if (ids.isEmpty()) {
        m_phase = Phase::Crm;
        next();
        return;
    }
    runFetch(m_sides.remote->fetch(ids), [this, ids](const QHash<QString, QByteArray> &raws) {
        for (int i = 0; i < m_pending.size(); ++i) {
            Pending &p = m_pending[i];
            if (!ids.contains(p.plan.link.remoteId) || p.plan.remoteOp != Op::Update)
                continue;
            p.plan.remoteRaw = raws.value(p.plan.link.remoteId);
            if (p.plan.remoteRaw.isEmpty()) {
                // Gone or unreadable since the listing: the next run sees what happened.
                fail(i, Error::make(Error::Category::Conflict,
                                    QCoreApplication::translate("PlanExecutor", "%1 changed on %2 during the sync; it will be synced on the next run")
                                        .arg(p.plan.label, m_sides.remote->displayName())));
            }
        }
    });
}

void PlanExecutor::runFetch(FetchJob *job, std::function<void(const QHash<QString, QByteArray> &raws)> use)
{
    connect(job, &Job::finished, this, [this, job, use = std::move(use)] {
        job->deleteLater();
        if (job->hasError()) {
            stop(job->error());
            return;
        }
        QHash<QString, QByteArray> raws;
        for (const Item &item : job->items())
            raws.insert(item.id, item.raw);
        use(raws);
        next();
    });
    job->start();
}

QList<WriteRequest> PlanExecutor::buildRequests(bool crmSide, int max)
{
    QList<WriteRequest> out;
    // The batch's create intents go to the disk in one transaction, before any request of
    // the batch is sent: durable in time, and one fsync per batch instead of one per item.
    bool grouped = false;
    const auto closeGroup = [&] {
        if (!grouped)
            return true;
        grouped = false;
        if (Status s = m_db->commit(); !s) {
            m_db->rollback();
            stop(s.error());
            return false;
        }
        return true;
    };
    for (; m_cursor < m_pending.size() && out.size() < max; ++m_cursor) {
        Pending &p = m_pending[m_cursor];
        const Op op = crmSide ? p.plan.crmOp : p.plan.remoteOp;
        if (op == Op::None || p.failed || p.committed || (crmSide ? p.crmDone : p.remoteDone))
            continue;
        WriteRequest r;
        r.op = requestOp(op);
        r.tag = m_cursor;
        r.id = crmSide ? p.plan.link.crmId : p.plan.link.remoteId;
        r.expectedVersion = crmSide ? p.plan.link.crmVersion : p.plan.link.remoteVersion;
        if (op != Op::Delete && !encode(p, crmSide, r))
            continue;
        if (op == Op::Create) {
            if (!grouped && !m_db->inTransaction()) {
                if (Status s = m_db->begin(); !s) {
                    stop(s.error());
                    return {};
                }
                grouped = true;
            }
            CreateIntent intent;
            intent.target = crmSide ? Side::Crm : Side::Remote;
            intent.sourceId = crmSide ? p.plan.link.remoteId : p.plan.link.crmId;
            intent.suggestedId = r.suggestedId;
            intent.createdAt = m_clock();
            const auto added = m_db->addIntent(m_profile.name, intent);
            if (!added) {
                if (grouped)
                    m_db->rollback();
                stop(added.error());
                return {};
            }
            p.intentId = added->id;
        }
        out.append(r);
    }
    if (!closeGroup())
        return {};
    return out;
}

bool PlanExecutor::encode(Pending &p, bool crmSide, WriteRequest &request)
{
    const bool create = (crmSide ? p.plan.crmOp : p.plan.remoteOp) == Op::Create;
    Result<QByteArray> raw = QByteArray();
    if (crmSide) {
        // An update needs what the CRM holds, so that fields the result no longer has are
        // cleared (sent as null): the record as listed, else the base it held at the last sync.
        // A create has no original, except a restore, which re-creates from the journaled copy.
        QByteArray original = p.plan.crmRaw;
        if (!create && original.isEmpty())
            original = QJsonDocument(p.plan.link.base).toJson(QJsonDocument::Compact);
        raw = m_sides.crmCodec->encode(p.plan.result, original, m_profile.fieldMap, {});
    } else {
        if (create) {
            if (p.plan.link.uid.isEmpty())
                p.plan.link.uid = SyncIdentity::remoteUidFor(m_profile.module, p.plan.link.crmId);
            request.suggestedId = SyncIdentity::remoteNameFor(ModuleInfo::of(m_profile.module), p.plan.link.crmId);
        }
        // As above: only a restore creates with a payload, the journaled one, so that what
        // the fields do not map (photos, alarms…) comes back too.
        raw = m_sides.remoteCodec->encode(p.plan.result, p.plan.remoteRaw, m_profile.fieldMap, p.plan.link.uid);
    }
    if (!raw) {
        fail(request.tag, raw.error());
        return false;
    }
    request.raw = raw.value();
    return true;
}

void PlanExecutor::sendBatch(bool crmSide)
{
    Store *store = crmSide ? m_sides.crm : m_sides.remote;
    const QList<WriteRequest> requests = buildRequests(crmSide, store->capabilities().maxWriteBatch);
    if (m_fatal.isError())
        return;
    if (requests.isEmpty()) {
        commitFinished();
        m_phase = crmSide ? Phase::Remote : Phase::Done;
        m_cursor = 0;
        next();
        return;
    }
    // Test programs may act here (docs/state-db.md "Fault injection"); the shipped app
    // installs no injection, so this only checks a null pointer.
    if (!crmSide
        && FaultInjection::holdRemoteWrite(this, [this, store, requests] { startWrite(store, requests, false); })) {
        return;
    }
    startWrite(store, requests, crmSide);
}

void PlanExecutor::startWrite(Store *store, const QList<WriteRequest> &requests, bool crmSide)
{
    WriteJob *job = store->write(requests);
    connect(job, &Job::finished, this, [this, job, crmSide] { onWriteFinished(job, crmSide); });
    job->start();
}

void PlanExecutor::onWriteFinished(WriteJob *job, bool crmSide)
{
    job->deleteLater();
    if (job->hasError()) {
        stop(job->error());
        return;
    }
    for (const WriteResult &r : job->results()) {
        if (r.tag < 0 || r.tag >= m_pending.size())
            continue;
        Pending &p = m_pending[r.tag];
        const Op op = crmSide ? p.plan.crmOp : p.plan.remoteOp;
        ++m_done;
        if (!r.ok()) {
            if (r.error.category == Error::Category::Conflict) {
                // Changed by someone else between our listing and this write: leave the link
                // as it was; the run lists again and re-plans this item.
                ++m_conflicted;
                p.failed = true;
            } else {
                fail(r.tag, r.error);
            }
            continue;
        }
        if (crmSide) {
            p.crmDone = true;
            if (op != Op::Delete) {
                p.plan.link.crmId = r.id.isEmpty() ? p.plan.link.crmId : r.id;
                p.plan.link.crmVersion = r.version;
            }
        } else {
            p.remoteDone = true;
            if (op != Op::Delete) {
                p.plan.link.remoteId = r.id.isEmpty() ? p.plan.link.remoteId : r.id;
                p.plan.link.remoteVersion = r.version;
            }
        }
        SyncPlan::Counts &c = counts(crmSide);
        (op == Op::Create ? c.created : op == Op::Update ? c.updated : c.deleted)++;
    }
    emit progress(m_done, int(m_pending.size()));
    // Crash tests stop here too: the store has the writes, the state does not have them yet.
    FaultInjection::afterWrite();
    commitFinished();
    next();
}

void PlanExecutor::commitFinished()
{
    if (m_fatal.isError())
        return;
    Status s = m_db->begin();
    for (Pending &p : m_pending) {
        if (!s)
            break;
        const bool crmReady = p.plan.crmOp == Op::None || p.crmDone;
        const bool remoteReady = p.plan.remoteOp == Op::None || p.remoteDone;
        if (p.failed || p.committed || !crmReady || !remoteReady)
            continue;
        if (p.plan.forget) {
            if (p.plan.link.rowId)
                s = m_db->removeLink(m_profile.name, p.plan.link.rowId);
        } else {
            Link link;
            link.rowId = p.plan.link.rowId;
            link.crmId = p.plan.link.crmId;
            link.crmVersion = p.plan.link.crmVersion;
            link.remoteId = p.plan.link.remoteId;
            link.remoteVersion = p.plan.link.remoteVersion;
            link.uid = p.plan.link.uid;
            link.base = CanonicalValue::normalized(p.plan.result);
            link.baseHash = Link::hashOf(link.base);
            link.syncedAt = QDateTime::currentDateTimeUtc();
            if (link.rowId) {
                s = m_db->updateLink(m_profile.name, link);
            } else {
                const auto inserted = m_db->insertLink(m_profile.name, link);
                s = inserted ? success() : Status(inserted.error());
            }
        }
        if (s && p.intentId)
            s = m_db->clearIntent(p.intentId);
        p.committed = true;
    }
    if (s)
        s = m_db->commit();
    if (!s) {
        m_db->rollback();
        stop(s.error());
    }
}

void PlanExecutor::fail(int index, const Error &error)
{
    Pending &p = m_pending[index];
    p.failed = true;
    m_errors.append({p.plan.label, error});
    // The store refused the create, so nothing was made: the intent would only force
    // needless full listings on later runs.
    if (p.intentId && m_db->clearIntent(p.intentId))
        p.intentId = 0;
    qCInfo(lcExecutor) << "item failed:" << p.plan.label << error.detail;
}

void PlanExecutor::stop(const Error &error)
{
    if (m_fatal.isError())
        return;
    m_fatal = error;
    emit finished();
}

} // namespace crmsync
