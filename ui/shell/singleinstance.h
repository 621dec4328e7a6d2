// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace crmsync {

/*!
 * \brief One app per user and config file: the first launch listens on a local socket
 * named after both, a later launch finds it, asks it to come to the front, and exits.
 *
 * A socket left behind by a crashed instance answers nobody: claim() then removes it and
 * listens itself. A QLockFile around the check keeps two launches at the same moment from
 * both becoming the first.
 */
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(QString serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    //! The per-user, per-config socket name for \a configPath.
    static QString serverNameFor(const QString &configPath);

    /*!
     * True when this is the first instance (it now listens); false when another one
     * answered and was asked to raise its window. Waits at most about a second for a
     * local answer, once, before any window exists.
     */
    bool claim();
    QString serverName() const { return m_name; }

signals:
    //! A later launch asked this instance to show its window.
    void activationRequested();

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace crmsync
