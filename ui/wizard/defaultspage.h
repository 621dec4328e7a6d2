// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/wizarddraft.h"

#include <QMap>
#include <QWizardPage>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace crmsync {

/*!
 * \brief Step 3: a value for each mandatory CRM field, used when an item from the other
 * side lacks it (Zoho refuses a record without them, reference/zoho-crm-api.md §3.3).
 * The fields come from the metadata the mapping step read, else from ModuleInfo.
 */
class DefaultsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DefaultsPage(WizardDraft *draft, QWidget *parent = nullptr);

    //! The mandatory fields in the order shown (Last_Name first).
    QStringList fields() const { return m_order; }
    //! The input for \a apiName, or nullptr.
    QLineEdit *editorFor(const QString &apiName) const { return m_editors.value(apiName); }

    //! The module's mandatory fields from \a metadata (when \a known) and ModuleInfo.
    static QStringList mandatoryFields(ModuleInfo::Module module, const QList<FieldInfo> &metadata, bool known);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    WizardDraft *m_draft;
    QFormLayout *m_form;
    QLabel *m_source = nullptr;
    QStringList m_order;
    QMap<QString, QLineEdit *> m_editors;
};

} // namespace crmsync
