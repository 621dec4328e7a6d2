// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/zoho/fieldinfo.h"
#include "sync/syncprofile.h"

#include <QList>

namespace crmsync {

/*!
 * \brief What the setup wizard's pages build together: the profile so far, the CRM field
 * metadata once the mapping step has read it, and which profile is being edited.
 * SetupWizard owns it; each page reads the earlier steps and writes its own on Next.
 */
struct WizardDraft
{
    SyncProfile profile;
    //! The module the metadata below belongs to (it is read again when the module changes).
    ModuleInfo::Module fieldsModule = ModuleInfo::Module::Contacts;
    QList<FieldInfo> crmFields;
    bool fieldsKnown = false;
    //! The name of the profile being edited; empty for a new one.
    QString editing;
};

} // namespace crmsync
