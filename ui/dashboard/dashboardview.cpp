// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/dashboardview.h"

#include "dashboard/logmodel.h"
#include "dashboard/profiledetailspane.h"
#include "dashboard/profilestatusmodel.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>

namespace crmsync {

DashboardView::DashboardView(ProfileStatusModel *profiles, LogModel *log, QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_table(new QTableView(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_details(new ProfileDetailsPane(this))
    , m_log(new QTableView(this))
{
    m_table->setModel(profiles);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    // Sized by their contents, so that longer translations are never cut off.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Sync profiles", "accessible name of the dashboard table"));

    m_log->setModel(log);
    m_log->verticalHeader()->hide();
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_log->horizontalHeader()->setStretchLastSection(true);
    m_log->setWordWrap(false);
    connect(log, &QAbstractItemModel::rowsInserted, m_log, [this] { m_log->scrollToBottom(); });

    auto *progressRow = new QHBoxLayout;
    m_progressLabel->setTextFormat(Qt::PlainText);   // shows a profile name
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progress, 1);
    hideProgress();

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_details, tr("Details", "dashboard tab: errors and conflicts of the selected profile"));
    tabs->addTab(m_log, tr("Log", "dashboard tab"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(progressRow);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString name = m_profiles->profileAt(current.row());
                m_details->setProfile(name, m_profiles->lastReport(name));
                emit currentProfileChanged(name);
            });
    // A new report of the shown profile refreshes its errors.
    connect(profiles, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        const QString name = m_profiles->profileAt(topLeft.row());
        if (!name.isEmpty() && name == currentProfile() && topLeft.column() <= ProfileStatusModel::LastSync)
            m_details->setProfile(name, m_profiles->lastReport(name));
    });
    connect(profiles, &QAbstractItemModel::modelReset, this, [this] {
        fitTableToRows();
        if (m_profiles->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &DashboardView::showContextMenu);
}

QString DashboardView::currentProfile() const
{
    return m_profiles->profileAt(m_table->currentIndex().row());
}

void DashboardView::setProgress(const QString &profile, int done, int total)
{
    m_progressLabel->setText(tr("Syncing %1…", "progress bar label; %1 is the profile name").arg(profile));
    m_progressLabel->show();
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->show();
}

void DashboardView::hideProgress()
{
    m_progressLabel->hide();
    m_progress->hide();
}

void DashboardView::fitTableToRows()
{
    // Every profile visible without scrolling (up to a screenful), the rest goes to details.
    constexpr int MaxRowsShown = 10;
    const int rows = qBound(3, m_profiles->rowCount(), MaxRowsShown);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + rows * rowHeight
                              + 2 * m_table->frameWidth() + m_table->horizontalScrollBar()->sizeHint().height());
}

void DashboardView::showContextMenu(const QPoint &pos)
{
    const QString name = m_profiles->profileAt(m_table->indexAt(pos).row());
    if (name.isEmpty())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Sync %1 now", "context menu of a dashboard row").arg(name), this,
                    [this, name] { emit syncProfileRequested(name); });
    const bool paused = m_paused.contains(name);
    menu->addAction(paused ? tr("Resume %1", "context menu of a dashboard row").arg(name)
                           : tr("Pause %1", "context menu of a dashboard row").arg(name),
                    this, [this, name, paused] { emit pauseProfileRequested(name, !paused); });
    menu->addSeparator();
    menu->addAction(tr("Edit %1…", "context menu of a dashboard row").arg(name), this,
                    [this, name] { emit editProfileRequested(name); });
    menu->addAction(tr("Remove %1…", "context menu of a dashboard row").arg(name), this,
                    [this, name] { emit removeProfileRequested(name); });
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

} // namespace crmsync
