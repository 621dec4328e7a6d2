// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "util/error.h"

#include <QObject>
#include <QString>

namespace crmsync {

/*!
 * \brief What every window of the app shares: where the config file and the state
 * folder are, and the config as last read.
 *
 * The app keeps its accounts and profiles in the same JSON file the CLI reads
 * (docs/configuration.md), so `crmsync sync --config` runs exactly what the app shows.
 * Secrets are not in it: the app keeps them in the OS keychain or in memory.
 */
class AppContext : public QObject
{
    Q_OBJECT
public:
    AppContext(QString configPath, QString stateDir, QObject *parent = nullptr);

    //! The per-user config file (QStandardPaths::AppConfigLocation/config.json).
    static QString defaultConfigPath();

    QString configPath() const { return m_configPath; }
    QString stateDir() const { return m_stateDir; }
    const Config &config() const { return m_config; }
    //! The last load or save error; None when the config is fine (or does not exist yet).
    const Error &configError() const { return m_configError; }

    bool isDemo() const { return m_demo; }
    void setDemo(bool demo) { m_demo = demo; }

    //! Reads the config file again; a missing file is an empty config, not an error.
    void reloadConfig();
    //! Writes \a config atomically and makes it current; false (and configError()) on failure.
    bool saveConfig(const Config &config);

signals:
    void configChanged();

private:
    QString m_configPath;
    QString m_stateDir;
    Config m_config;
    Error m_configError;
    bool m_demo = false;
};

} // namespace crmsync
