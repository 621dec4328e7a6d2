// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/wizarddraft.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTableView;

namespace crmsync {

class AppContext;
class FieldMapModel;
class Job;

/*!
 * \brief Step 2: which CRM field pairs with which field on the other side. Starts from the
 * module's default map; the CRM's field metadata (ZohoFieldsJob, asynchronous) adds labels
 * and the org's custom fields. Without it the page still works with the default map and
 * says why custom fields are missing.
 */
class FieldMapPage : public QWizardPage
{
    Q_OBJECT
public:
    FieldMapPage(AppContext *context, WizardDraft *draft, QWidget *parent = nullptr);

    FieldMapModel *model() const { return m_model; }
    //! Whether the metadata request is still running.
    bool isLoading() const;
    QString statusText() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

signals:
    //! The metadata request ended (loaded or failed); statusText() says which.
    void fieldsLoaded();

private:
    void loadFields();
    void onFields(Job *job);
    void setStatus(const QString &text);

    AppContext *m_context;
    WizardDraft *m_draft;
    FieldMapModel *m_model;
    QTableView *m_view;
    QProgressBar *m_busy;
    QLabel *m_status;
    QLabel *m_problem;
    QPointer<Job> m_job;
    //! The module and account the table was filled for, so Back and Next keep the user's edits.
    QString m_filledFor;
};

} // namespace crmsync
