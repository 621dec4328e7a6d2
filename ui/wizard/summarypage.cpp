// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/summarypage.h"

#include "common/appcontext.h"
#include "config/profileedits.h"
#include "wizard/dryrunjob.h"
#include "wizard/wizardchoices.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace crmsync {

SummaryPage::SummaryPage(AppContext *context, WizardDraft *draft, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_draft(draft), m_overview(new QLabel(this)),
      m_busy(new QProgressBar(this)), m_result(new QLabel(this)), m_saveError(new QLabel(this))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("What the first sync will do. Nothing has been changed yet; Finish saves the profile."));
    // Rich by design (bold name, line breaks); every value in it is escaped (initializePage).
    m_overview->setTextFormat(Qt::RichText);
    m_overview->setObjectName(QStringLiteral("summaryOverview"));
    m_result->setTextFormat(Qt::PlainText);   // may show server or file text (docs/desktop-app.md)
    m_result->setObjectName(QStringLiteral("summaryResult"));
    m_saveError->setTextFormat(Qt::PlainText);   // may show server or file text (docs/desktop-app.md)
    m_saveError->setObjectName(QStringLiteral("saveError"));
    for (QLabel *label : {m_overview, m_result, m_saveError}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_saveError->setVisible(false);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_overview);
    layout->addWidget(m_busy);
    layout->addWidget(m_result);
    layout->addWidget(m_saveError);
    layout->addStretch();
    setCommitPage(false);
}

void SummaryPage::initializePage()
{
    const SyncProfile &p = m_draft->profile;
    const QString collection = p.collection.isEmpty() ? QString() : tr(" (%1)").arg(p.collection);
    m_overview->setText(tr("<b>%1</b>: %2 in %3 ⇄ %4%5<br>%6<br>Conflicts: %7<br>Sync frequency: %8")
                            .arg(p.name.toHtmlEscaped(), ModuleInfo::of(p.module).displayName(),
                                 p.crmAccount.toHtmlEscaped(), p.remoteAccount.toHtmlEscaped(),
                                 collection.toHtmlEscaped(),
                                 WizardChoices::directionLabel(p.direction, p.remoteAccount).toHtmlEscaped(),
                                 WizardChoices::conflictLabel(p.conflict, p.remoteAccount).toHtmlEscaped(),
                                 WizardChoices::intervalLabel(p.intervalMinutes).toHtmlEscaped()));
    m_saveError->setVisible(false);
    m_report = SyncReport();
    m_result->setText(tr("Checking both sides (a dry run: nothing is written)…"));
    m_busy->setVisible(true);
    if (m_job)
        m_job->deleteLater();
    // The dry run sees the config as it will be saved: the new profile beside the others.
    const Config config = ProfileEdits::withProfile(m_context->config(), p, m_draft->editing);
    m_job = new DryRunJob(config, p.name, m_context->stateDir(), this);
    connect(m_job, &Job::finished, this, [this, job = m_job.data()] { onFinished(job); });
    m_job->start();
}

bool SummaryPage::isRunning() const
{
    return !m_job.isNull();
}

void SummaryPage::cleanupPage()
{
    // Back: a run still going on answers for choices that are no longer current.
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
}

void SummaryPage::onFinished(DryRunJob *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    job->deleteLater();
    m_busy->setVisible(false);
    m_report = job->report();
    m_result->setText(resultText());
    emit dryRunFinished();
}

QString SummaryPage::resultText() const
{
    if (m_job)
        return m_result->text();
    const QString other = m_draft->profile.remoteAccount;
    QString failure;
    if (m_report.status != SyncReport::Status::Ok)
        failure = m_report.message.isEmpty() && !m_report.errors.isEmpty() ? m_report.errors.first().error.userMessage
                                                                           : m_report.message;
    if (m_report.profile.isEmpty() || (m_report.status != SyncReport::Status::Ok
                                       && m_report.status != SyncReport::Status::Errors)) {
        return tr("The first sync could not be previewed: %1\nYou can still save the profile; it is not run "
                  "until you start it.").arg(failure.isEmpty() ? tr("unknown error") : failure);
    }
    QStringList lines;
    lines << tr("In Zoho CRM: %1 to create, %2 to update, %3 to delete.")
                 .arg(m_report.crm.created).arg(m_report.crm.updated).arg(m_report.crm.deleted);
    lines << tr("In %1: %2 to create, %3 to update, %4 to delete.")
                 .arg(other).arg(m_report.remote.created).arg(m_report.remote.updated).arg(m_report.remote.deleted);
    lines << tr("%n item(s) found on both sides will be paired, not copied.", nullptr, m_report.matched);
    if (m_report.conflicts > 0)
        lines << tr("%n item(s) changed on both sides.", nullptr, m_report.conflicts);
    if (m_report.skipped > 0)
        lines << tr("%n item(s) left out by the filters or the direction.", nullptr, m_report.skipped);
    if (!m_report.errors.isEmpty())
        lines << tr("%n item(s) could not be read: %1", nullptr, int(m_report.errors.size())).arg(failure);
    return lines.join(QLatin1Char('\n'));
}

void SummaryPage::showSaveError(const QString &message)
{
    m_saveError->setText(message);
    m_saveError->setVisible(true);
}

} // namespace crmsync
