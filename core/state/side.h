// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace crmsync {

//! The two ends of a sync profile: the CRM module and the remote collection.
enum class Side { Crm, Remote };

//! Stable, untranslated names, as stored in StateDb and written in JSON reports.
inline QString sideName(Side side)
{
    return side == Side::Crm ? QStringLiteral("crm") : QStringLiteral("remote");
}

//! The other end of the profile (a create on one side has its source on the other).
inline Side otherSide(Side side)
{
    return side == Side::Crm ? Side::Remote : Side::Crm;
}

} // namespace crmsync
