// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncreport.h"
#include "wizard/wizarddraft.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace crmsync {

class AppContext;
class DryRunJob;

/*!
 * \brief Last step: what the first sync will do, from a dry run of the new profile
 * (DryRunJob) before anything is written: items to create, update and delete on each
 * side, and items found on both sides that will be paired. A failed dry run is shown and
 * does not stop the user from saving the profile.
 */
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    SummaryPage(AppContext *context, WizardDraft *draft, QWidget *parent = nullptr);

    bool isRunning() const;
    //! The dry run's report once it has finished (also when it failed).
    const SyncReport &report() const { return m_report; }
    QString resultText() const;
    //! Shows why saving failed (the wizard stays open).
    void showSaveError(const QString &message);

    void initializePage() override;
    void cleanupPage() override;

signals:
    void dryRunFinished();

private:
    void onFinished(DryRunJob *job);

    AppContext *m_context;
    WizardDraft *m_draft;
    QLabel *m_overview;
    QProgressBar *m_busy;
    QLabel *m_result;
    QLabel *m_saveError;
    QPointer<DryRunJob> m_job;
    SyncReport m_report;
};

} // namespace crmsync
