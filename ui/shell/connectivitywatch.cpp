// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/connectivitywatch.h"

#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcConnectivity, "crmsync.connectivity")

namespace crmsync {

namespace {
constexpr int ProbeTimeoutMs = 5000;

quint16 portOf(const QUrl &url)
{
    return quint16(url.port(url.scheme() == QLatin1String("http") ? 80 : 443));
}
} // namespace

ConnectivityWatch::ConnectivityWatch(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(30000);
    connect(&m_timer, &QTimer::timeout, this, &ConnectivityWatch::probe);
    m_systemBackend = QNetworkInformation::loadDefaultBackend();
    if (m_systemBackend) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    qCDebug(lcConnectivity) << "system reachability" << int(r);
                    // Online says the machine has a route; whether the CRM answers is
                    // what the probe (and then the sync itself) finds out.
                    if (r == QNetworkInformation::Reachability::Online && isWatching())
                        probe();
                });
    }
    qCDebug(lcConnectivity) << "system backend" << m_systemBackend;
}

void ConnectivityWatch::setWatching(bool on)
{
    if (on && !m_timer.isActive())
        m_timer.start();
    else if (!on)
        m_timer.stop();
}

void ConnectivityWatch::probe()
{
    if (m_pending > 0 || m_targets.isEmpty())
        return;
    m_allOk = true;
    m_pending = int(m_targets.size());
    for (const QUrl &url : std::as_const(m_targets)) {
        auto *socket = new QTcpSocket(this);
        // A connect is enough: it proves the route and that something listens, without
        // credentials or API quota (a HEAD would count against Zoho's daily limit).
        connect(socket, &QTcpSocket::connected, this, [this, socket] { probeDone(socket, true); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] { probeDone(socket, false); });
        QTimer::singleShot(ProbeTimeoutMs, socket, [this, socket] { probeDone(socket, false); });
        socket->connectToHost(url.host(), portOf(url));
    }
}

void ConnectivityWatch::probeDone(QTcpSocket *socket, bool ok)
{
    if (socket->property("done").toBool())
        return;
    socket->setProperty("done", true);
    socket->abort();
    socket->deleteLater();
    m_allOk = m_allOk && ok;
    if (--m_pending > 0)
        return;
    qCDebug(lcConnectivity) << "probe" << (m_allOk ? "reachable" : "unreachable");
    if (m_allOk && isWatching())
        emit reachable();
}

} // namespace crmsync
