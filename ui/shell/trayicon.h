// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/syncstate.h"

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace crmsync {

/*!
 * \brief The tray icon: the overall state as StatusIcon draws it, the tooltip TrayStatus
 * writes, a menu of the main window's actions (Sync now, Pause/Resume, Open dashboard,
 * Quit), and notifications for what only the user can fix.
 *
 * Created only where QSystemTrayIcon::isSystemTrayAvailable(); elsewhere the main window
 * carries the same status and actions.
 */
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    TrayIcon(QAction *syncNow, QAction *pause, QAction *open, QAction *quit, QObject *parent = nullptr);
    ~TrayIcon() override;

    void setStatus(SyncState state, const QString &toolTip);
    //! A notification for an error the user must act on (sign-in failed, safety stop).
    void notify(const QString &title, const QString &message);
    void show();

signals:
    //! A click on the icon itself (not its menu).
    void openRequested();

private:
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
};

} // namespace crmsync
