// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "side.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace crmsync {

/*!
 * \brief An item version a sync overwrote or deleted, kept so that the user can restore it
 * (`crmsync restore`; docs/sync-model.md "The journal"): the losing version of a conflict,
 * or an item a sync deleted because the other side had deleted its partner.
 */
struct JournalEntry
{
    enum class Kind {
        //! The losing version of a conflict; losingSide is the side that lost.
        Conflict,
        //! A CRM record the sync deleted (its remote item was deleted); losingSide is Crm.
        DeletedOnCrm,
        //! A remote item the sync deleted (its CRM record was deleted); losingSide is Remote.
        DeletedOnRemote,
    };

    qint64 id = 0;
    Kind kind = Kind::Conflict;
    QDateTime time;
    QString crmId;
    QString remoteId;
    Side losingSide = Side::Crm;
    //! The UID the pair had (vCard/iCalendar), so that a restore keeps it.
    QString uid;
    //! Mapped canonical values of the losing and the winning version (a deletion has no winner).
    QJsonObject losing;
    QJsonObject winning;
    //! The losing item as it was stored (vCard/iCalendar text, CRM JSON), for a faithful restore.
    QByteArray losingRaw;
    //! Why it lost, e.g. the profile's conflict policy ("crm-wins"), or "deleted-on-remote".
    QString reason;
    bool restored = false;

    bool isDeletion() const { return kind != Kind::Conflict; }

    friend bool operator==(const JournalEntry &, const JournalEntry &) = default;
};

//! Stable, untranslated names, as stored in StateDb and written in JSON output.
inline QString journalKindName(JournalEntry::Kind kind)
{
    switch (kind) {
    case JournalEntry::Kind::DeletedOnCrm: return QStringLiteral("deleted-on-crm");
    case JournalEntry::Kind::DeletedOnRemote: return QStringLiteral("deleted-on-remote");
    case JournalEntry::Kind::Conflict: break;
    }
    return QStringLiteral("conflict");
}

inline JournalEntry::Kind journalKindFromName(const QString &name)
{
    if (name == QLatin1String("deleted-on-crm"))
        return JournalEntry::Kind::DeletedOnCrm;
    if (name == QLatin1String("deleted-on-remote"))
        return JournalEntry::Kind::DeletedOnRemote;
    return JournalEntry::Kind::Conflict;
}

} // namespace crmsync
