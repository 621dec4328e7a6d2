// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "sync/profilerunner.h"

#include <memory>

namespace crmsync::cli {

//! `crmsync restore`: lists the losing versions of conflicts, or puts one back on both sides.
class RestoreCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    int parse(const QStringList &arguments) override;
    void start() override;

private:
    void list();

    std::unique_ptr<ProfileRunner> m_runner;
    QString m_profile;
    qint64 m_entry = 0;
    bool m_json = false;
};

} // namespace crmsync::cli
