// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "state/outboxentry.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace crmsync {

class StateDb;

/*!
 * \brief Records the user's creates and edits durably before anything is sent, and moves
 * entries through their states (docs/offline.md; the ChangeRecorder model of
 * reference/peers.md §4.1: record first, replay later, in order).
 */
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)
public:
    explicit Outbox(StateDb *db);

    /*!
     * Parses `FIELD=VALUE` assignments (the CLI's --set) into CRM field → value. Values
     * are text; an empty VALUE clears the field (JSON null). A missing '=' or an empty
     * field name is an error naming the assignment.
     */
    static Result<QJsonObject> parseAssignments(const QStringList &assignments);

    //! Queues a new record for \a profile, with a fresh client_ref.
    Result<OutboxEntry> recordCreate(const QString &profile, const QJsonObject &fields);
    /*!
     * Queues an edit of CRM record \a crmId. The base (the Modified_Time and the values of
     * the edited fields the user last saw) comes from the profile's link to the record
     * when there is one; without it the edit is sent without precondition.
     */
    Result<OutboxEntry> recordEdit(const QString &profile, const QString &crmId, const QJsonObject &fields);

    /*!
     * Queues failed entry \a id again (it keeps its last error until the next try); the
     * next replay sends it. An entry that is not failed is an error naming its state.
     */
    Result<OutboxEntry> retry(qint64 id);
    //! Saves \a entry in \a state with \a error (empty: none), stamping updatedAt.
    Status setState(OutboxEntry &entry, OutboxEntry::State state, const QString &error = {});

private:
    StateDb *m_db;
};

} // namespace crmsync
