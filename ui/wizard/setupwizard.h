// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "wizard/wizarddraft.h"

#include <QWizard>

namespace crmsync {

class AppContext;
class DefaultsPage;
class FieldMapPage;
class ModulePage;
class SummaryPage;

/*!
 * \brief Sets up (or edits) one sync profile in Zoho's three steps plus a preview
 * (reference/peers.md): ModulePage, FieldMapPage, DefaultsPage, SummaryPage.
 *
 * Finish adds the profile to the config through AppContext::saveConfig, replacing the
 * edited profile in place; nothing else in the config changes and nothing is synced.
 * Open it with open() or show(): it never runs a nested event loop of its own.
 */
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ModuleStep, FieldMapStep, DefaultsStep, SummaryStep };

    SetupWizard(AppContext *context, QWidget *parent = nullptr);

    //! Starts on the profile named \a name, whose entry Finish replaces; false if there is none.
    bool editProfile(const QString &name);
    //! The profile as the pages have built it so far.
    const SyncProfile &profile() const { return m_draft.profile; }

    ModulePage *modulePage() const { return m_modulePage; }
    FieldMapPage *fieldMapPage() const { return m_fieldMapPage; }
    DefaultsPage *defaultsPage() const { return m_defaultsPage; }
    SummaryPage *summaryPage() const { return m_summaryPage; }

    //! \a config without the profile \a name: what the dashboard's "Remove profile" saves.
    //! It only edits the config; no item on either side is deleted (ProfileEdits).
    static Config withoutProfile(const Config &config, const QString &name);

    void accept() override;

signals:
    //! The config was saved with the profile named \a name.
    void profileSaved(const QString &name);

private:
    AppContext *m_context;
    WizardDraft m_draft;
    ModulePage *m_modulePage;
    FieldMapPage *m_fieldMapPage;
    DefaultsPage *m_defaultsPage;
    SummaryPage *m_summaryPage;
};

} // namespace crmsync
