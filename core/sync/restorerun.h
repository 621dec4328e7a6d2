// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/planexecutor.h"

#include <QObject>

namespace crmsync {

/*!
 * \brief Puts the losing version of a journaled conflict back on both sides
 * (`crmsync restore`). The writes carry the link's versions as preconditions, so an
 * item that changed again since the last sync is not overwritten: the restore then
 * fails with a conflict and asks for a sync first.
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

    SyncProfile m_profile;
    PlanExecutor::Sides m_sides;
    StateDb *m_db;
    Error m_error;
};

} // namespace crmsync
