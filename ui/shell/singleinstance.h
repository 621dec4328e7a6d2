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
 *
 * The socket lives in a folder only this user can enter (socketDirectory()), not in the
 * shared /tmp where another local user could take the name first and receive or answer
 * our launches (docs/desktop-app.md "One window per config").
 */
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(QString serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    /*!
     * The per-user, per-config socket path for \a configPath, inside socketDirectory();
     * empty when there is no private folder for it (then claim() does not listen at all).
     */
    static QString serverNameFor(const QString &configPath);
    /*!
     * The user's runtime folder, $XDG_RUNTIME_DIR (XDG Base Directory Specification), when
     * it is a folder of this user's that nobody else may enter; else a folder
     * crmsync-<uid> in the temp folder, created 0700 (tightened if wider), used only when
     * it is a real folder owned by this user. Empty when neither is safe.
     */
    static QString socketDirectory();

    /*!
     * True when this is the first instance (it now listens); false when another one
     * answered and was asked to raise its window. Waits at most about a second for a
     * local answer, once, before any window exists.
     */
    bool claim();
    QString serverName() const { return m_name; }
    //! The path the server listens on after claim() returned true; empty otherwise.
    QString listeningPath() const;

signals:
    //! A later launch asked this instance to show its window.
    void activationRequested();

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace crmsync
