// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcInstance, "crmsync.instance")

namespace crmsync {

namespace {
constexpr int AnswerTimeoutMs = 1000;
const QByteArray RaiseMessage = QByteArrayLiteral("raise\n");
} // namespace

SingleInstance::SingleInstance(QString serverName, QObject *parent)
    : QObject(parent)
    , m_name(std::move(serverName))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &configPath)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    // Hashed: socket names have a short length limit on Unix and must not contain '/'.
    const QByteArray key = (user + QLatin1Char('\n') + QFileInfo(configPath).absoluteFilePath()).toUtf8();
    return QStringLiteral("crmsync-")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

bool SingleInstance::claim()
{
    QLockFile lock(QDir::temp().filePath(m_name + QStringLiteral(".lock")));
    lock.setStaleLockTime(5000);
    if (!lock.tryLock(3000))
        qCWarning(lcInstance) << "could not lock" << lock.fileName() << "- checking anyway";

    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(AnswerTimeoutMs)) {
        probe.write(RaiseMessage);
        probe.waitForBytesWritten(AnswerTimeoutMs);
        probe.disconnectFromServer();
        qCInfo(lcInstance) << "another instance runs for this config; asked it to come to the front";
        return false;
    }
    // Nobody answered: whatever socket file is there is stale.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // Still run: a second window is a smaller harm than no app at all.
        qCWarning(lcInstance) << "cannot listen on" << m_name << m_server->errorString();
        return true;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::readyRead, this, [this, client] {
                if (client->readAll().startsWith(RaiseMessage.trimmed()))
                    emit activationRequested();
            });
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
        }
    });
    return true;
}

} // namespace crmsync
