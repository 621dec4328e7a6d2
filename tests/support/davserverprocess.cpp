// SPDX-License-Identifier: GPL-3.0-or-later
#include "davserverprocess.h"

#include "childprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool writeRadicaleCollection(const QString &root, const QString &path, const QByteArray &tag)
{
    const QString dir = root + QStringLiteral("/collection-root/") + path;
    if (!QDir().mkpath(dir))
        return false;
    QFile props(dir + QStringLiteral("/.Radicale.props"));
    return props.open(QIODevice::WriteOnly) && props.write("{\"tag\": \"" + tag + "\"}") > 0;
}

} // namespace

DavServerProcess::DavServerProcess(Server server)
    : m_server(server)
{
}

DavServerProcess::~DavServerProcess()
{
    stop();
}

DavServerProcess::Server DavServerProcess::fromName(const QString &name, bool *ok)
{
    if (ok)
        *ok = name == QLatin1String("radicale") || name == QLatin1String("xandikos");
    return name == QLatin1String("xandikos") ? Server::Xandikos : Server::Radicale;
}

QString DavServerProcess::nameOf(Server server)
{
    return server == Server::Xandikos ? QStringLiteral("xandikos") : QStringLiteral("radicale");
}

bool DavServerProcess::useTls()
{
    if (m_server != Server::Radicale || !m_dir.isValid()) {
        m_error = QStringLiteral("TLS is only set up for Radicale");
        return false;
    }
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   certificateFile()});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl could not make a certificate: ") + QString::fromUtf8(openssl.readAll());
        return false;
    }
    m_tls = true;
    return true;
}

QString DavServerProcess::certificateFile() const
{
    return m_dir.filePath(QStringLiteral("certificate.pem"));
}

bool DavServerProcess::start()
{
    m_error.clear();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    // A restart keeps the port, so the clients' configured URLs stay right.
    if (m_port == 0)
        m_port = freeLoopbackPort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free loopback port");
        return false;
    }
    QString program;
    QStringList args;
    const QString port = QString::number(m_port);
    if (m_server == Server::Radicale) {
        // The parent collection must exist before its children (reference/debian-notes.md).
        if (!writeRadicaleCollection(m_dir.path(), QStringLiteral("user/contacts"), "VADDRESSBOOK")
            || !writeRadicaleCollection(m_dir.path(), QStringLiteral("user/calendar"), "VCALENDAR")) {
            m_error = QStringLiteral("cannot prepare Radicale's storage in %1").arg(m_dir.path());
            return false;
        }
        // /usr/bin/python3: another python on PATH may lack the module (debian-notes.md).
        program = QStringLiteral("/usr/bin/python3");
        args = {QStringLiteral("-m"), QStringLiteral("radicale"),
                QStringLiteral("--storage-filesystem-folder"), m_dir.path(),
                QStringLiteral("--server-hosts"), QStringLiteral("127.0.0.1:") + port,
                QStringLiteral("--auth-type"), QStringLiteral("none")};
        if (m_tls)
            args << QStringLiteral("--server-ssl") << QStringLiteral("True") << QStringLiteral("--server-certificate")
                 << certificateFile() << QStringLiteral("--server-key") << m_dir.filePath(QStringLiteral("key.pem"));
    } else {
        program = QStringLiteral("/usr/bin/xandikos");
        args = {QStringLiteral("-d"), m_dir.path(), QStringLiteral("-l"), QStringLiteral("127.0.0.1"),
                QStringLiteral("-p"), port, QStringLiteral("--defaults")};
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(program, args);
    if (!m_process->waitForStarted(15000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program, m_process->errorString());
        return false;
    }
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running)
            break;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200))
            return true;
        // Not yet listening: give the process a moment to produce output or exit.
        m_process->waitForReadyRead(100);
    }
    m_error = QStringLiteral("%1 did not start listening on port %2: %3")
                  .arg(name(), port, QString::fromUtf8(m_process->readAll()));
    stop();
    return false;
}

void DavServerProcess::stop()
{
    killAndReap(m_process);
}

bool DavServerProcess::restart()
{
    stop();
    return start();
}

QUrl DavServerProcess::baseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(m_port));
}

QUrl DavServerProcess::addressBookUrl() const
{
    return baseUrl().resolved(QUrl(m_server == Server::Radicale ? QStringLiteral("/user/contacts/")
                                                                : QStringLiteral("/user/contacts/addressbook/")));
}

QUrl DavServerProcess::calendarUrl() const
{
    return baseUrl().resolved(QUrl(m_server == Server::Radicale ? QStringLiteral("/user/calendar/")
                                                                : QStringLiteral("/user/calendars/calendar/")));
}
