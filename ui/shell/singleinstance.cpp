// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcInstance, "crmsync.instance")

namespace crmsync {

namespace {
constexpr int AnswerTimeoutMs = 1000;
const QByteArray RaiseMessage = QByteArrayLiteral("raise\n");

#ifdef Q_OS_UNIX
//! A real folder (not a link) owned by us; with \a tighten, group/other access is removed.
bool isPrivateFolder(const QString &path, bool tighten)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    if (path.isEmpty() || ::lstat(native.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid())
        return false;
    if ((st.st_mode & 077) == 0)
        return true;
    if (!tighten || ::chmod(native.constData(), 0700) != 0)
        return false;
    qCWarning(lcInstance, "%s was open to other users: mode changed from %04o to 0700", native.constData(),
              unsigned(st.st_mode & 07777));
    return true;
}
#endif
} // namespace

SingleInstance::SingleInstance(QString serverName, QObject *parent)
    : QObject(parent)
    , m_name(std::move(serverName))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketDirectory()
{
#ifdef Q_OS_UNIX
    // XDG_RUNTIME_DIR must be owned by the user with mode 0700 (XDG Base Directory
    // Specification); one that is not is not used, and not changed either.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (isPrivateFolder(runtime, false))
        return QDir::cleanPath(runtime);
    if (!runtime.isEmpty())
        qCWarning(lcInstance) << "XDG_RUNTIME_DIR" << runtime << "is not a private folder of this user; not used";
    const QString own = QDir::temp().filePath(QStringLiteral("crmsync-%1").arg(::geteuid()));
    if (::mkdir(QFile::encodeName(own).constData(), 0700) != 0 && errno != EEXIST)
        return {};
    // Someone else may have created this name first in the shared temp folder: then it
    // is not ours, and nothing of ours goes into it.
    if (!isPrivateFolder(own, true)) {
        qCWarning(lcInstance) << own << "is not a private folder of this user; no single-instance socket";
        return {};
    }
    return own;
#else
    // Windows: named pipes, not files; QLocalServer::UserAccessOption restricts them.
    return QDir::tempPath();
#endif
}

QString SingleInstance::serverNameFor(const QString &configPath)
{
    const QString folder = socketDirectory();
    if (folder.isEmpty())
        return {};
    // Hashed: socket paths have a short length limit on Unix (sun_path, about 104 bytes).
    const QByteArray key = QFileInfo(configPath).absoluteFilePath().toUtf8();
    return QDir(folder).filePath(QStringLiteral("crmsync-")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24)));
}

QString SingleInstance::listeningPath() const
{
    return m_server && m_server->isListening() ? m_server->fullServerName() : QString();
}

bool SingleInstance::claim()
{
    if (m_name.isEmpty()) {
        // No private place for the socket: a second window is a smaller harm than a
        // socket that other users could take over.
        qCWarning(lcInstance) << "no private folder for the single-instance socket; not checking for another instance";
        return true;
    }
    QLockFile lock((QFileInfo(m_name).isAbsolute() ? m_name : QDir::temp().filePath(m_name)) + QStringLiteral(".lock"));
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
