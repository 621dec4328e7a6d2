// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/appcontext.h"

#include "config/configloader.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace crmsync {

AppContext::AppContext(QString configPath, QString stateDir, QObject *parent)
    : QObject(parent)
    , m_configPath(std::move(configPath))
    , m_stateDir(std::move(stateDir))
{
}

QString AppContext::defaultConfigPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/config.json");
}

void AppContext::reloadConfig()
{
    if (!QFileInfo::exists(m_configPath)) {
        m_config = Config();
        m_config.path = QFileInfo(m_configPath).absoluteFilePath();
        m_configError = Error();
        emit configChanged();
        return;
    }
    Result<Config> loaded = ConfigLoader::load(m_configPath);
    if (loaded) {
        m_config = loaded.value();
        m_configError = Error();
    } else {
        // Keep what was shown before: a broken file must not make the profiles vanish.
        m_configError = loaded.error();
    }
    emit configChanged();
}

bool AppContext::saveConfig(const Config &config)
{
    QDir().mkpath(QFileInfo(m_configPath).absolutePath());
    // QSaveFile: a crash or a full disk mid-write leaves the old file, never half of one.
    QSaveFile file(m_configPath);
    // 0600 before the rename makes it visible: it names accounts and the commands that
    // fetch their secrets, and ConfigLoader refuses a file others can change
    // (docs/configuration.md "Who may change the config").
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(ConfigLoader::toJson(config)) < 0 || !file.commit()) {
        m_configError = Error::make(Error::Category::Storage,
                                    tr("Could not save the settings to %1: %2").arg(m_configPath, file.errorString()));
        return false;
    }
    m_config = config;
    m_config.path = QFileInfo(m_configPath).absoluteFilePath();
    m_configError = Error();
    emit configChanged();
    return true;
}

} // namespace crmsync
