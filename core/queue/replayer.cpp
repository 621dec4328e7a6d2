// SPDX-License-Identifier: GPL-3.0-or-later
#include "replayer.h"

#include "connectors/zoho/zohorequestjob.h"
#include "connectors/zoho/zohosession.h"
#include "connectors/zoho/zohostore.h"
#include "state/faultinjection.h"
#include "state/statedb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace crmsync {

namespace {

//! Zoho answers some values as numbers or objects; the outbox holds text. Equal when
//! they read the same, and "" equals null (an empty field).
bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    const auto text = [](const QJsonValue &v) {
        return v.isString() ? v.toString() : v.isNull() || v.isUndefined() ? QString() : v.toVariant().toString();
    };
    if ((a.isObject() || a.isArray()) || (b.isObject() || b.isArray()))
        return a == b;
    return text(a) == text(b);
}

// Criteria values escape ( ) , and \ with a backslash (reference/zoho-crm-api.md §2.8).
QString criteriaValue(QString v)
{
    for (const char *c : {"\\", "(", ")", ","})
        v.replace(QLatin1String(c), QLatin1String("\\") + QLatin1String(c));
    return v;
}

// How far the CRM's clock may run behind ours when matching an earlier create by its
// Created_Time.
constexpr int kClockSlackSecs = 600;
// Zoho takes at most 10 conditions in one criteria (§2.8).
constexpr int kMaxCriteria = 10;
// A record edited again and again while we retry: give up after this many rounds.
constexpr int kMaxConflictRounds = 3;

} // namespace

