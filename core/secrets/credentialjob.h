// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/job.h"

#include <QCoreApplication>
#include <QString>

namespace crmsync {

/*!
 * \brief One read, write or removal of a secret in the OS keychain (QtKeychain 0.13,
 * reference/protocols.md §5.2), as a crmsync Job: start() once, one finished().
 *
 * A missing entry is not an error: a read then finishes with found() false and an empty
 * secret, a removal succeeds. Failures carry a translated message and failure() tells the
 * UI which kind it was, so it can offer "Continue without keeping the sign-in" when the
 * keychain is missing or locked. QtKeychain's insecure fallback (plaintext QSettings) is
 * never enabled.
 *
 * Any thread may create and start one (the app reads secrets on its sync thread).
 * QtKeychain itself runs on the application's main thread, see credentialjob.cpp.
 * As with every Job, delete it only after finished().
 */
class CredentialJob : public Job
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Remove };
    enum class Failure {
        None,
        //! No keychain service answers (on Linux: no Secret Service / KWallet on D-Bus).
        NoKeychain,
        //! The keychain is locked, or the user or the system refused access.
        Locked,
        Other,
    };
    Q_ENUM(Failure)

    CredentialJob(Operation operation, QString service, QString key, QString secret = {},
                  QObject *parent = nullptr);

    void start() override;

    Operation operation() const { return m_operation; }
    QString key() const { return m_key; }
    //! What a read found; empty when there was no entry.
    QString secret() const { return m_secret; }
    //! A read found an entry (an empty stored secret counts as found).
    bool found() const { return m_found; }
    Failure failure() const { return m_failure; }

    //! The translated message for \a failure; \a detail is the keychain's own text.
    static QString messageFor(Failure failure, const QString &detail = {});

private:
    //! What QtKeychain reported, copied out on the main thread.
    struct Outcome
    {
        int code = 0;
        QString errorString;
        QString text;
    };
    void runOnMainThread();
    void finish(const Outcome &outcome);
    static Failure classify(int code, const QString &errorString);

    Operation m_operation;
    QString m_service;
    QString m_key;
    QString m_secret;
    bool m_found = false;
    bool m_started = false;
    Failure m_failure = Failure::None;
};

} // namespace crmsync
