// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "config/config.h"

namespace crmsync::cli {

/*!
 * \brief `crmsync outbox`: lists the queued creates and edits with their state and last
 * error; `--retry ID` puts a failed entry back in the queue (docs/offline.md).
 */
class OutboxCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    int parse(const QStringList &arguments) override;
    void start() override;

private:
    Config m_config;
    QString m_stateDir;
    qint64 m_retry = 0;
    bool m_json = false;
};

} // namespace crmsync::cli
