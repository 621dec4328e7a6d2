// SPDX-License-Identifier: GPL-3.0-or-later
#include "truthcase.h"


namespace crmsync::test {

using Side = TruthCase::Side;
using Variant = TruthCase::Variant;
using Policy = TruthCase::Policy;

namespace {

QJsonObject person()
{
    return {{QStringLiteral("Last_Name"), QStringLiteral("Yamada")},
            {QStringLiteral("First_Name"), QStringLiteral("Taro")},
            {QStringLiteral("Email"), QStringLiteral("taro@example.com")},
            {QStringLiteral("Phone"), QStringLiteral("03-1111-1111")},
            {QStringLiteral("Title"), QStringLiteral("Manager")}};
}

QJsonObject with(QJsonObject o, const char *field, const QString &value)
{
    if (value.isEmpty())
        o.remove(QLatin1String(field));
    else
        o.insert(QLatin1String(field), value);
    return o;
}

const QDateTime kEarlier(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
const QDateTime kLater(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);

} // namespace

QJsonObject TruthCase::base() const
{
    return linked() ? person() : QJsonObject();
}

QJsonObject TruthCase::crmValues() const
{
    if (crm == Side::Unchanged)
        return base();
    if (crm == Side::Changed) {
        if (variant == Variant::SameValue)
            return with(person(), "Phone", QStringLiteral("03-5555-5555"));
        return with(person(), "Phone", QStringLiteral("03-9999-9999"));
    }
    if (crm != Side::New)
        return {};
    switch (variant) {
    case Variant::Complementary: return with(person(), "Title", {});
    case Variant::Conflicting: return with(with(person(), "Title", {}), "Phone", QStringLiteral("03-9999-9999"));
    default: return person();
    }
}

QJsonObject TruthCase::remoteValues() const
{
    if (remote == Side::Unchanged)
        return base();
    if (remote == Side::Changed) {
        switch (variant) {
        case Variant::SameValue: return with(person(), "Phone", QStringLiteral("03-5555-5555"));
        case Variant::SameFieldDifferently:
            return with(with(person(), "Phone", QStringLiteral("03-7777-7777")), "Title", QStringLiteral("Director"));
        default: return with(person(), "Title", QStringLiteral("Director"));
        }
    }
    if (remote != Side::New)
        return {};
    switch (variant) {
    case Variant::Complementary: return with(person(), "Phone", {});
    case Variant::Conflicting: return with(person(), "Phone", QStringLiteral("03-7777-7777"));
    case Variant::NoMatch:
        return {{QStringLiteral("Last_Name"), QStringLiteral("Suzuki")},
                {QStringLiteral("First_Name"), QStringLiteral("Hanako")},
                {QStringLiteral("Email"), QStringLiteral("hanako@example.org")}};
    default: return person();
    }
}

PlannerInput TruthCase::input() const
{
    PlannerInput in;
    in.profile.name = QStringLiteral("truth");
    in.profile.module = ModuleInfo::Module::Contacts;
    in.profile.fieldMap = FieldMap::defaultFor(ModuleInfo::Module::Contacts);
    in.profile.direction = direction;
    switch (policy) {
    case Policy::CrmWins: in.profile.conflict = SyncProfile::Conflict::CrmWins; break;
    case Policy::RemoteWins: in.profile.conflict = SyncProfile::Conflict::RemoteWins; break;
    case Policy::NewestCrmNewer:
    case Policy::NewestRemoteNewer: in.profile.conflict = SyncProfile::Conflict::NewestWins; break;
    case Policy::MergeCrmFallback:
        in.profile.conflict = SyncProfile::Conflict::Merge;
        in.profile.mergeFallback = SyncProfile::Conflict::CrmWins;
        break;
    case Policy::MergeRemoteFallback:
        in.profile.conflict = SyncProfile::Conflict::Merge;
        in.profile.mergeFallback = SyncProfile::Conflict::RemoteWins;
        break;
    }
    in.now = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);

