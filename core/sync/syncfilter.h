// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/sideitem.h"
#include "sync/syncprofile.h"

#include <QDateTime>

namespace crmsync {

/*!
 * \brief The profile's filters for items not yet linked: private items (CLASS:PRIVATE or
 * CONFIDENTIAL) unless included, the events range, and categories/groups. Items already
 * linked keep syncing, so narrowing a filter never deletes anything.
 *
 * Events range, as in Zoho's calendar sync choices (reference/ja-glossary.md): "today"
 * takes events starting today or later, "past-month" those starting one month ago or
 * later; a recurring series is always in range because its later occurrences are.
 * Tasks follow the same range by due date (undated tasks always take part).
 */
namespace SyncFilter {

//! Where the events range starts at \a now; invalid for "all". DavStore asks the server
//! for the same range on its first listing (docs/dav.md "Range queries").
QDateTime rangeStart(SyncProfile::EventsRange range, const QDateTime &now);

//! Why \a item is left out, or an empty string when it takes part.
QString exclusionReason(const SideItem &item, const SyncProfile &profile, const QDateTime &now, bool remoteSide);

} // namespace SyncFilter
} // namespace crmsync
