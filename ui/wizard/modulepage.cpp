// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/modulepage.h"

#include "common/appcontext.h"
#include "wizard/collectionpicker.h"
#include "wizard/wizardchoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace crmsync {

ModulePage::ModulePage(AppContext *context, WizardDraft *draft, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_draft(draft), m_module(new QComboBox(this)), m_crm(new QComboBox(this)),
      m_remote(new QComboBox(this)), m_accountHint(new QLabel(this)), m_collection(new CollectionPicker(this)),
      m_collectionLabel(new QLabel(tr("Collection:"), this)), m_direction(new QComboBox(this)),
      m_conflict(new QComboBox(this)), m_frequency(new QComboBox(this)),
      m_private(new QCheckBox(tr("Include private items"), this)), m_rangeLabel(new QLabel(tr("Events:"), this)),
      m_range(new QComboBox(this)), m_categories(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_nameProblem(new QLabel(this))
{
    setTitle(tr("What to sync"));
    setSubTitle(tr("Choose a Zoho CRM module and where its items are kept on the other side."));
    m_module->setObjectName(QStringLiteral("module"));
    m_crm->setObjectName(QStringLiteral("crmAccount"));
    m_remote->setObjectName(QStringLiteral("remoteAccount"));
    m_collection->setObjectName(QStringLiteral("collection"));
    m_direction->setObjectName(QStringLiteral("direction"));
    m_conflict->setObjectName(QStringLiteral("conflict"));
    m_frequency->setObjectName(QStringLiteral("frequency"));
    m_private->setObjectName(QStringLiteral("includePrivate"));
    m_range->setObjectName(QStringLiteral("eventsRange"));
    m_categories->setObjectName(QStringLiteral("categories"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_nameProblem->setTextFormat(Qt::PlainText);   // may show server or file text (docs/desktop-app.md)
    m_nameProblem->setObjectName(QStringLiteral("nameProblem"));
    m_accountHint->setTextFormat(Qt::PlainText);   // may show server or file text (docs/desktop-app.md)
    m_accountHint->setWordWrap(true);
    m_nameProblem->setWordWrap(true);
    m_categories->setPlaceholderText(tr("Comma-separated; empty syncs all"));

    for (const ModuleInfo &m : ModuleInfo::all())
        m_module->addItem(m.displayName(), int(m.module()));
    const QStringList crm = WizardChoices::crmAccounts(context->config());
    m_crm->addItems(crm);
    for (int minutes : WizardChoices::intervals())
        m_frequency->addItem(WizardChoices::intervalLabel(minutes), minutes);
    for (SyncProfile::EventsRange r : WizardChoices::eventsRanges())
        m_range->addItem(WizardChoices::eventsRangeLabel(r), int(r));

    auto *form = new QFormLayout(this);
    // Labels above fields when space is short: Japanese labels run long.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Module:"), m_module);
    form->addRow(tr("Zoho CRM account:"), m_crm);
    form->addRow(tr("Sync with:"), m_remote);
    form->addRow(m_accountHint);
    form->addRow(m_collectionLabel, m_collection);
    form->addRow(tr("Direction:"), m_direction);
    form->addRow(tr("When an item changed on both sides:"), m_conflict);
    form->addRow(tr("Sync frequency:"), m_frequency);
    form->addRow(QString(), m_private);
    form->addRow(m_rangeLabel, m_range);
    form->addRow(tr("Categories / groups:"), m_categories);
    form->addRow(tr("Profile name:"), m_name);
    form->addRow(m_nameProblem);

    connect(m_module, &QComboBox::currentIndexChanged, this, &ModulePage::onModuleChanged);
    connect(m_remote, &QComboBox::currentIndexChanged, this, &ModulePage::onRemoteChanged);
    connect(m_crm, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    connect(m_collection, &CollectionPicker::selectionChanged, this, &QWizardPage::completeChanged);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        const QString problem = WizardChoices::nameProblem(m_name->text(), m_context->config(), m_draft->editing);
        m_nameProblem->setText(problem);
        m_nameProblem->setVisible(!problem.isEmpty());
        emit completeChanged();
    });
    onModuleChanged();
}

ModuleInfo::Module ModulePage::module() const
{
    return ModuleInfo::Module(m_module->currentData().toInt());
}

QString ModulePage::otherSideName() const
{
    return m_remote->currentText().isEmpty() ? tr("the other side") : m_remote->currentText();
}

void ModulePage::onModuleChanged()
{
    const QString previous = m_remote->currentText();
    const QStringList remotes = WizardChoices::remoteAccounts(m_context->config(), module());
    {
        const QSignalBlocker block(m_remote);
        m_remote->clear();
        m_remote->addItems(remotes);
        m_remote->setCurrentIndex(std::max(0, int(remotes.indexOf(previous))));
    }
    QStringList hints;
    if (m_crm->count() == 0)
        hints << tr("There is no Zoho CRM account yet: sign in to Zoho CRM first.");
    if (remotes.isEmpty())
        hints << tr("There is no account that can hold %1: add a folder or a %2 account first.")
                     .arg(ModuleInfo::of(module()).displayName(),
                          ModuleInfo::of(module()).isCard() ? QStringLiteral("CardDAV") : QStringLiteral("CalDAV"));
    m_accountHint->setText(hints.join(QLatin1Char('\n')));
    m_accountHint->setVisible(!hints.isEmpty());
    const bool calendar = !ModuleInfo::of(module()).isCard();
    m_range->setVisible(calendar);
    m_rangeLabel->setVisible(calendar);
    onRemoteChanged();
}

void ModulePage::onRemoteChanged()
{
    const AccountConfig account = m_context->config().accounts.value(m_remote->currentText());
    const bool dav = !m_remote->currentText().isEmpty() && account.isDav();
    m_collection->setVisible(dav);
    m_collectionLabel->setVisible(dav);
    if (dav)
        m_collection->discover(account, module(), m_preferredCollection.isEmpty() ? account.collection : m_preferredCollection);
    else
        m_collection->clear();
    refreshPolicyLabels();
    updateName();
    emit completeChanged();
}

void ModulePage::refreshPolicyLabels()
{
    const int direction = std::max(0, m_direction->currentIndex());
    const int conflict = std::max(0, m_conflict->currentIndex());
    m_direction->clear();
    for (SyncProfile::Direction d : WizardChoices::directions())
        m_direction->addItem(WizardChoices::directionLabel(d, otherSideName()), int(d));
    m_conflict->clear();
    for (SyncProfile::Conflict c : WizardChoices::conflicts())
        m_conflict->addItem(WizardChoices::conflictLabel(c, otherSideName()), int(c));
    m_direction->setCurrentIndex(direction);
    m_conflict->setCurrentIndex(conflict);
}

void ModulePage::updateName()
{
    if (m_nameEdited)
        return;
    const QSignalBlocker block(m_name);
    m_name->setText(WizardChoices::suggestedName(m_context->config(), module(), m_remote->currentText()));
    m_nameProblem->setVisible(false);
}

void ModulePage::load(const SyncProfile &p)
{
    m_preferredCollection = p.collection;
    m_module->setCurrentIndex(m_module->findData(int(p.module)));
    m_crm->setCurrentIndex(m_crm->findText(p.crmAccount));
    m_remote->setCurrentIndex(m_remote->findText(p.remoteAccount));
    onRemoteChanged();
    m_direction->setCurrentIndex(m_direction->findData(int(p.direction)));
    m_conflict->setCurrentIndex(m_conflict->findData(int(p.conflict)));
    const int frequency = m_frequency->findData(p.intervalMinutes);
    if (frequency < 0)
        m_frequency->addItem(WizardChoices::intervalLabel(p.intervalMinutes), p.intervalMinutes);
    m_frequency->setCurrentIndex(m_frequency->findData(p.intervalMinutes));
    m_private->setChecked(p.includePrivate);
    m_range->setCurrentIndex(m_range->findData(int(p.eventsRange)));
    m_categories->setText(p.categories.join(QStringLiteral(", ")));
    m_nameEdited = true;
    m_name->setText(p.name);
}

SyncProfile ModulePage::profile() const
{
    SyncProfile p = m_draft->profile;
    p.name = m_name->text();
    p.module = module();
    p.crmAccount = m_crm->currentText();
    p.remoteAccount = m_remote->currentText();
    p.collection = m_context->config().accounts.value(p.remoteAccount).isDav() ? m_collection->selectedUrl() : QString();
    p.direction = SyncProfile::Direction(m_direction->currentData().toInt());
    p.conflict = SyncProfile::Conflict(m_conflict->currentData().toInt());
    p.intervalMinutes = m_frequency->currentData().toInt();
    p.includePrivate = m_private->isChecked();
    p.eventsRange = ModuleInfo::of(p.module).isCard() ? SyncProfile::EventsRange::All
                                                       : SyncProfile::EventsRange(m_range->currentData().toInt());
    p.categories.clear();
    for (const QString &c : m_categories->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!c.trimmed().isEmpty())
            p.categories << c.trimmed();
    }
    return p;
}

QString ModulePage::problem() const
{
    if (m_crm->currentText().isEmpty())
        return tr("Choose a Zoho CRM account.");
    if (m_remote->currentText().isEmpty())
        return tr("Choose the account to sync with.");
    if (m_context->config().accounts.value(m_remote->currentText()).isDav() && m_collection->selectedUrl().isEmpty())
        return tr("Choose a collection.");
    return WizardChoices::nameProblem(m_name->text(), m_context->config(), m_draft->editing);
}

bool ModulePage::isComplete() const
{
    return problem().isEmpty();
}

bool ModulePage::validatePage()
{
    SyncProfile p = profile();
    if (p.module != m_draft->profile.module) {
        // Another module's map and defaults mean nothing here: start from its default.
        p.fieldMap = FieldMap();
        p.defaults = {};
    }
    m_draft->profile = p;
    return true;
}

} // namespace crmsync
