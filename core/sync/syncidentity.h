// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/moduleinfo.h"

#include <QString>

namespace crmsync {

/*!
 * \brief Stable names for items CRM Sync creates on the other side, derived from the
 * CRM record id. Because the UID and file name follow from the record, a run that
 * crashed after a create, or a reset state directory, finds the item again instead
 * of creating a second one (ARCHITECTURE.md "Execute").
 */
namespace SyncIdentity {

QString remoteUidFor(ModuleInfo::Module module, const QString &crmId);
//! The CRM id a UID made by remoteUidFor() carries, or empty.
QString crmIdFromUid(ModuleInfo::Module module, const QString &uid);
//! File name / resource name for a new remote item.
QString remoteNameFor(const ModuleInfo &module, const QString &crmId);

} // namespace SyncIdentity
} // namespace crmsync