Replayer::Replayer(const SyncProfile &profile, ZohoSession *session, StateDb *db, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_session(session)
    , m_db(db)
    , m_outbox(db)
    , m_store(new ZohoStore(session, ModuleInfo::of(profile.module), {}, this))
{
}

void Replayer::start()
{
    const Result<QList<OutboxEntry>> pending = m_db->outboxEntries(m_profile.name, true);
    if (!pending) {
        m_error = pending.error();
        QMetaObject::invokeMethod(this, &Replayer::finish, Qt::QueuedConnection);
        return;
    }
    m_queue = *pending;
    QMetaObject::invokeMethod(this, &Replayer::next, Qt::QueuedConnection);
}

QString Replayer::label() const
{
    return m_entry.op == OutboxEntry::Op::Create
        ? tr("new %1 record (outbox entry %2)").arg(ModuleInfo::of(m_profile.module).displayName()).arg(m_entry.id)
        : tr("%1 record %2 (outbox entry %3)").arg(ModuleInfo::of(m_profile.module).displayName(), m_entry.crmId).arg(m_entry.id);
}

void Replayer::next()
{
    if (m_queue.isEmpty())
        return finish();
    m_entry = m_queue.takeFirst();
    m_conflictRounds = 0;
    // An earlier try may have reached the CRM even though we never heard back (crash,
    // timeout): find that record instead of creating a second one (docs/offline.md
    // "Exactly once").
    if (m_entry.op == OutboxEntry::Op::Create && m_entry.attempts > 0)
        lookUpCreate();
    else
        send(m_entry.fields, m_entry.baseVersion);
}

void Replayer::lookUpCreate()
{
    QStringList conditions;
    QStringList names = m_entry.fields.keys();
    for (const QString &name : std::as_const(names)) {
        const QJsonValue v = m_entry.fields.value(name);
        if (v.isString() && conditions.size() < kMaxCriteria)
            conditions << QStringLiteral("(%1:equals:%2)").arg(name, criteriaValue(v.toString()));
    }
    if (conditions.isEmpty() || !m_session) {
        send(m_entry.fields, {});
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("criteria"), conditions.join(QStringLiteral("and")));
    query.addQueryItem(QStringLiteral("fields"),
                       (QStringList{QStringLiteral("id"), QStringLiteral("Created_Time")} + names).join(QLatin1Char(',')));
    ZohoRequestJob *job = m_session->request("GET", QStringLiteral("/crm/v8/%1/search").arg(ModuleInfo::of(m_profile.module).apiName()), query);
    job->setParent(this);
    connect(job, &Job::finished, this, &Replayer::onLookedUp);
    job->start();
}

void Replayer::onLookedUp(Job *j)
{
    auto *job = static_cast<ZohoRequestJob *>(j);
    job->deleteLater();
    if (job->hasError())
        return handleError(job->error());
    const QDateTime earliest = m_entry.createdAt.addSecs(-kClockSlackSecs);
    for (const QJsonValue &v : job->json().value(QLatin1String("data")).toArray()) {
        const QJsonObject record = v.toObject();
        const QDateTime created = QDateTime::fromString(record.value(QLatin1String("Created_Time")).toString(), Qt::ISODate);
        bool same = created.isValid() && created >= earliest;
        for (auto it = m_entry.fields.begin(); same && it != m_entry.fields.end(); ++it)
            same = sameValue(record.value(it.key()), it.value());
        if (same)
            return markDone(record.value(QLatin1String("id")).toString());
    }
    send(m_entry.fields, {});
}

void Replayer::send(const QJsonObject &fields, const QString &expectedVersion)
{
    ++m_entry.attempts;
    // Durable before the request: after a crash, attempts > 0 tells the next replay to
    // look the create up first.
    if (Status s = m_outbox.setState(m_entry, OutboxEntry::State::Sending, m_entry.lastError); !s) {
        m_error = s.error();
        return finish();
    }
    WriteRequest request;
    request.op = m_entry.op == OutboxEntry::Op::Create ? WriteRequest::Op::Create : WriteRequest::Op::Update;
    request.id = m_entry.crmId;
    request.expectedVersion = expectedVersion;
    request.raw = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    request.tag = 1;
    WriteJob *job = m_store->write({request});
    job->setParent(this);
    connect(job, &Job::finished, this, &Replayer::onWritten);
    job->start();
}

void Replayer::onWritten(Job *j)
{
    auto *job = static_cast<WriteJob *>(j);
    job->deleteLater();
    // Crash tests stop here too: the CRM has the write, the outbox does not know yet.
    FaultInjection::afterWrite();
    if (job->hasError())
        return handleError(job->error());
    if (job->results().isEmpty()) {
        return handleError(Error::make(Error::Category::Data, tr("Zoho CRM did not report what happened to the %1.").arg(label())));
    }
    const WriteResult &r = job->results().first();
    if (!r.ok())
        return handleError(r.error);
    markDone(r.id, r.version);
}

void Replayer::markDone(const QString &crmId, const QString &version)
{
    if (!crmId.isEmpty())
        m_entry.crmId = crmId;
    if (Status s = m_outbox.setState(m_entry, OutboxEntry::State::Done); !s) {
        m_error = s.error();
        return finish();
    }
    // A later queued edit of the same record was based on what the user saw before this
    // one; now its base is this write, or it would conflict with our own change.
    for (OutboxEntry &later : m_queue) {
        if (later.op != OutboxEntry::Op::Edit || later.crmId != m_entry.crmId || m_entry.crmId.isEmpty())
            continue;
        if (!version.isEmpty())
            later.baseVersion = version;
        for (auto it = m_entry.fields.begin(); it != m_entry.fields.end(); ++it) {
            if (later.fields.contains(it.key()))
                later.base.insert(it.key(), it.value());
        }
        if (Status s = m_outbox.setState(later, later.state, later.lastError); !s) {
            m_error = s.error();
            return finish();
        }
    }
    ++m_applied;
    next();
}

void Replayer::handleError(const Error &error)
{
    if (error.category == Error::Category::Conflict && m_entry.op == OutboxEntry::Op::Edit
        && m_conflictRounds < kMaxConflictRounds) {
        ++m_conflictRounds;
        return fetchCurrent();
    }
    if (error.canRetryLater() || error.category == Error::Category::Auth || error.category == Error::Category::Config) {
        // The CRM is out of reach or will not let us in: keep this and every later entry
        // for the next replay (their order matters), rather than hammer a server that is
        // down; ZohoSession has already retried with back-off (net/retrypolicy.h).
        m_error = error;
        if (Status s = m_outbox.setState(m_entry, OutboxEntry::State::Deferred, error.userMessage); !s)
            m_error = s.error();
        return finish();
    }
    ++m_failed;
    m_failures.append({label(), error});
    if (Status s = m_outbox.setState(m_entry, OutboxEntry::State::Failed, error.userMessage); !s) {
        m_error = s.error();
        return finish();
    }
    next();
}

void Replayer::fetchCurrent()
{
    if (!m_session)
        return handleError(ZohoSession::sessionGone());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"),
                       (QStringList{QStringLiteral("id"), QStringLiteral("Modified_Time")} + m_entry.fields.keys()).join(QLatin1Char(',')));
    ZohoRequestJob *job = m_session->request(
        "GET", QStringLiteral("/crm/v8/%1/%2").arg(ModuleInfo::of(m_profile.module).apiName(), m_entry.crmId), query);
    job->setParent(this);
    connect(job, &Job::finished, this, &Replayer::onFetched);
    job->start();
}

