// SPDX-License-Identifier: GPL-3.0-or-later
#include "configoptions.h"

#include "cli/cliio.h"
#include "cli/exitcode.h"
#include "config/configloader.h"
#include "sync/profilerunner.h"

#include <QCommandLineParser>

namespace crmsync::cli {

ConfigOptions::ConfigOptions(QCommandLineParser &parser)
    : m_parser(parser),
      m_config(QStringLiteral("config"), tr("The config file (JSON; see docs/configuration.md)."), tr("FILE")),
      m_stateDir(QStringLiteral("state-dir"), tr("Where the sync state is kept (default: %1).")
                     .arg(ProfileRunner::defaultStateDir()), tr("DIR")),
      m_json(QStringLiteral("json"), tr("Print one JSON object instead of text."))
{
    parser.addOptions({m_config, m_stateDir, m_json});
}

Result<Config> ConfigOptions::load() const
{
    if (!m_parser.isSet(m_config))
        return Error::make(Error::Category::Config, tr("--config FILE is required"));
    return ConfigLoader::load(m_parser.value(m_config));
}

int ConfigOptions::loadInto(Config &config) const
{
    Result<Config> loaded = load();
    if (!loaded) {
        err(loaded.error().userMessage);
        return UsageOrConfig;
    }
    config = std::move(loaded).value();
    return -1;
}

QString ConfigOptions::stateDir() const
{
    return m_parser.isSet(m_stateDir) ? m_parser.value(m_stateDir) : ProfileRunner::defaultStateDir();
}

bool ConfigOptions::json() const
{
    return m_parser.isSet(m_json);
}

} // namespace crmsync::cli
