// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/wizarddraft.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace crmsync {

class AppContext;
class CollectionPicker;

/*!
 * \brief Step 1: what syncs with what and how: the module, the CRM account, the other
 * side (an account that can hold the module's items and, for DAV, its collection),
 * direction, conflict policy, frequency, filters and the profile's name.
 */
class ModulePage : public QWizardPage
{
    Q_OBJECT
public:
    ModulePage(AppContext *context, WizardDraft *draft, QWidget *parent = nullptr);

    //! Shows \a profile's choices (editing an existing profile).
    void load(const SyncProfile &profile);
    //! The choices as a profile (field map, defaults and limits left as in the draft).
    SyncProfile profile() const;
    //! Why Next is disabled, or empty when it is not.
    QString problem() const;

    bool isComplete() const override;
    bool validatePage() override;

private:
    void onModuleChanged();
    void onRemoteChanged();
    void refreshPolicyLabels();
    void updateName();
    ModuleInfo::Module module() const;
    QString otherSideName() const;

    AppContext *m_context;
    WizardDraft *m_draft;
    QComboBox *m_module;
    QComboBox *m_crm;
    QComboBox *m_remote;
    QLabel *m_accountHint;
    CollectionPicker *m_collection;
    QLabel *m_collectionLabel;
    QComboBox *m_direction;
    QComboBox *m_conflict;
    QComboBox *m_frequency;
    QCheckBox *m_private;
    QLabel *m_rangeLabel;
    QComboBox *m_range;
    QLineEdit *m_categories;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    //! The name was typed by the user, so a module or account change must not replace it.
    bool m_nameEdited = false;
    QString m_preferredCollection;
};

} // namespace crmsync
