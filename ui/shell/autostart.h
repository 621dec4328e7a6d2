// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace crmsync {

/*!
 * \brief "Start at login": a freedesktop autostart entry on Linux
 * (~/.config/autostart/crmsync.desktop, XDG Autostart spec), a LaunchAgent property list
 * on macOS (~/Library/LaunchAgents/org.crmsync.app.plist), the HKCU Run key on Windows.
 */
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Autostart)
public:
    //! \a entryPath empty: the platform's default location.
    explicit Autostart(QString entryPath = {});

    static QString defaultPath();
    QString path() const { return m_path; }
    bool isEnabled() const;
    //! Writes or removes the entry that starts \a program at login.
    Status setEnabled(bool enabled, const QString &program);

private:
    QString m_path;
};

} // namespace crmsync
