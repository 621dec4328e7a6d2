// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/defaultspage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace crmsync {

DefaultsPage::DefaultsPage(WizardDraft *draft, QWidget *parent)
    : QWizardPage(parent), m_draft(draft), m_form(new QFormLayout(this))
{
    setTitle(tr("Default values for required fields"));
    setSubTitle(tr("Zoho CRM does not save an item without these fields. When an item from the other side "
                   "lacks one, this value is used."));
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
}

QStringList DefaultsPage::mandatoryFields(ModuleInfo::Module module, const QList<FieldInfo> &metadata, bool known)
{
    QStringList out;
    if (known) {
        for (const FieldInfo &f : metadata) {
            if (f.systemMandatory)
                out << f.apiName;
        }
    }
    // ModuleInfo also knows layout-mandatory fields the metadata does not flag (Leads' Company).
    for (const QString &f : ModuleInfo::of(module).mandatoryFields()) {
        if (!out.contains(f))
            out << f;
    }
    // The name comes first: it is the one every user recognises (Zoho's own step 3).
    const qsizetype last = out.indexOf(QStringLiteral("Last_Name"));
    if (last > 0)
        out.move(last, 0);
    return out;
}

void DefaultsPage::initializePage()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_source = new QLabel(this);
    m_source->setTextFormat(Qt::PlainText);   // may show server or file text (docs/desktop-app.md)
    m_source->setObjectName(QStringLiteral("defaultsSource"));
    m_source->setWordWrap(true);
    m_source->setText(m_draft->fieldsKnown
                          ? tr("These are the required fields Zoho CRM reports for %1.")
                                .arg(ModuleInfo::of(m_draft->profile.module).displayName())
                          : tr("Zoho CRM's field list could not be read; these are the fields Zoho CRM always "
                               "requires for %1.").arg(ModuleInfo::of(m_draft->profile.module).displayName()));
    m_form->addRow(m_source);
    const bool sameModule = m_draft->fieldsModule == m_draft->profile.module;
    m_order = mandatoryFields(m_draft->profile.module, sameModule ? m_draft->crmFields : QList<FieldInfo>(),
                              sameModule && m_draft->fieldsKnown);
    for (const QString &field : std::as_const(m_order)) {
        QString label = field;
        for (const FieldInfo &f : std::as_const(m_draft->crmFields)) {
            if (f.apiName == field && !f.label.isEmpty() && f.label != field)
                label = tr("%1 (%2)").arg(f.label, field);
        }
        auto *edit = new QLineEdit(m_draft->profile.defaults.value(field).toString(), this);
        edit->setObjectName(QStringLiteral("default_") + field);
        edit->setPlaceholderText(tr("Value when the item has none"));
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        // A label from Zoho CRM's field list: shown as written, never as rich text.
        auto *caption = new QLabel(tr("%1:").arg(label), this);
        caption->setTextFormat(Qt::PlainText);
        m_form->addRow(caption, edit);
        m_editors.insert(field, edit);
    }
    emit completeChanged();
}

bool DefaultsPage::isComplete() const
{
    for (const QLineEdit *edit : m_editors) {
        if (edit->text().trimmed().isEmpty())
            return false;
    }
    return true;
}

bool DefaultsPage::validatePage()
{
    // Defaults for other fields (set in the config file) stay.
    QJsonObject defaults = m_draft->profile.defaults;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        defaults.insert(it.key(), it.value()->text().trimmed());
    m_draft->profile.defaults = defaults;
    return true;
}

} // namespace crmsync
