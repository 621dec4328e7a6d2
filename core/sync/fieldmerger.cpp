// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldmerger.h"

#include "formats/canonicalvalue.h"

#include <QCoreApplication>
#include <QSet>

namespace crmsync {

namespace CV = CanonicalValue;

bool FieldMerger::crmWins(const SyncProfile &profile, const QDateTime &crmModified, const QDateTime &remoteModified)
{
    switch (profile.conflict) {
    case SyncProfile::Conflict::CrmWins: return true;
    case SyncProfile::Conflict::RemoteWins: return false;
    case SyncProfile::Conflict::NewestWins:
        // Without both times there is no "newest": fall back rather than guess.
        if (crmModified.isValid() && remoteModified.isValid() && crmModified != remoteModified)
            return crmModified > remoteModified;
        return profile.mergeFallback != SyncProfile::Conflict::RemoteWins;
    case SyncProfile::Conflict::Merge:
        return profile.mergeFallback != SyncProfile::Conflict::RemoteWins;
    }
    return true;
}

FieldMerger::Outcome FieldMerger::resolve(const Versions &v, const SyncProfile &profile)
{
    const bool crmWinner = crmWins(profile, v.crmModified, v.remoteModified);
    const QJsonObject &winner = crmWinner ? v.crm : v.remote;
    const QJsonObject &loser = crmWinner ? v.remote : v.crm;
    const bool perField = profile.conflict == SyncProfile::Conflict::Merge;

    QSet<QString> keys;
    for (const QString &k : profile.fieldMap.crmFields())
        keys.insert(k);
    for (const QJsonObject *o : {&v.crm, &v.remote, &v.base}) {
        for (auto it = o->begin(); it != o->end(); ++it)
            keys.insert(it.key());
    }

    Outcome out;
    QStringList lost;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue w = winner.value(key);
        const QJsonValue l = loser.value(key);
        const QJsonValue b = v.base.value(key);
        QJsonValue chosen;
        if (CV::equal(w, l)) {
            chosen = w;
        } else if (v.firstMatch) {
            chosen = CV::isEmpty(w) ? l : w;
            if (!CV::isEmpty(w) && !CV::isEmpty(l))
                lost << key;
        } else if (perField && CV::equal(w, b)) {
            chosen = l; // only the loser changed this field: its change is not a conflict
        } else if (CV::equal(l, b)) {
            chosen = w; // only the winner changed it
        } else {
            chosen = w; // both changed it differently: the winner's value stands
            lost << key;
        }
        if (!CV::isEmpty(chosen))
            out.result.insert(key, chosen);
    }

    if (!lost.isEmpty()) {
        lost.sort();
        ConflictRecord c;
        c.losingSide = crmWinner ? ConflictRecord::LosingSide::Remote : ConflictRecord::LosingSide::Crm;
        c.losing = CV::normalized(loser);
        c.winning = out.result;
        c.fields = lost;
        c.reason = QCoreApplication::translate("FieldMerger", "changed on both sides (%1); kept the %2 version under \"%3\"")
                       .arg(lost.join(QStringLiteral(", ")),
                            crmWinner ? QCoreApplication::translate("FieldMerger", "CRM")
                                      : QCoreApplication::translate("FieldMerger", "other side"),
                            SyncProfile::conflictName(profile.conflict));
        out.conflict = c;
    }
    return out;
}

} // namespace crmsync
