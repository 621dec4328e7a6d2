// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace crmsync {

namespace {

#if defined(Q_OS_WIN)
const QString RunKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
#endif

QByteArray entryFor(const QString &program)
{
#if defined(Q_OS_MACOS)
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\"><dict>\n"
                          "<key>Label</key><string>org.crmsync.app</string>\n"
                          "<key>ProgramArguments</key><array><string>%1</string></array>\n"
                          "<key>RunAtLoad</key><true/>\n"
                          "</dict></plist>\n")
        .arg(program.toHtmlEscaped())
        .toUtf8();
#else
    // Exec quoting per the Desktop Entry spec: double quotes around, \" \` \$ \\ escaped.
    QString quoted = program;
    for (const char *c : {"\\", "\"", "`", "$"})
        quoted.replace(QLatin1String(c), QLatin1String("\\") + QLatin1String(c));
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=CRM Sync\n"
                          "Exec=\"%1\"\n"
                          "Icon=crmsync\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(quoted)
        .toUtf8();
#endif
}

} // namespace

Autostart::Autostart(QString entryPath)
    : m_path(entryPath.isEmpty() ? defaultPath() : std::move(entryPath))
{
}

QString Autostart::defaultPath()
{
#if defined(Q_OS_WIN)
    return RunKey;
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/org.crmsync.app.plist");
#else
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart/crmsync.desktop");
#endif
}

bool Autostart::isEnabled() const
{
#if defined(Q_OS_WIN)
    return QSettings(m_path, QSettings::NativeFormat).contains(QStringLiteral("CRM Sync"));
#else
    return QFileInfo::exists(m_path);
#endif
}

Status Autostart::setEnabled(bool enabled, const QString &program)
{
#if defined(Q_OS_WIN)
    QSettings run(m_path, QSettings::NativeFormat);
    if (enabled)
        run.setValue(QStringLiteral("CRM Sync"), QLatin1Char('"') + QDir::toNativeSeparators(program) + QLatin1Char('"'));
    else
        run.remove(QStringLiteral("CRM Sync"));
    run.sync();
    if (run.status() == QSettings::NoError)
        return success();
    return Error::make(Error::Category::Storage, tr("Could not change the login items of Windows"));
#else
    if (!enabled) {
        if (!QFileInfo::exists(m_path) || QFile::remove(m_path))
            return success();
        return Error::make(Error::Category::Storage,
                           tr("Could not remove %1, so CRM Sync still starts at login").arg(m_path));
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly) && file.write(entryFor(program)) >= 0 && file.commit())
        return success();
    return Error::make(Error::Category::Storage,
                       tr("Could not write %1 to start CRM Sync at login: %2").arg(m_path, file.errorString()));
#endif
}

} // namespace crmsync
