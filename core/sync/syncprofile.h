// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/fieldmap.h"
#include "model/moduleinfo.h"

#include <QJsonObject>
#include <QString>

namespace crmsync {

/*!
 * \brief One CRM module paired with one collection elsewhere, and the policy between them
 * (the setup wizard's three steps; config "profiles" entries).
 */
struct SyncProfile
{
    enum class Direction { TwoWay, CrmToRemote, RemoteToCrm };
    //! crm-wins / remote-wins are Zoho's own choices; newest-wins and merge go beyond them
    //! (reference/peers.md §10). Merge falls back to \c mergeFallback per field.
    enum class Conflict { CrmWins, RemoteWins, NewestWins, Merge };
    enum class EventsRange { All, Today, PastMonth };

    QString name;
    ModuleInfo::Module module = ModuleInfo::Module::Contacts;
    QString crmAccount;
    QString remoteAccount;
    //! The collection this profile syncs when the remote is a DAV account whose server has
    //! several (chosen in the setup wizard); empty: the account's own collection or url.
    QString collection;
    Direction direction = Direction::TwoWay;
    Conflict conflict = Conflict::CrmWins;
    //! Who wins a field changed on both sides under Merge: CrmWins or RemoteWins.
    Conflict mergeFallback = Conflict::CrmWins;
    int intervalMinutes = 0;
    //! Paused by the user: the app's schedules, "Sync now" for all and `crmsync sync`
    //! without --profile leave it alone; naming it still runs it.
    bool paused = false;
    FieldMap fieldMap;
    //! Values for mandatory CRM fields an item from the other side lacks (step 3).
    QJsonObject defaults;
    bool includePrivate = false;
    EventsRange eventsRange = EventsRange::All;
    //! Only items in one of these categories/groups take part; empty = all.
    QStringList categories;
    int maxDeletePercent = 50;

    static QString directionName(Direction d);
    static QString conflictName(Conflict c);
    static QString eventsRangeName(EventsRange r);
};

} // namespace crmsync
