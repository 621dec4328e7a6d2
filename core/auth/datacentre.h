// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/zoho/zohodatacentre.h"

namespace crmsync {

/*!
 * \brief The sign-in code's name for a Zoho data centre.
 *
 * The seven data centres (accounts URL, API URL, translated display name and
 * defaultFor(QLocale)) already live in ZohoDataCentre, which ZohoSession uses
 * (reference/zoho-crm-api.md §0 "Data centres"); one table serves both, so this
 * is an alias rather than a second copy that could drift.
 */
using DataCentre = ZohoDataCentre;

} // namespace crmsync
