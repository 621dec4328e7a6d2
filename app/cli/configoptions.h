// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "util/result.h"

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

namespace crmsync::cli {

//! The options every config-driven subcommand shares: --config, --state-dir, --json.
class ConfigOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConfigOptions)
public:
    explicit ConfigOptions(QCommandLineParser &parser);

    //! Loads the config named by --config; a missing option is a usage error.
    Result<Config> load() const;
    //! load() for a command's parse(): prints why it failed and returns the exit code, else -1.
    int loadInto(Config &config) const;
    QString stateDir() const;
    bool json() const;

private:
    QCommandLineParser &m_parser;
    QCommandLineOption m_config;
    QCommandLineOption m_stateDir;
    QCommandLineOption m_json;
};

} // namespace crmsync::cli