bool Replayer::crmWins(SyncProfile::Conflict policy, const QJsonObject &record) const
{
    switch (policy) {
    case SyncProfile::Conflict::CrmWins: return true;
    case SyncProfile::Conflict::RemoteWins: return false;   // the outbox is the user's side
    case SyncProfile::Conflict::NewestWins: {
        const QDateTime modified = QDateTime::fromString(record.value(QLatin1String("Modified_Time")).toString(), Qt::ISODate);
        return !modified.isValid() || modified >= m_entry.createdAt;
    }
    case SyncProfile::Conflict::Merge:
        // Merge settles fields changed on one side only; for a field both changed the
        // profile's fallback decides (docs/sync-engine.md, as FieldMerger does).
        return m_profile.mergeFallback == SyncProfile::Conflict::Merge ? true : crmWins(m_profile.mergeFallback, record);
    }
    return true;
}

void Replayer::onFetched(Job *j)
{
    auto *job = static_cast<ZohoRequestJob *>(j);
    job->deleteLater();
    if (job->hasError())
        return handleError(job->error());
    const QJsonObject record = job->json().value(QLatin1String("data")).toArray().first().toObject();
    if (record.isEmpty())
        return handleError(Error::make(Error::Category::Data, tr("The %1 is no longer in Zoho CRM.").arg(label())));

    QJsonObject apply, ours, theirs;
    for (auto it = m_entry.fields.begin(); it != m_entry.fields.end(); ++it) {
        const QJsonValue current = record.value(it.key());
        if (sameValue(current, it.value()))
            continue;   // already as wanted (e.g. our own earlier try went through)
        // Without a base value we cannot tell whether the CRM changed the field: count it
        // as changed on both sides, so the policy decides rather than a silent overwrite.
        const bool crmChanged = !m_entry.base.contains(it.key()) || !sameValue(current, m_entry.base.value(it.key()));
        if (crmChanged && crmWins(m_profile.conflict, record)) {
            ours.insert(it.key(), it.value());
            theirs.insert(it.key(), current);
        } else {
            if (crmChanged)
                theirs.insert(it.key(), current);
            apply.insert(it.key(), it.value());
        }
    }
    // Journal whatever loses, so `crmsync restore` can bring it back.
    const bool oursLost = !ours.isEmpty();
    if (oursLost || !theirs.isEmpty()) {
        JournalEntry j;
        j.time = QDateTime::currentDateTimeUtc();
        j.crmId = m_entry.crmId;
        j.losingSide = oursLost ? Side::Remote : Side::Crm;
        j.losing = oursLost ? ours : theirs;
        j.winning = oursLost ? theirs : apply;
        if (!oursLost)
            j.losingRaw = QJsonDocument(record).toJson(QJsonDocument::Compact);
        j.reason = tr("outbox entry %1, conflict policy %2").arg(m_entry.id).arg(SyncProfile::conflictName(m_profile.conflict));
        if (Result<qint64> r = m_db->addJournalEntry(m_profile.name, j); !r) {
            m_error = r.error();
            return finish();
        }
    }
    if (apply.isEmpty())
        return markDone({});
    send(apply, record.value(QLatin1String("Modified_Time")).toString());
}

void Replayer::finish()
{
    emit finished();
}

} // namespace crmsync
