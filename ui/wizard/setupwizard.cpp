// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/setupwizard.h"

#include "common/appcontext.h"
#include "config/profileedits.h"
#include "wizard/defaultspage.h"
#include "wizard/fieldmappage.h"
#include "wizard/modulepage.h"
#include "wizard/summarypage.h"

namespace crmsync {

SetupWizard::SetupWizard(AppContext *context, QWidget *parent)
    : QWizard(parent), m_context(context), m_modulePage(new ModulePage(context, &m_draft, this)),
      m_fieldMapPage(new FieldMapPage(context, &m_draft, this)), m_defaultsPage(new DefaultsPage(&m_draft, this)),
      m_summaryPage(new SummaryPage(context, &m_draft, this))
{
    setWindowTitle(tr("Set up sync"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(ModuleStep, m_modulePage);
    setPage(FieldMapStep, m_fieldMapPage);
    setPage(DefaultsStep, m_defaultsPage);
    setPage(SummaryStep, m_summaryPage);
    // Room for a dozen field pairs on the mapping page and a full summary: the first page
    // alone would size the wizard to its few rows (seen on a screenshot).
    resize(sizeHint().expandedTo(QSize(800, 620)));
}

bool SetupWizard::editProfile(const QString &name)
{
    for (const SyncProfile &p : m_context->config().profiles) {
        if (p.name != name)
            continue;
        m_draft.profile = p;
        m_draft.editing = name;
        setWindowTitle(tr("Edit sync profile %1").arg(name));
        m_modulePage->load(p);
        return true;
    }
    return false;
}

Config SetupWizard::withoutProfile(const Config &config, const QString &name)
{
    return ProfileEdits::withoutProfile(config, name);
}

void SetupWizard::accept()
{
    const Config config = ProfileEdits::withProfile(m_context->config(), m_draft.profile, m_draft.editing);
    if (!m_context->saveConfig(config)) {
        m_summaryPage->showSaveError(m_context->configError().userMessage);
        return;
    }
    emit profileSaved(m_draft.profile.name);
    QWizard::accept();
}

} // namespace crmsync
