// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "state/outboxentry.h"
#include "util/error.h"

#include <QMetaType>

namespace crmsync {

/*!
 * \brief How one create or edit went (EditService): applied at once, queued in the outbox
 * until the CRM can be reached, or refused / not recorded.
 */
struct EditOutcome
{
    enum class Kind {
        Applied,
        //! Kept in the outbox; the next replay or sync sends it.
        Queued,
        //! The CRM refused the data; the entry is kept as failed.
        Refused,
        //! Signing in failed; the entry is kept and waits.
        AuthFailed,
        //! Not recorded at all (config or state file): nothing will be sent.
        NotRecorded
    };

    Kind kind = Kind::NotRecorded;
    //! The outbox entry as it ended (id 0 when NotRecorded).
    OutboxEntry entry;
    //! Why the replay stopped or the change was not recorded.
    Error error;
};

} // namespace crmsync

Q_DECLARE_METATYPE(crmsync::EditOutcome)
