// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace crmsync {

/*!
 * \brief An item read through a FieldMap: the mapped values under their CRM field names,
 * in canonical form (see CanonicalValue), plus what filters and matching need.
 */
struct DecodedItem
{
    QJsonObject fields;
    //! iCalendar UID or vCard UID; empty when the item has none.
    QString uid;
    //! CLASS:PRIVATE or CLASS:CONFIDENTIAL (excluded unless the profile includes private items).
    bool isPrivate = false;
    //! vCard CATEGORIES / iCalendar CATEGORIES, for group filters.
    QStringList categories;
};

} // namespace crmsync
