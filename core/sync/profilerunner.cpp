// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilerunner.h"

#include "config/secretcommand.h"
#include "connectors/dav/davservicelocator.h"
#include "connectors/dav/davstore.h"
#include "connectors/folder/folderstore.h"
#include "connectors/zoho/zohorecordcodec.h"
#include "connectors/zoho/zohosession.h"
#include "connectors/zoho/zohostore.h"
#include "formats/ical/icalcodec.h"
#include "formats/vcard/vcardcodec.h"
#include "net/tlsfingerprint.h"
#include "net/networkcontext.h"
#include "queue/replayer.h"
#include "secrets/accountsecretsjob.h"
#include "secrets/credentialstore.h"
#include "state/statedb.h"
#include "sync/crmfieldcheck.h"
#include "sync/restorerun.h"
#include "sync/syncfilter.h"
#include "sync/syncrun.h"
#include "util/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace crmsync {

ProfileRunner::ProfileRunner(Config config, QString stateDir, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_stateDir(std::move(stateDir)),
      m_network(new NetworkContext(nullptr, this))
{
}

ProfileRunner::~ProfileRunner() = default;

QString ProfileRunner::defaultStateDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/state");
}

std::unique_ptr<ItemCodec> ProfileRunner::remoteCodecFor(ModuleInfo::Module module)
{
    const ModuleInfo info = ModuleInfo::of(module);
    if (info.isCard())
        return std::make_unique<VCardCodec>();
    return std::make_unique<ICalCodec>(info.format());
}

Status ProfileRunner::prepare(const Options &options)
{
    m_options = options;
    m_queue.clear();
    for (const QString &name : options.profiles) {
        const bool known = std::any_of(m_config.profiles.cbegin(), m_config.profiles.cend(),
                                       [&](const SyncProfile &p) { return p.name == name; });
        if (!known) {
            return Error::make(Error::Category::Config,
                               tr("%1: there is no profile named \"%2\"").arg(m_config.path, name));
        }
    }
    for (const SyncProfile &p : std::as_const(m_config.profiles)) {
        if (options.profiles.isEmpty() ? !p.paused : options.profiles.contains(p.name))
            m_queue.append(p);
    }
    if (!PrivateFiles::makeFolder(m_stateDir)) {   // 0700: customer data (docs/state-db.md)
        return Error::make(Error::Category::Storage, tr("cannot create the state folder %1").arg(m_stateDir));
    }
    auto db = StateDb::open(QDir(m_stateDir).filePath(QStringLiteral("state.sqlite")));
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    return success();
}

void ProfileRunner::start()
{
    withSecrets(m_queue, [this] { runNext(); });
}

void ProfileRunner::withSecrets(const QList<SyncProfile> &profiles, std::function<void()> then)
{
    QList<AccountConfig> accounts;
    for (const SyncProfile &p : profiles)
        accounts << m_config.accounts.value(p.crmAccount) << m_config.accounts.value(p.remoteAccount);
    delete m_secrets;
    m_secrets = new AccountSecretsJob(accounts, {}, this);
    // The keychain answers asynchronously; nothing is built before it has (a job always
    // finishes from the event loop, so this also keeps start() non-reentrant).
    connect(m_secrets, &Job::finished, this, [then = std::move(then)] { then(); });
    m_secrets->start();
}

Result<QString> ProfileRunner::keychainSecret(const AccountConfig &account) const
{
    if (!m_secrets)
        return Error::make(Error::Category::Config, tr("account %1: its keychain secret was not fetched").arg(account.name));
    return m_secrets->secretFor(account);
}

Result<ZohoSession *> ProfileRunner::sessionFor(const AccountConfig &account)
{
    if (m_sessions.contains(account.name))
        return m_sessions.value(account.name);
    if (m_sessionErrors.contains(account.name))
        return m_sessionErrors.value(account.name);
    const QString who = tr("account %1").arg(account.name);
    Result<QString> token = account.secretInKeychain ? keychainSecret(account)
                                                     : SecretCommand::run(account.refreshTokenCommand, who);
    QString secret = account.clientSecret;
    if (token && !account.clientSecretCommand.isEmpty()) {
        const Result<QString> s = SecretCommand::run(account.clientSecretCommand, who);
        if (!s)
            token = s.error();
        else
            secret = s.value();
    }
    if (!token) {
        m_sessionErrors.insert(account.name, token.error());
        return token.error();
    }
    auto *session = new ZohoSession(m_network, this);
    session->setAccountsUrl(QUrl(account.accountsUrl));
    session->setApiUrl(QUrl(account.apiUrl));
    session->setClientId(account.clientId);
    session->setClientSecret(secret);
    session->setRefreshToken(token.value());
    m_sessions.insert(account.name, session);
    return session;
}

