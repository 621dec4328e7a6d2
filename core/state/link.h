// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/canonicalvalue.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace crmsync {

/*!
 * \brief One CRM record paired with one remote item, as of their last successful sync
 * (ARCHITECTURE.md "The sync model", State).
 *
 * The versions (CRM Modified_Time, remote ETag) tell the planner whether a side changed;
 * the base is what both sides agreed on, for three-way merges and for noticing that a
 * "change" only touched unmapped fields.
 */
struct Link
{
    //! StateDb's key for this link; 0 until it has been inserted.
    qint64 rowId = 0;
    QString crmId;
    QString crmVersion;
    QString remoteId;
    QString remoteVersion;
    QString uid;
    //! Canonical mapped values at the last sync (formats/canonicalvalue.h).
    QJsonObject base;
    //! sha256 of CanonicalValue::toBytes(base), see hashOf().
    QByteArray baseHash;
    QDateTime syncedAt;

    static QByteArray hashOf(const QJsonObject &base)
    {
        return QCryptographicHash::hash(CanonicalValue::toBytes(base), QCryptographicHash::Sha256);
    }

    friend bool operator==(const Link &, const Link &) = default;
};

} // namespace crmsync
