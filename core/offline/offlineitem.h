// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/moduleinfo.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace crmsync {

/*!
 * \brief One CRM record as the offline copy knows it: the canonical values of its mapped
 * fields at the last successful sync (the link's base, core/state/link.h).
 *
 * Keys are Zoho API field names (FieldMap), values in CanonicalValue form: date-times
 * in UTC, dates yyyy-MM-dd, Participants a sorted array of e-mail addresses.
 */
struct OfflineItem
{
    QString profile;
    ModuleInfo::Module module = ModuleInfo::Module::Contacts;
    QString crmId;
    QJsonObject fields;

    friend bool operator==(const OfflineItem &, const OfflineItem &) = default;
};

using OfflineItems = QList<OfflineItem>;

} // namespace crmsync

Q_DECLARE_METATYPE(crmsync::OfflineItem)
