// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

/*!
 * \brief Runs a real crm-sandbox process on loopback for a test.
 *
 * start() launches `crm-sandbox --listen 127.0.0.1:0 --data <temp dir>` with
 * the fixed test credentials below and waits (≤ 15 s) for its
 * `listening on http://…` line. The temporary data dir lives as long as this
 * object, so restart() brings the same state back (on the same port when free).
 * Tests pass the binary as `QStringLiteral(CRMSYNC_SANDBOX_BIN)`.
 */
class SandboxProcess
{
public:
    static inline const QString ClientId = QStringLiteral("test-client");
    static inline const QString ClientSecret = QStringLiteral("test-secret");
    static inline const QString RefreshToken = QStringLiteral("test-refresh");

    //! \a binary empty → the CRMSYNC_SANDBOX_BIN environment variable.
    explicit SandboxProcess(const QString &binary, const QStringList &extraArgs = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    bool start();
    //! Kills the process (by its PID, SIGKILL) and waits for it; the data dir stays.
    void stop();
    //! stop() + start() on the same data dir, reusing the port if possible.
    bool restart();
    bool isRunning() const;

    QUrl baseUrl() const;
    quint16 port() const { return m_port; }
    QString dataDir() const;
    //! Why start() failed, including the sandbox's stderr.
    QString errorString() const { return m_error; }
    //! Everything the process wrote to stdout so far.
    QByteArray output() const { return m_output; }

private:
    bool launch(quint16 port);

    QString m_binary;
    QStringList m_extraArgs;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
    QByteArray m_output;
};
