// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/wizardchoices.h"

#include "config/profileedits.h"

namespace crmsync {

QList<int> WizardChoices::intervals()
{
    return {0, 15, 60, 24 * 60};
}

QString WizardChoices::intervalLabel(int minutes)
{
    switch (minutes) {
    case 0: return tr("Manually (Sync now)");
    case 15: return tr("Every 15 minutes");
    case 60: return tr("Every hour");
    case 24 * 60: return tr("Once a day");
    }
    return tr("Every %n minute(s)", nullptr, minutes);
}

QList<SyncProfile::Direction> WizardChoices::directions()
{
    using D = SyncProfile::Direction;
    return {D::TwoWay, D::CrmToRemote, D::RemoteToCrm};
}

QString WizardChoices::directionLabel(SyncProfile::Direction direction, const QString &other)
{
    switch (direction) {
    case SyncProfile::Direction::TwoWay: return tr("Two-way sync");
    case SyncProfile::Direction::CrmToRemote: return tr("One-way sync: Zoho CRM → %1").arg(other);
    case SyncProfile::Direction::RemoteToCrm: return tr("One-way sync: %1 → Zoho CRM").arg(other);
    }
    return {};
}

QList<SyncProfile::Conflict> WizardChoices::conflicts()
{
    using C = SyncProfile::Conflict;
    return {C::CrmWins, C::RemoteWins, C::NewestWins, C::Merge};
}

QString WizardChoices::conflictLabel(SyncProfile::Conflict conflict, const QString &other)
{
    switch (conflict) {
    case SyncProfile::Conflict::CrmWins: return tr("Zoho CRM's data wins");
    case SyncProfile::Conflict::RemoteWins: return tr("%1's data wins").arg(other);
    case SyncProfile::Conflict::NewestWins: return tr("The newest change wins");
    case SyncProfile::Conflict::Merge: return tr("Merge field by field (Zoho CRM wins a field changed on both sides)");
    }
    return {};
}

QList<SyncProfile::EventsRange> WizardChoices::eventsRanges()
{
    using R = SyncProfile::EventsRange;
    return {R::All, R::Today, R::PastMonth};
}

QString WizardChoices::eventsRangeLabel(SyncProfile::EventsRange range)
{
    switch (range) {
    case SyncProfile::EventsRange::All: return tr("All events");
    case SyncProfile::EventsRange::Today: return tr("Today's events");
    case SyncProfile::EventsRange::PastMonth: return tr("Past month's events");
    }
    return {};
}

QStringList WizardChoices::crmAccounts(const Config &config)
{
    QStringList out;
    for (const AccountConfig &a : config.accounts) {
        if (a.type == AccountConfig::Type::Zoho)
            out << a.name;
    }
    return out;
}

bool WizardChoices::accountFits(const AccountConfig &account, ModuleInfo::Module module)
{
    switch (account.type) {
    case AccountConfig::Type::Zoho: return false;
    case AccountConfig::Type::Folder: return true;
    case AccountConfig::Type::CardDav: return ModuleInfo::of(module).isCard();
    case AccountConfig::Type::CalDav: return !ModuleInfo::of(module).isCard();
    }
    return false;
}

QStringList WizardChoices::remoteAccounts(const Config &config, ModuleInfo::Module module)
{
    QStringList out;
    for (const AccountConfig &a : config.accounts) {
        if (accountFits(a, module))
            out << a.name;
    }
    return out;
}

bool WizardChoices::collectionFits(const DavCollectionInfo &collection, ModuleInfo::Module module)
{
    const ModuleInfo info = ModuleInfo::of(module);
    if (info.isCard())
        return collection.kind == DavCollection::Kind::AddressBook;
    if (collection.kind != DavCollection::Kind::Calendar)
        return false;
    // No supported-calendar-component-set means any component (RFC 4791 §5.2.3).
    const QString component = info.format() == ModuleInfo::Format::VTodo ? QStringLiteral("VTODO")
                                                                          : QStringLiteral("VEVENT");
    return collection.components.isEmpty() || collection.components.contains(component, Qt::CaseInsensitive);
}

QString WizardChoices::nameProblem(const QString &name, const Config &config, const QString &editing)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the profile a name.");
    if (trimmed != name)
        return tr("The name must not start or end with a space.");
    if (name != editing && ProfileEdits::hasProfile(config, name))
        return tr("There is already a profile named \"%1\".").arg(name);
    return {};
}

QString WizardChoices::suggestedName(const Config &config, ModuleInfo::Module module, const QString &remote)
{
    const QString base = remote.isEmpty() ? ModuleInfo::of(module).displayName()
                                          : tr("%1 ⇄ %2").arg(ModuleInfo::of(module).displayName(), remote);
    QString name = base;
    for (int i = 2; ProfileEdits::hasProfile(config, name); ++i)
        name = tr("%1 (%2)").arg(base).arg(i);
    return name;
}

} // namespace crmsync
