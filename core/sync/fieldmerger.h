// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/conflictrecord.h"
#include "sync/syncprofile.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace crmsync {

/*!
 * \brief Decides the values two differing versions of one item should converge on.
 *
 * crm-wins / remote-wins / newest-wins take the winner's whole record, as Zoho's own
 * integrations do (reference/peers.md §6). merge is three-way per field against the
 * base: a field changed on one side only takes that change; a field changed on both
 * sides differently takes the fallback winner's value. When a pair is first matched
 * there is no base: the winner's values are kept and its blanks are filled from the
 * other side, so matching never erases data.
 */
class FieldMerger
{
public:
    struct Outcome
    {
        QJsonObject result;
        std::optional<ConflictRecord> conflict;
    };

    struct Versions
    {
        QJsonObject crm;
        QJsonObject remote;
        QJsonObject base;
        QDateTime crmModified;
        QDateTime remoteModified;
        //! No base exists yet (first sync, re-enabled profile).
        bool firstMatch = false;
    };

    static Outcome resolve(const Versions &v, const SyncProfile &profile);
    //! True when the CRM side wins a whole-record conflict under this profile.
    static bool crmWins(const SyncProfile &profile, const QDateTime &crmModified, const QDateTime &remoteModified);
};

} // namespace crmsync
