// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/planexecutor.h"

#include "model/item.h"
#include "state/journalentry.h"

#include <QObject>

#include <functional>

namespace crmsync {

/*!
 * \brief Puts a journaled version back on both sides (`crmsync restore`).
 *
 * The losing version of a conflict is written over both items of its link. The writes
 * carry the link's versions as preconditions, so an item that changed again since the
 * last sync is not overwritten: the restore then fails with a conflict and asks for a
 * sync first.
 *
 * A deleted item is re-created on each side where it is gone — from the journaled payload
 * on the side the sync deleted it from, from its values on the other — and the pair is
 * linked again, so the next sync has nothing to do (docs/sync-model.md "The journal").
 */
class RestoreRun : public QObject
{
    Q_OBJECT
public:
    RestoreRun(const SyncProfile &profile, PlanExecutor::Sides sides, StateDb *db, QObject *parent = nullptr);

    void start(qint64 journalEntryId);
    void setSides(PlanExecutor::Sides sides) { m_sides = sides; }
    const Error &error() const { return m_error; }

signals:
    void finished();

private:
    void fail(const Error &error);
    void restoreConflict(const JournalEntry &entry);
    void restoreDeletion(const JournalEntry &entry);
    //! Asks \a store whether the item \a id is there; calls \a then with it (id empty: gone).
    void lookUp(Store *store, const QString &id, const std::function<void(const Item &)> &then);
    void relink(const JournalEntry &entry, const Item &crm, const Item &remote);
    void execute(const PairPlan &pair);

    SyncProfile m_profile;
    PlanExecutor::Sides m_sides;
    StateDb *m_db;
    Error m_error;
    qint64 m_entryId = 0;
};

} // namespace crmsync
