// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialjob.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QThread>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "crmsync.keychain", QtInfoMsg)

namespace crmsync {

CredentialJob::CredentialJob(Operation operation, QString service, QString key, QString secret, QObject *parent)
    : Job(parent), m_operation(operation), m_service(std::move(service)), m_key(std::move(key)),
      m_secret(std::move(secret))
{
}

void CredentialJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // QtKeychain 0.13 queues every job in one process-wide JobExecutor (keychain.cpp) whose
    // queue has no lock and which lives in the thread that first used it; the libsecret
    // backend answers through the GLib main context of the calling thread. Running all
    // keychain jobs on the main thread keeps both consistent; the job is asynchronous
    // there, so the GUI never waits for it (ARCHITECTURE.md "Threads").
    QObject *app = QCoreApplication::instance();
    if (!app) {
        finish({QKeychain::OtherError, QStringLiteral("no QCoreApplication"), {}});
        return;
    }
    QMetaObject::invokeMethod(app, [self = QPointer<CredentialJob>(this)] {
        if (self)
            self->runOnMainThread();
    }, Qt::QueuedConnection);
}

void CredentialJob::runOnMainThread()
{
    QKeychain::Job *job = nullptr;
    QKeychain::ReadPasswordJob *reader = nullptr;
    switch (m_operation) {
    case Operation::Read:
        job = reader = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *writer = new QKeychain::WritePasswordJob(m_service);
        writer->setTextData(m_secret);
        job = writer;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // Never plaintext: a missing keychain is reported, not worked around
    // (protocols.md §5.2: only setInsecureFallback(true) writes QSettings in clear text).
    job->setInsecureFallback(false);
    job->setKey(m_key);
    QPointer<CredentialJob> self(this);
    QObject::connect(job, &QKeychain::Job::finished, job, [self, reader](QKeychain::Job *done) {
        // Copied here, on the main thread, before QtKeychain deletes its job (autoDelete).
        const Outcome outcome{int(done->error()), done->errorString(), reader ? reader->textData() : QString()};
        if (self) {
            QMetaObject::invokeMethod(self.data(), [self, outcome] {
                if (self)
                    self->finish(outcome);
            }, Qt::QueuedConnection);
        }
    });
    job->start();
}

void CredentialJob::finish(const Outcome &outcome)
{
    const auto code = QKeychain::Error(outcome.code);
    if (m_operation == Operation::Read)
        m_secret.clear();
    if (code == QKeychain::NoError) {
        m_found = m_operation == Operation::Read;
        if (m_found)
            m_secret = outcome.text;
    } else if (code == QKeychain::EntryNotFound && m_operation != Operation::Write) {
        // Nothing stored: an empty read, a removal with nothing to do.
    } else if (code == QKeychain::EntryNotFound && m_operation == Operation::Write) {
        m_failure = Failure::Other;
    } else {
        m_failure = classify(outcome.code, outcome.errorString);
    }
    if (m_operation == Operation::Write)
        m_secret.clear(); // the caller has it; keep no copy longer than needed
    if (m_failure != Failure::None) {
        // The keychain's own text goes to the log and detail; it never contains the secret.
        qCInfo(lcKeychain) << "keychain" << int(m_operation) << "failed:" << outcome.code << outcome.errorString;
        setError(Error::make(Error::Category::Auth, messageFor(m_failure, outcome.errorString), outcome.errorString));
    }
    emitResult();
}

CredentialJob::Failure CredentialJob::classify(int code, const QString &errorString)
{
    switch (QKeychain::Error(code)) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Failure::NoKeychain;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Failure::Locked;
    default:
        break;
    }
    // QtKeychain's libsecret backend maps only "no such object" and "is locked" to codes
    // (keychain 0.13.2 libsecret.cpp); D-Bus failures arrive as OtherError with GDBus's text.
    // Observed: "Cannot autolaunch D-Bus without X11 $DISPLAY", "Could not connect: …",
    // "The name org.freedesktop.secrets was not provided by any .service files".
    const QString text = errorString.toLower();
    static const char *const noService[] = {"d-bus", "dbus", "org.freedesktop.secrets", "could not connect",
                                            "not provided by any", "no such file or directory",
                                            "connection refused", "serviceunknown"};
    for (const char *needle : noService) {
        if (text.contains(QLatin1String(needle)))
            return Failure::NoKeychain;
    }
    // A Secret Service without an unlocked default keyring, whose unlock prompt cannot be
    // shown (protocols.md §5.3: "Cannot create an item in a locked collection"/prompt
    // errors); observed with gnome-keyring started by D-Bus activation and no prompter:
    // "Object does not exist at path “/org/freedesktop/secrets/collection/login”".
    if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("prompt"))
        || text.contains(QLatin1String("denied")) || text.contains(QLatin1String("dismissed"))
        || text.contains(QLatin1String("/org/freedesktop/secrets/collection")))
        return Failure::Locked;
    return Failure::Other;
}

QString CredentialJob::messageFor(Failure failure, const QString &detail)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::NoKeychain:
        return tr("No system keychain is available: no Secret Service is running. Install gnome-keyring or "
                  "KWallet and sign in to your desktop again, or continue without keeping the sign-in.");
    case Failure::Locked:
        return tr("The system keychain is locked, has no default keyring, or refused access. Unlock it "
                  "(for example with your desktop's password manager) and try again, or continue without "
                  "keeping the sign-in.");
    case Failure::Other:
        break;
    }
    //: %1 is the keychain's own error text
    return tr("The system keychain failed: %1").arg(detail.isEmpty() ? tr("unknown error") : detail);
}

} // namespace crmsync
