// SPDX-License-Identifier: GPL-3.0-or-later
#include "editsaver.h"

#include "offline/editservice.h"

#include <QThread>

namespace crmsync {

EditSaver::EditSaver(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<crmsync::EditOutcome>();
}

void EditSaver::save(const Config &config, const QString &stateDir, const QString &profile, const QString &crmId,
                     const QJsonObject &request)
{
    // Not parented to the saver: a dialog closed early must not destroy a running thread;
    // the thread and the service delete themselves once done.
    auto *thread = new QThread;
    auto *service = new EditService(config, stateDir);
    service->moveToThread(thread);
    connect(thread, &QThread::started, service, [service, profile, crmId, request] {
        // Runs on the worker: the StateDb connection and the network belong to it.
        if (const Status prepared = service->prepare(profile); !prepared) {
            EditOutcome outcome;
            outcome.error = prepared.error();
            emit service->finished(outcome);
            return;
        }
        service->submit(crmId, request);
    });
    connect(service, &EditService::finished, this, &EditSaver::finished, Qt::QueuedConnection);
    connect(service, &EditService::finished, thread, &QThread::quit);
    connect(thread, &QThread::finished, service, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

QString EditSaver::describe(const EditOutcome &outcome)
{
    switch (outcome.kind) {
    case EditOutcome::Kind::Applied:
        return tr("Saved.");
    case EditOutcome::Kind::Queued:
        return tr("Queued: will be sent when the CRM is reachable.");
    case EditOutcome::Kind::Refused:
        return tr("The CRM refused the change (kept in the outbox as failed): %1").arg(outcome.error.userMessage);
    case EditOutcome::Kind::AuthFailed:
        return tr("Queued, but signing in to the CRM failed: %1").arg(outcome.error.userMessage);
    case EditOutcome::Kind::NotRecorded:
        return tr("Not saved: %1").arg(outcome.error.userMessage);
    }
    return {};
}

} // namespace crmsync
