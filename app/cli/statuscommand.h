// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "config/config.h"

namespace crmsync::cli {

//! `crmsync status`: per profile, the last run, items synced and conflicts kept. Reads only.
class StatusCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    int parse(const QStringList &arguments) override;
    void start() override;

private:
    Config m_config;
    QString m_stateDir;
    bool m_json = false;
};

} // namespace crmsync::cli
