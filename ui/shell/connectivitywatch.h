// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QTcpSocket;

namespace crmsync {

/*!
 * \brief Notices when the accounts may be reachable again, so that SyncService can replay
 * the outbox and sync as soon as it makes sense (docs/offline.md).
 *
 * Two sources: QNetworkInformation, when the platform has a backend (NetworkManager,
 * the Windows and macOS ones), says when the machine comes online; and a cheap probe, a
 * TCP connect to each account's server, says when the servers themselves answer again.
 * Where no backend loads (containers, Xvfb sessions without D-Bus) the probe alone does it.
 * Both are asynchronous: nothing here blocks the thread it lives on.
 */
class ConnectivityWatch : public QObject
{
    Q_OBJECT
public:
    explicit ConnectivityWatch(QObject *parent = nullptr);

    //! The servers to probe (scheme, host and port matter).
    void setTargets(const QList<QUrl> &targets) { m_targets = targets; }
    void setProbeIntervalMs(int ms) { m_timer.setInterval(ms); }
    //! Probes every interval while \a on; off when nothing is offline.
    void setWatching(bool on);
    bool isWatching() const { return m_timer.isActive(); }
    //! Whether QNetworkInformation has a backend here (the probe runs either way).
    bool hasSystemBackend() const { return m_systemBackend; }

signals:
    //! Every probed server accepted a connection, or the system came back online.
    void reachable();

private:
    void probe();
    void probeDone(QTcpSocket *socket, bool ok);

    QList<QUrl> m_targets;
    QTimer m_timer;
    bool m_systemBackend = false;
    int m_pending = 0;
    bool m_allOk = true;
};

} // namespace crmsync
