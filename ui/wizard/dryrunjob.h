// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "sync/syncreport.h"
#include "util/job.h"

namespace crmsync {

/*!
 * \brief Runs one profile of \a config as a dry run (ProfileRunner, dryRun) on a worker
 * thread of its own and reports its SyncReport: nothing is written to either side.
 *
 * A thread because ProfileRunner may run secret commands, which block. The thread cleans
 * up after itself, so deleting the job while the run goes on neither blocks nor crashes;
 * the answer is then dropped.
 */
class DryRunJob : public Job
{
    Q_OBJECT
public:
    DryRunJob(Config config, QString profile, QString stateDir, QObject *parent = nullptr);
    void start() override;
    const SyncReport &report() const { return m_report; }

private:
    void done(const SyncReport &report, const Error &error);

    Config m_config;
    QString m_profile;
    QString m_stateDir;
    SyncReport m_report;
};

} // namespace crmsync
