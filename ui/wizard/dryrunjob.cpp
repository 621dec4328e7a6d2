// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/dryrunjob.h"

#include "sync/profilerunner.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace crmsync {

DryRunJob::DryRunJob(Config config, QString profile, QString stateDir, QObject *parent)
    : Job(parent), m_config(std::move(config)), m_profile(std::move(profile)), m_stateDir(std::move(stateDir))
{
}

void DryRunJob::start()
{
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("crmsync-dry-run"));
    QPointer<DryRunJob> self(this);
    const auto reply = [self](const SyncReport &report, const Error &error) {
        // Answer on the GUI thread, where the job lives and may have been deleted meanwhile.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, report, error] {
            if (self)
                self->done(report, error);
        }, Qt::QueuedConnection);
    };
    // Direct: this runs on the worker thread, so the runner, its network context and its
    // StateDb connection are made and used there only.
    connect(thread, &QThread::started, thread, [thread, reply, config = m_config, profile = m_profile,
                                                stateDir = m_stateDir] {
        auto *runner = new ProfileRunner(config, stateDir);
        QObject::connect(runner, &QObject::destroyed, thread, &QThread::quit, Qt::DirectConnection);
        ProfileRunner::Options options;
        options.profiles = {profile};
        options.dryRun = true;
        if (const Status prepared = runner->prepare(options); !prepared) {
            reply({}, prepared.error());
            runner->deleteLater();
            return;
        }
        QObject::connect(runner, &ProfileRunner::finished, runner, [runner, reply] {
            reply(runner->reports().value(0), Error());
            runner->deleteLater();
        });
        runner->start();
    }, Qt::DirectConnection);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void DryRunJob::done(const SyncReport &report, const Error &error)
{
    m_report = report;
    setError(error);
    emitResult();
}

} // namespace crmsync
