// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "side.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace crmsync {

/*!
 * \brief The losing version of a conflict, kept so that the user can restore it
 * (`crmsync restore`; ARCHITECTURE.md "The sync model", Plan).
 */
struct JournalEntry
{
    qint64 id = 0;
    QDateTime time;
    QString crmId;
    QString remoteId;
    Side losingSide = Side::Crm;
    //! Mapped canonical values of the losing and the winning version.
    QJsonObject losing;
    QJsonObject winning;
    //! The losing item as it was stored (vCard/iCalendar text, CRM JSON), for a faithful restore.
    QByteArray losingRaw;
    //! Why it lost, e.g. the profile's conflict policy ("crm-wins").
    QString reason;
    bool restored = false;

    friend bool operator==(const JournalEntry &, const JournalEntry &) = default;
};

} // namespace crmsync
