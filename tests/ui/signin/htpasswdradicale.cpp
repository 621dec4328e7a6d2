// SPDX-License-Identifier: GPL-3.0-or-later
#include "htpasswdradicale.h"

#include "childprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

HtpasswdRadicale::~HtpasswdRadicale()
{
    killAndReap(m_process);
}

bool HtpasswdRadicale::start()
{
    QTcpServer probe;
    if (!m_dir.isValid() || !probe.listen(QHostAddress::LocalHost, 0)) {
        m_error = QStringLiteral("no temporary dir or free port");
        return false;
    }
    m_port = probe.serverPort();
    probe.close();
    const QString root = m_dir.path() + QStringLiteral("/collection-root/user/");
    // The parent collection must exist before its children (reference/debian-notes.md).
    if (!writeFile(m_dir.path() + QStringLiteral("/users"), "user:right-password\n")
        || !writeFile(root + QStringLiteral("contacts/.Radicale.props"),
                      R"({"tag": "VADDRESSBOOK", "D:displayname": "Contacts"})")
        || !writeFile(root + QStringLiteral("calendar/.Radicale.props"),
                      R"({"tag": "VCALENDAR", "D:displayname": "Work", "C:supported-calendar-component-set": "VEVENT"})")) {
        m_error = QStringLiteral("cannot prepare Radicale's storage");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // /usr/bin/python3: another python on PATH may lack the module (debian-notes.md).
    m_process->start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-m"), QStringLiteral("radicale"), QStringLiteral("--storage-filesystem-folder"),
                      m_dir.path(), QStringLiteral("--server-hosts"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                      QStringLiteral("--auth-type"), QStringLiteral("htpasswd"), QStringLiteral("--auth-htpasswd-filename"),
                      m_dir.path() + QStringLiteral("/users"), QStringLiteral("--auth-htpasswd-encryption"),
                      QStringLiteral("plain")});
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200))
            return true;
        m_process->waitForReadyRead(100);
    }
    m_error = QStringLiteral("Radicale did not start: ") + QString::fromUtf8(m_process->readAll());
    return false;
}
