// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "sync/profilerunner.h"

#include <memory>

namespace crmsync::cli {

//! `crmsync sync`: runs profiles, prints a report per profile (or one JSON object).
class SyncCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    int parse(const QStringList &arguments) override;
    void start() override;

private:
    void printReports();

    std::unique_ptr<ProfileRunner> m_runner;
    ProfileRunner::Options m_options;
    bool m_json = false;
};

} // namespace crmsync::cli
