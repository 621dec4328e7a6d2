// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/changeset.h"
#include "util/job.h"

namespace crmsync {

//! Lists what changed in a store; see ChangeSet for the contract.
class ListChangesJob : public Job
{
    Q_OBJECT
public:
    using Job::Job;
    const ChangeSet &changes() const { return m_changes; }

protected:
    ChangeSet m_changes;
};

} // namespace crmsync