    // The modification times always point away from the side a fixed policy picks, so a
    // policy that wrongly looked at the clock would fail.
    const bool crmNewer = policy == Policy::NewestCrmNewer || policy == Policy::RemoteWins
        || policy == Policy::MergeRemoteFallback;
    const QString crmId = QStringLiteral("c1");
    const QString remoteId = QStringLiteral("r1");

    if (linked()) {
        PairLink link;
        link.rowId = 7;
        link.crmId = crmId;
        link.crmVersion = QStringLiteral("crm-v1");
        link.remoteId = remoteId;
        link.remoteVersion = QStringLiteral("etag-1");
        link.uid = QStringLiteral("uid-1");
        link.base = base();
        in.links.append(link);
    }
    if (crm == Side::Changed || crm == Side::New)
        in.crmChanged.insert(crmId, {crmId, QStringLiteral("crm-v2"), crmNewer ? kLater : kEarlier,
                                     DecodedItem{crmValues(), {}, false, {}}, {}});
    if (remote == Side::Changed || remote == Side::New)
        in.remoteChanged.insert(remoteId, {remoteId, QStringLiteral("etag-2"), crmNewer ? kEarlier : kLater,
                                           DecodedItem{remoteValues(), QStringLiteral("uid-1"), false, {}},
                                           QByteArrayLiteral("BEGIN:VCARD\r\nEND:VCARD\r\n")});
    if (crm == Side::Deleted)
        in.crmDeleted.insert(crmId);
    if (remote == Side::Deleted)
        in.remoteDeleted.insert(remoteId);
    return in;
}

QString TruthCase::name() const
{
    QString n = QStringLiteral("%1/crm=%2/remote=%3").arg(linked() ? QStringLiteral("linked") : QStringLiteral("unlinked"),
                                                        sideName(crm), sideName(remote));
    if (variant != Variant::Plain)
        n += QLatin1Char('/') + variantName(variant);
    return n + QLatin1Char('/') + directionName(direction) + QLatin1Char('/') + policyName(policy);
}

QString TruthCase::sideName(Side s)
{
    switch (s) {
    case Side::Absent: return QStringLiteral("absent");
    case Side::New: return QStringLiteral("new");
    case Side::Unchanged: return QStringLiteral("unchanged");
    case Side::Changed: return QStringLiteral("changed");
    case Side::Deleted: return QStringLiteral("deleted");
    }
    return {};
}

QString TruthCase::variantName(Variant v)
{
    switch (v) {
    case Variant::Plain: return {};
    case Variant::SameValue: return QStringLiteral("same-field-same-value");
    case Variant::DifferentFields: return QStringLiteral("different-fields");
    case Variant::SameFieldDifferently: return QStringLiteral("same-field-differently");
    case Variant::Identical: return QStringLiteral("identical");
    case Variant::Complementary: return QStringLiteral("complementary");
    case Variant::Conflicting: return QStringLiteral("conflicting");
    case Variant::NoMatch: return QStringLiteral("no-match");
    }
    return {};
}

QString TruthCase::policyName(Policy p)
{
    switch (p) {
    case Policy::CrmWins: return QStringLiteral("crm-wins");
    case Policy::RemoteWins: return QStringLiteral("remote-wins");
    case Policy::NewestCrmNewer: return QStringLiteral("newest-wins(crm-newer)");
    case Policy::NewestRemoteNewer: return QStringLiteral("newest-wins(remote-newer)");
    case Policy::MergeCrmFallback: return QStringLiteral("merge(fallback-crm)");
    case Policy::MergeRemoteFallback: return QStringLiteral("merge(fallback-remote)");
    }
    return {};
}

QString TruthCase::directionName(SyncProfile::Direction d)
{
    switch (d) {
    case SyncProfile::Direction::TwoWay: return QStringLiteral("two-way");
    case SyncProfile::Direction::CrmToRemote: return QStringLiteral("crm-to-remote");
    case SyncProfile::Direction::RemoteToCrm: return QStringLiteral("remote-to-crm");
    }
    return {};
}

} // namespace crmsync::test
