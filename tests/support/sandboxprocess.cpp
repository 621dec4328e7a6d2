// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxprocess.h"

#include "childprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

SandboxProcess::SandboxProcess(const QString &binary, const QStringList &extraArgs)
    : m_binary(binary.isEmpty() ? qEnvironmentVariable("CRMSYNC_SANDBOX_BIN") : binary)
    , m_extraArgs(extraArgs)
{
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start()
{
    return launch(0);
}

bool SandboxProcess::restart()
{
    const quint16 previous = m_port;
    stop();
    // The listening socket sets SO_REUSEADDR, so the old port is normally free at once.
    return launch(previous) || launch(0);
}

bool SandboxProcess::launch(quint16 port)
{
    m_error.clear();
    m_output.clear();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary data directory");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    const QStringList args = QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                                         QStringLiteral("--data"), m_dir.path(),
                                         QStringLiteral("--client-id"), ClientId,
                                         QStringLiteral("--client-secret"), ClientSecret,
                                         QStringLiteral("--refresh-token"), RefreshToken}
        + m_extraArgs;
    m_process->start(m_binary, args);
    if (!m_process->waitForStarted(15000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(m_binary, m_process->errorString());
        return false;
    }
    static const QRegularExpression line(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)\\n"));
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_process->state() != QProcess::Running)
                break;
            continue;
        }
        m_output += m_process->readAllStandardOutput();
        const auto match = line.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    m_error = QStringLiteral("crm-sandbox did not report its port: %1 %2")
                  .arg(QString::fromUtf8(m_output), QString::fromUtf8(m_process->readAllStandardError()));
    stop();
    return false;
}

void SandboxProcess::stop()
{
    killAndReap(m_process);
}

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QUrl SandboxProcess::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QString SandboxProcess::dataDir() const
{
    return m_dir.path();
}
