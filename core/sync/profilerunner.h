// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "formats/itemcodec.h"
#include "sync/planexecutor.h"
#include "sync/syncreport.h"
#include "util/error.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace crmsync {

class AccountSecretsJob;
class NetworkContext;
class StateDb;
class Store;
class ZohoSession;

/*!
 * \brief Runs a config's profiles one after another, headless: builds the sessions,
 * stores and codecs each profile needs, runs it (SyncRun) and collects the reports.
 * The CLI uses it directly; the app runs it on its sync worker thread.
 *
 * Secrets come from the accounts' *_command entries (SecretCommand) or, for accounts
 * with "secret": "keychain", from SessionSecrets or the OS keychain, fetched
 * asynchronously before anything starts (AccountSecretsJob); a profile whose account
 * cannot sign in gets an auth-error report and the others still run.
 */
class ProfileRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        //! Names of the profiles to run; all when empty.
        QStringList profiles;
        bool dryRun = false;
        bool confirmDeletes = false;
    };

    ProfileRunner(Config config, QString stateDir, QObject *parent = nullptr);
    ~ProfileRunner() override;

    //! Checks the options against the config: unknown profile names are a config error.
    Status prepare(const Options &options);
    void start();
    //! Restores journal entry \a entryId of \a profile; restoreError() tells how it went.
    void startRestore(const QString &profile, qint64 entryId);
    const Error &restoreError() const { return m_restoreError; }
    //! Replays the pending outbox entries of \a profile (docs/offline.md) and emits
    //! finished(); replayError() tells why it stopped early (None when it did not).
    void startReplay(const QString &profile);
    const Error &replayError() const { return m_replayError; }
    StateDb *stateDb() const { return m_db.get(); }
    const QList<SyncReport> &reports() const { return m_reports; }
    //! The default state folder (QStandardPaths, per user).
    static QString defaultStateDir();
    static std::unique_ptr<ItemCodec> remoteCodecFor(ModuleInfo::Module module);

signals:
    //! SyncRun::progress of the profile that is running, for the app's progress bar.
    void progress(const QString &profile, int done, int total);
    void finished();

private:
    void runNext();
    //! Fetches the keychain secrets of \a profiles' accounts, then calls \a then.
    void withSecrets(const QList<SyncProfile> &profiles, std::function<void()> then);
    Result<QString> keychainSecret(const AccountConfig &account) const;
    //! \a refusedChanges: outbox entries the replay before this run failed (reported with it).
    void runProfile(const SyncProfile &profile, const QStringList &mandatoryFields,
                    const QList<ItemError> &refusedChanges = {});
    //! The outbox first, so the sync sees the user's queued changes (docs/offline.md).
    void replayThenRun(const SyncProfile &profile, ZohoSession *session, const std::function<void(const Error &)> &failed);
    Result<ZohoSession *> sessionFor(const AccountConfig &account);
    Result<Store *> remoteStoreFor(const AccountConfig &account, const SyncProfile &profile);
    struct BuiltSides
    {
        PlanExecutor::Sides sides;
        std::shared_ptr<ItemCodec> crmCodec;
        std::shared_ptr<ItemCodec> remoteCodec;
    };
    //! Stores are parented to \a owner; codecs live as long as the returned value.
    Result<BuiltSides> buildSides(const SyncProfile &profile, QObject *owner);

    Config m_config;
    QString m_stateDir;
    Options m_options;
    QList<SyncProfile> m_queue;
    QList<SyncReport> m_reports;
    std::unique_ptr<StateDb> m_db;
    NetworkContext *m_network = nullptr;
    AccountSecretsJob *m_secrets = nullptr;
    QHash<QString, ZohoSession *> m_sessions;
    QHash<QString, Error> m_sessionErrors;
    qint64 m_requestsAtProfileStart = 0;
    Error m_restoreError;
    Error m_replayError;
};

} // namespace crmsync
