// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/changeset.h"
#include "util/job.h"

#include <utility>

namespace crmsync {

/*!
 * \brief Lists what changed in a store; see ChangeSet for the contract.
 *
 * Paged listing: after setPaged(true) a store that reads its changes page by page (Zoho)
 * stops after each page that added items and emits pageListed(). The caller may take those
 * items with takeListedItems() and calls listMore() to go on; whatever it did not take is in
 * changes() at the end, with the deletions and the new token. A store that lists in one go
 * never emits pageListed(). This keeps a first sync of 100,000 records from holding them all.
 */
class ListChangesJob : public Job
{
    Q_OBJECT
public:
    using Job::Job;
    const ChangeSet &changes() const { return m_changes; }
    //! Moves the changes out: a listing of 100,000 items is not worth holding twice.
    ChangeSet takeChanges() { return std::exchange(m_changes, {}); }

    void setPaged(bool paged) { m_paged = paged; }
    bool isPaged() const { return m_paged; }
    //! The items listed so far and not taken yet.
    QList<Item> takeListedItems() { return std::exchange(m_changes.changed, {}); }
    //! Continues a listing stopped at pageListed(); does nothing otherwise.
    virtual void listMore() {}

signals:
    void pageListed();

protected:
    ChangeSet m_changes;

private:
    bool m_paged = false;
};

} // namespace crmsync
