// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace crmsync {

/*!
 * \brief What the planner needs of a stored link: both ids and versions and the base,
 * the mapped values both sides held after the last successful sync.
 */
struct PairLink
{
    qint64 rowId = 0;
    QString crmId;
    QString crmVersion;
    QString remoteId;
    QString remoteVersion;
    QString uid;
    QJsonObject base;
};

} // namespace crmsync
