// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/changeset.h"
#include "util/job.h"

#include <utility>

namespace crmsync {

//! Lists what changed in a store; see ChangeSet for the contract.
class ListChangesJob : public Job
{
    Q_OBJECT
public:
    using Job::Job;
    const ChangeSet &changes() const { return m_changes; }
    //! Moves the changes out: a listing of 100,000 items is not worth holding twice.
    ChangeSet takeChanges() { return std::exchange(m_changes, {}); }

protected:
    ChangeSet m_changes;
};

} // namespace crmsync
