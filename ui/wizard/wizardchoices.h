// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "connectors/dav/davcollectioninfo.h"

#include <QCoreApplication>

namespace crmsync {

/*!
 * \brief The setup wizard's choices and checks as plain functions, so the pages stay thin
 * and the rules can be tested without widgets: which accounts fit a module, which
 * collections fit, the frequency and policy lists, and whether a profile name is usable.
 */
class WizardChoices
{
    Q_DECLARE_TR_FUNCTIONS(WizardChoices)
public:
    //! The frequency choices in order, as interval_minutes: manual, 15 min, hourly, daily.
    static QList<int> intervals();
    static QString intervalLabel(int minutes);
    static QList<SyncProfile::Direction> directions();
    //! "Two-way", "CRM → \a other", "\a other → CRM" (the glossary's wording).
    static QString directionLabel(SyncProfile::Direction direction, const QString &other);
    static QList<SyncProfile::Conflict> conflicts();
    static QString conflictLabel(SyncProfile::Conflict conflict, const QString &other);
    static QList<SyncProfile::EventsRange> eventsRanges();
    static QString eventsRangeLabel(SyncProfile::EventsRange range);

    //! Names of the config's Zoho accounts.
    static QStringList crmAccounts(const Config &config);
    //! Whether \a account can hold items of \a module: a folder always; an address book
    //! only cards, a calendar only events and tasks (as ConfigLoader checks).
    static bool accountFits(const AccountConfig &account, ModuleInfo::Module module);
    static QStringList remoteAccounts(const Config &config, ModuleInfo::Module module);
    //! Whether a discovered collection can hold \a module's items (kind and components).
    static bool collectionFits(const DavCollectionInfo &collection, ModuleInfo::Module module);
    //! A translated reason why \a name cannot name a new profile, or empty when it can.
    //! \a editing is the name of the profile being edited (it may keep its name).
    static QString nameProblem(const QString &name, const Config &config, const QString &editing = {});
    //! A free name like "Contacts ⇄ folder" for a new profile.
    static QString suggestedName(const Config &config, ModuleInfo::Module module, const QString &remote);
};

} // namespace crmsync
