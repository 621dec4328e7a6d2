// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/zoho/zohosession.h"
#include "connectors/zoho/zohostore.h"
#include "net/networkcontext.h"
#include "sandboxprocess.h"

#include <QJsonObject>
#include <QSignalSpy>

#include <memory>

/*!
 * \brief A crm-sandbox process with a ZohoSession signed in to it and helpers the
 * ZohoStore tests share: running jobs, reading the sandbox's call counter, seeding.
 */
class SandboxZoho
{
public:
    explicit SandboxZoho(const QStringList &extraArgs = {});

    bool start();
    SandboxProcess &process() { return m_process; }
    crmsync::ZohoSession &session() { return *m_session; }
    crmsync::NetworkContext &context() { return m_context; }
    std::unique_ptr<crmsync::ZohoStore> store(crmsync::ModuleInfo::Module module, const QStringList &fields);

    //! GET /__sandbox/stats: {"requests","token_requests","credits"}.
    QJsonObject stats();
    //! POST /__sandbox/expire-tokens without running the event loop, so it can be called
    //! from inside a signal handler and no queued job event slips in meanwhile.
    bool expireTokensNow();

    //! Starts \a job and waits for finished(); false on timeout.
    static bool run(crmsync::Job *job, int timeoutMs = 60000)
    {
        QSignalSpy spy(job, &crmsync::Job::finished);
        job->start();
        return spy.wait(timeoutMs);
    }

    //! Creates \a count Contacts named "<prefix> <n>" through the store; their results.
    QList<crmsync::WriteResult> createContacts(crmsync::ZohoStore &store, int count, const QString &prefix);

private:
    SandboxProcess m_process;
    crmsync::NetworkContext m_context;
    std::unique_ptr<crmsync::ZohoSession> m_session;
};
