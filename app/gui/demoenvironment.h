// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

namespace crmsync {

/*!
 * \brief `crmsync --demo`: the app on demo data, as scripts/demo.sh sets it up for the CLI.
 *
 * Starts crm-sandbox with --seed-demo on a free loopback port, its data in
 * DIR/sandbox (so edits survive between demo sessions), writes DIR/config.json with
 * folder profiles for Contacts, Leads, Vendors, Tasks and Events (their files in
 * DIR/contacts …), and stops the sandbox by its PID when the app quits. The sandbox's
 * refresh token is its documented test fixture and reaches ProfileRunner by command, as
 * a real one would; it is never written into the config.
 *
 * DIR is --demo-dir, else $CRMSYNC_DEMO_DIR, else QStandardPaths::AppLocalDataLocation/demo
 * (the same place whether the app runs from the build tree or is installed).
 */
class DemoEnvironment : public QObject
{
    Q_OBJECT
public:
    explicit DemoEnvironment(QString dir, QObject *parent = nullptr);
    ~DemoEnvironment() override;

    static QString defaultDir();
    //! $CRMSYNC_SANDBOX_BIN, else ../emulators/crm-sandbox/crm-sandbox next to this
    //! binary (the build tree), else crm-sandbox on PATH (installed).
    static QString findSandbox();

    QString dir() const { return m_dir; }
    QString configPath() const;
    QString stateDir() const;
    qint64 sandboxPid() const;

    //! Starts the sandbox and writes the config; ready() or failed() follows.
    void start();
    //! Stops the sandbox (SIGTERM to its PID, SIGKILL after 3 s).
    void stop();

signals:
    void ready();
    void failed(const QString &message);

private:
    void readOutput();
    bool writeConfig(const QString &url);
    void fail(const QString &message);

    QString m_dir;
    QProcess m_process;
    QTimer m_timeout;
    QByteArray m_buffer;
    bool m_ready = false;
};

} // namespace crmsync
