// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "config/config.h"

namespace crmsync::cli {

/*!
 * \brief `crmsync discover --config FILE --account NAME [--json]`: lists the calendars and
 * address books a carddav/caldav account can reach (reference/protocols.md §4.1), so the
 * user can copy a collection URL into the config.
 */
class DiscoverCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    int parse(const QStringList &arguments) override;
    void start() override;

private:
    AccountConfig m_account;
    bool m_json = false;
};

} // namespace crmsync::cli
