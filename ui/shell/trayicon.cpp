// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/trayicon.h"

#include "common/plaintext.h"
#include "common/statusicon.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace crmsync {

TrayIcon::TrayIcon(QAction *syncNow, QAction *pause, QAction *open, QAction *quit, QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    m_menu->addAction(syncNow);
    m_menu->addAction(pause);
    m_menu->addAction(open);
    m_menu->addSeparator();
    m_menu->addAction(quit);
    m_tray->setContextMenu(m_menu);
    m_tray->setIcon(StatusIcon::icon(SyncState::Idle));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit openRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::openRequested);
}

TrayIcon::~TrayIcon()
{
    // A QMenu cannot have a QObject parent that is not a widget; delete it ourselves.
    delete m_menu;
}

void TrayIcon::setStatus(SyncState state, const QString &toolTip)
{
    m_tray->setIcon(StatusIcon::icon(state));
    m_tray->setToolTip(PlainText::toolTip(toolTip));
}

void TrayIcon::notify(const QString &title, const QString &message)
{
    m_tray->showMessage(title, PlainText::notificationBody(message), QSystemTrayIcon::Warning);
}

void TrayIcon::show()
{
    m_tray->show();
}

} // namespace crmsync
