// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "sandboxprocess.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

//! A SyncService test's world: a crm-sandbox, folders and a config in a temp dir.
class ServiceFixture
{
public:
    explicit ServiceFixture(const QStringList &sandboxArgs = {});
    bool start();
    //! Writes and loads a config with a folder profile per module in \a modules
    //! (profile names are the lower-case module names).
    bool writeConfig(const QStringList &modules, int intervalMinutes = 0);

    const crmsync::Config &config() const { return m_config; }
    QString stateDir() const { return m_dir.filePath(QStringLiteral("state")); }
    QString folder(const QString &profile) const { return m_dir.filePath(profile); }
    QString configPath() const { return m_dir.filePath(QStringLiteral("config.json")); }
    SandboxProcess &sandbox() { return *m_sandbox; }
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    crmsync::Config m_config;
    QString m_error;
};
