// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmatcher.h"

#include "sync/syncidentity.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace crmsync {

namespace {

using KeyFn = std::function<QString(const SideItem &)>;

QString folded(const QString &s)
{
    QString out = s.normalized(QString::NormalizationForm_KC).toCaseFolded();
    out.remove(QLatin1Char(' '));
    out.remove(QChar(0x3000)); // ideographic space, common between Japanese family and given names
    return out;
}

QString field(const SideItem &item, const char *name)
{
    return item.decoded.fields.value(QLatin1String(name)).toString();
}

QString joinNonEmpty(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return {};
    return a + QLatin1Char('|') + b;
}

QList<std::pair<QString, KeyFn>> keysFor(ModuleInfo::Module module)
{
    using M = ModuleInfo::Module;
    const KeyFn email = [](const SideItem &i) { return field(i, "Email").trimmed().toLower(); };
    switch (module) {
    case M::Contacts:
    case M::Leads:
        return {{QStringLiteral("email"), email},
                {QStringLiteral("name"), [](const SideItem &i) {
                     const QString last = folded(field(i, "Last_Name"));
                     return last.isEmpty() ? QString() : folded(field(i, "First_Name")) + QLatin1Char('|') + last;
                 }}};
    case M::Vendors:
        return {{QStringLiteral("email"), email},
                {QStringLiteral("name"), [](const SideItem &i) { return folded(field(i, "Vendor_Name")); }}};
    case M::Events:
        return {{QStringLiteral("title+start"), [](const SideItem &i) {
                     return joinNonEmpty(folded(field(i, "Event_Title")), field(i, "Start_DateTime"));
                 }}};
    case M::Tasks:
        return {{QStringLiteral("subject+due"), [](const SideItem &i) {
                     return joinNonEmpty(folded(field(i, "Subject")), field(i, "Due_Date"));
                 }},
                {QStringLiteral("subject"), [](const SideItem &i) {
                     // Only when neither side has a due date: the subject alone is weak.
                     return field(i, "Due_Date").isEmpty() ? folded(field(i, "Subject")) : QString();
                 }}};
    }
    return {};
}

QHash<QString, QList<const SideItem *>> index(const QList<const SideItem *> &items, const KeyFn &key,
                                              const QSet<QString> &taken)
{
    QHash<QString, QList<const SideItem *>> out;
    for (const SideItem *item : items) {
        if (taken.contains(item->id))
            continue;
        const QString k = key(*item);
        if (!k.isEmpty())
            out[k].append(item);
    }
    return out;
}

} // namespace

QList<ItemMatcher::Match> ItemMatcher::match(ModuleInfo::Module module, const QList<const SideItem *> &crmItems,
                                             const QList<const SideItem *> &remoteItems)
{
    QList<Match> matches;
    QSet<QString> crmTaken;
    QSet<QString> remoteTaken;

    QHash<QString, const SideItem *> crmById;
    for (const SideItem *c : crmItems)
        crmById.insert(c->id, c);
    for (const SideItem *r : remoteItems) {
        const QString crmId = SyncIdentity::crmIdFromUid(module, r->decoded.uid);
        if (!crmId.isEmpty() && crmById.contains(crmId) && !crmTaken.contains(crmId)) {
            matches.append({crmId, r->id, QStringLiteral("uid")});
            crmTaken.insert(crmId);
            remoteTaken.insert(r->id);
        }
    }

    for (const auto &[name, key] : keysFor(module)) {
        const auto crmIndex = index(crmItems, key, crmTaken);
        const auto remoteIndex = index(remoteItems, key, remoteTaken);
        for (auto it = crmIndex.begin(); it != crmIndex.end(); ++it) {
            const auto r = remoteIndex.constFind(it.key());
            if (r == remoteIndex.constEnd() || it.value().size() != 1 || r.value().size() != 1)
                continue;
            const SideItem *c = it.value().first();
            const SideItem *rem = r.value().first();
            matches.append({c->id, rem->id, name});
            crmTaken.insert(c->id);
            remoteTaken.insert(rem->id);
        }
    }
    return matches;
}

} // namespace crmsync
