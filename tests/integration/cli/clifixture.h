// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxclient.h"
#include "sandboxprocess.h"
#include "util/job.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

class DavServerProcess;
class QUrl;
namespace crmsync {
class NetworkContext;
struct DavCollection;
}

//! One CLI test's world: a fresh crm-sandbox, a folder, a config and a state dir.
class CliFixture
{
public:
    struct Outcome
    {
        int exitCode = -1;
        QByteArray stdoutData;
        QByteArray stderrData;
        QJsonObject json;
        //! The first profile's report when --json was given.
        QJsonObject report() const;
        //! Items created, updated and deleted on both sides, by report(): 0 for a quiet run.
        int writes() const;
    };

    CliFixture();
    bool start(const QStringList &sandboxArgs = {});
    //! Writes config.json with one profile; \a profile is merged over the defaults.
    void writeConfig(const QString &module, const QJsonObject &profile = {}, const QStringList &tokenCommand = {});
    /*!
     * A carddav/caldav account (\a type) on \a server's \a collection, its password given by
     * command as a real one would be.
     */
    static QJsonObject davAccount(const QString &type, const DavServerProcess &server, const QUrl &collection);
    //! \a server's address book with its own credentials, to ask it directly (not through the CLI).
    static crmsync::DavCollection addressBookOf(const DavServerProcess &server, crmsync::NetworkContext *context);
    //! Runs \a job (a DavStore job, say) to its end, waiting up to a minute (tests may wait).
    template<typename J>
    static std::unique_ptr<J> runJob(J *job)
    {
        std::unique_ptr<J> owned(job);
        QSignalSpy spy(job, &crmsync::Job::finished);
        job->start();
        spy.wait(60000);
        return owned;
    }
    //! Makes writeConfig() use \a account (a carddav/caldav account object) as the remote
    //! instead of the folder.
    void setRemoteAccount(const QJsonObject &account) { m_remoteAccount = account; }
    //! Runs the test-only crmsync-faulty (tests/faulty) instead of the shipped crmsync:
    //! the same program, plus the fault injection its environment configures.
    void useFaultyCli() { m_program = QStringLiteral(CRMSYNC_FAULTY_CLI_BIN); }
    Outcome run(const QStringList &args, const QStringList &env = {});
    Outcome sync(const QStringList &extra = {}, const QStringList &env = {});

    QString folder() const { return m_dir.filePath(QStringLiteral("folder")); }
    QString stateDir() const { return m_dir.filePath(QStringLiteral("state")); }
    QString configPath() const { return m_dir.filePath(QStringLiteral("config.json")); }
    QStringList folderFiles() const;
    QByteArray readFile(const QString &name) const;
    void writeFile(const QString &name, const QByteArray &data) const;
    SandboxProcess &sandbox() { return *m_sandbox; }
    SandboxClient &crm() { return *m_client; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
    QJsonObject m_remoteAccount;
    QString m_program = QStringLiteral(CRMSYNC_CLI_BIN);
};