Result<Store *> ProfileRunner::remoteStoreFor(const AccountConfig &account, const SyncProfile &profile)
{
    switch (account.type) {
    case AccountConfig::Type::Folder:
        return static_cast<Store *>(new FolderStore(account.path, ModuleInfo::of(profile.module)));
    case AccountConfig::Type::CardDav:
    case AccountConfig::Type::CalDav: {
        DavCollection collection;
        collection.kind = account.type == AccountConfig::Type::CalDav ? DavCollection::Kind::Calendar
                                                                       : DavCollection::Kind::AddressBook;
        // "collection", else "url" (a collection, a server or home set, an e-mail address or a
        // domain: then DavCollectionResolveJob picks the calendar, docs/dav.md).
        collection.url = DavServiceLocator::addressUrl(account.collectionUrl());
        collection.username = account.username;
        // The password goes to the origin of "url" only (docs/dav.md "Where a password is sent").
        collection.authState->setScope(CredentialStore::scopeFor(account));
        collection.context = m_network;
        // Checked by the parser: the canonical fingerprint always parses.
        if (!account.tlsTrustedCertificateSha256.isEmpty())
            collection.trustedCertificateSha256 = *TlsFingerprint::parse(account.tlsTrustedCertificateSha256);
        if (account.secretInKeychain || !account.passwordCommand.isEmpty()) {
            const Result<QString> password = account.secretInKeychain
                ? keychainSecret(account)
                : SecretCommand::run(account.passwordCommand, tr("account %1").arg(account.name));
            if (!password)
                return password.error();
            collection.password = password.value();
        }
        DavListOptions options;
        options.pickCollection = account.collection.isEmpty();
        if (collection.isCalendar()) {
            options.component = ModuleInfo::of(profile.module).format() == ModuleInfo::Format::VTodo
                ? QStringLiteral("VTODO") : QStringLiteral("VEVENT");
            // The first listing asks the server for the range only (docs/dav.md "Range queries").
            options.rangeStart = SyncFilter::rangeStart(profile.eventsRange, QDateTime::currentDateTime());
        }
        return static_cast<Store *>(new DavStore(collection, options));
    }
    case AccountConfig::Type::Zoho:
        break;
    }
    return Error::make(Error::Category::Config,
                       tr("profile %1: account %2 cannot be the other side").arg(profile.name, account.name));
}

Result<ProfileRunner::BuiltSides> ProfileRunner::buildSides(const SyncProfile &profile, QObject *owner)
{
    const Result<ZohoSession *> session = sessionFor(m_config.accounts.value(profile.crmAccount));
    if (!session)
        return session.error();
    Result<Store *> remote = remoteStoreFor(m_config.accounts.value(profile.remoteAccount), profile);
    if (!remote)
        return remote.error();
    const ModuleInfo module = ModuleInfo::of(profile.module);
    auto *crmStore = new ZohoStore(session.value(), module, profile.fieldMap.crmFields(), owner);
    remote.value()->setParent(owner);
    BuiltSides built;
    built.crmCodec = std::make_shared<ZohoRecordCodec>(module);
    built.remoteCodec = remoteCodecFor(profile.module);
    built.sides = {crmStore, remote.value(), built.crmCodec.get(), built.remoteCodec.get()};
    return built;
}

void ProfileRunner::runNext()
{
    if (m_queue.isEmpty()) {
        emit finished();
        return;
    }
    const SyncProfile profile = m_queue.takeFirst();
    // The report counts every request of the profile: sign-in, replay and field check too.
    m_requestsAtProfileStart = qint64(m_network->counter().requests());
    const auto failed = [this, profile](const Error &e) {
        SyncReport report;
        report.profile = profile.name;
        report.status = e.category == Error::Category::Auth ? SyncReport::Status::AuthError
            : e.canRetryLater()                             ? SyncReport::Status::Offline
                                                            : SyncReport::Status::Errors;
        report.message = e.userMessage;
        if (report.status == SyncReport::Status::Errors)
            report.errors.append({profile.name, e});
        m_reports.append(report);
        QMetaObject::invokeMethod(this, &ProfileRunner::runNext, Qt::QueuedConnection);
    };
    const Result<ZohoSession *> session = sessionFor(m_config.accounts.value(profile.crmAccount));
    if (!session)
        return failed(session.error());
    if (!m_options.dryRun)
        return replayThenRun(profile, session.value(), failed);

    auto *check = new CrmFieldCheck(profile, session.value(), m_db.get(), this);
    connect(check, &CrmFieldCheck::finished, this, [this, check, profile, failed] {
        check->deleteLater();
        if (check->error().isError())
            return failed(check->error());
        SyncProfile effective = profile;
        effective.fieldMap = check->effectiveMap();
        runProfile(effective, check->mandatoryFields());
    });
    check->start();
}

