// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace crmsync {

/*!
 * \brief How long and how large the journal of one profile may grow
 * (StateDb::pruneJournal; the reasoning is in docs/state-db.md "Journal retention").
 *
 * Entries older than maxAgeDays go first. Beyond that, while a profile has more than
 * maxEntries entries or their payloads take more than maxBytes, entries are pruned oldest
 * first, restored ones before the others. Unrestored deletions younger than
 * guardWindowHours are never pruned for size: the cumulative deletion guard counts them.
 */
struct JournalRetention
{
    int maxAgeDays = 90;
    int maxEntries = 10000;
    qint64 maxBytes = 64 * 1024 * 1024;
    int guardWindowHours = 24;
};

} // namespace crmsync
