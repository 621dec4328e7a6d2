// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncprofile.h"

namespace crmsync {

QString SyncProfile::directionName(Direction d)
{
    switch (d) {
    case Direction::TwoWay: return QStringLiteral("two-way");
    case Direction::CrmToRemote: return QStringLiteral("crm-to-remote");
    case Direction::RemoteToCrm: return QStringLiteral("remote-to-crm");
    }
    return {};
}

QString SyncProfile::conflictName(Conflict c)
{
    switch (c) {
    case Conflict::CrmWins: return QStringLiteral("crm-wins");
    case Conflict::RemoteWins: return QStringLiteral("remote-wins");
    case Conflict::NewestWins: return QStringLiteral("newest-wins");
    case Conflict::Merge: return QStringLiteral("merge");
    }
    return {};
}

QString SyncProfile::eventsRangeName(EventsRange r)
{
    switch (r) {
    case EventsRange::All: return QStringLiteral("all");
    case EventsRange::Today: return QStringLiteral("today");
    case EventsRange::PastMonth: return QStringLiteral("past-month");
    }
    return {};
}

} // namespace crmsync