void ProfileRunner::replayThenRun(const SyncProfile &profile, ZohoSession *session,
                                  const std::function<void(const Error &)> &failed)
{
    auto *replayer = new Replayer(profile, session, m_db.get(), this);
    connect(replayer, &Replayer::finished, this, [this, replayer, profile, session, failed] {
        replayer->deleteLater();
        // Unreachable or signed out: the sync would fail the same way; report it once.
        if (replayer->error().isError())
            return failed(replayer->error());
        auto *check = new CrmFieldCheck(profile, session, m_db.get(), this);
        const QList<ItemError> refused = replayer->failures();
        connect(check, &CrmFieldCheck::finished, this, [this, check, profile, failed, refused] {
            check->deleteLater();
            if (check->error().isError())
                return failed(check->error());
            SyncProfile effective = profile;
            effective.fieldMap = check->effectiveMap();
            runProfile(effective, check->mandatoryFields(), refused);
        });
        check->start();
    });
    replayer->start();
}

void ProfileRunner::startReplay(const QString &profileName)
{
    const auto p = std::find_if(m_config.profiles.cbegin(), m_config.profiles.cend(),
                                [&](const SyncProfile &x) { return x.name == profileName; });
    if (p != m_config.profiles.cend() && !m_secrets)
        return withSecrets({*p}, [this, profileName] { startReplay(profileName); });
    const auto it = std::find_if(m_config.profiles.cbegin(), m_config.profiles.cend(),
                                 [&](const SyncProfile &p) { return p.name == profileName; });
    const Result<ZohoSession *> session = it == m_config.profiles.cend()
        ? Result<ZohoSession *>(Error::make(Error::Category::Config,
                                            tr("%1: there is no profile named \"%2\"").arg(m_config.path, profileName)))
        : sessionFor(m_config.accounts.value(it->crmAccount));
    if (!session) {
        m_replayError = session.error();
        QMetaObject::invokeMethod(this, &ProfileRunner::finished, Qt::QueuedConnection);
        return;
    }
    // One try, no back-off: the change is already safe in the outbox and the user is
    // waiting for the command; the next sync retries with the normal policy.
    RetryPolicy once = session.value()->retryPolicy();
    once.maxAttempts = 1;
    session.value()->setRetryPolicy(once);
    auto *replayer = new Replayer(*it, session.value(), m_db.get(), this);
    connect(replayer, &Replayer::finished, this, [this, replayer] {
        m_replayError = replayer->error();
        replayer->deleteLater();
        emit finished();
    });
    replayer->start();
}

void ProfileRunner::runProfile(const SyncProfile &profile, const QStringList &mandatoryFields,
                               const QList<ItemError> &refusedChanges)
{
    SyncRun::Options options;
    options.dryRun = m_options.dryRun;
    options.confirmDeletes = m_options.confirmDeletes;
    options.mandatoryFields = mandatoryFields;
    options.requestCount = [this] { return qint64(m_network->counter().requests()); };
    auto *run = new SyncRun(profile, {}, m_db.get(), options, this);
    const Result<BuiltSides> built = buildSides(profile, run);
    if (!built) {
        SyncReport failed;
        failed.profile = profile.name;
        // A remote that cannot sign in (no keychain entry, password command failed) needs
        // the user like a CRM that cannot: the CLI's exit code 3.
        failed.status = built.error().category == Error::Category::Auth ? SyncReport::Status::AuthError
                                                                        : SyncReport::Status::Errors;
        failed.message = built.error().userMessage;
        failed.errors.append({profile.name, built.error()});
        m_reports.append(failed);
        delete run;
        runNext();
        return;
    }
    run->setSides(built->sides);
    connect(run, &SyncRun::progress, this,
            [this, name = profile.name](int done, int total) { emit progress(name, done, total); });
    connect(run, &SyncRun::finished, this, [this, run, keep = built.value(), refusedChanges] {
        Q_UNUSED(keep) // the codecs must outlive the run
        SyncReport report = run->report();
        report.requests = qint64(m_network->counter().requests()) - m_requestsAtProfileStart;
        // Queued changes the CRM refused in this run's replay are this run's item errors:
        // the user hears of them once, here, and finds them in the outbox to retry.
        report.errors = refusedChanges + report.errors;
        if (!refusedChanges.isEmpty() && report.status == SyncReport::Status::Ok)
            report.status = SyncReport::Status::Errors;
        m_reports.append(report);
        run->deleteLater();
        runNext();
    });
    run->start();
}

void ProfileRunner::startRestore(const QString &profileName, qint64 entryId)
{
    const auto it = std::find_if(m_config.profiles.cbegin(), m_config.profiles.cend(),
                                 [&](const SyncProfile &p) { return p.name == profileName; });
    if (!m_secrets)
        return withSecrets({*it}, [this, profileName, entryId] { startRestore(profileName, entryId); });
    auto *restore = new RestoreRun(*it, {}, m_db.get(), this);
    const Result<BuiltSides> built = buildSides(*it, restore);
    if (!built) {
        m_restoreError = built.error();
        delete restore;
        QMetaObject::invokeMethod(this, &ProfileRunner::finished, Qt::QueuedConnection);
        return;
    }
    restore->setSides(built->sides);
    connect(restore, &RestoreRun::finished, this, [this, restore, keep = built.value()] {
        Q_UNUSED(keep)
        m_restoreError = restore->error();
        restore->deleteLater();
        emit finished();
    });
    restore->start(entryId);
}

} // namespace crmsync
