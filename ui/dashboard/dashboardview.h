// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QTableView;

namespace crmsync {

class LogModel;
class ProfileDetailsPane;
class ProfileStatusModel;

/*!
 * \brief The dashboard page: the profile table, a progress bar while a profile runs, the
 * selected profile's details (errors, conflicts) and the log.
 *
 * Only shows and asks: it emits what the user wants (sync a profile, restore a version)
 * and MainWindow hands that to SyncService.
 */
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    DashboardView(ProfileStatusModel *profiles, LogModel *log, QWidget *parent = nullptr);

    ProfileDetailsPane *details() const { return m_details; }
    QTableView *profileTable() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    QString currentProfile() const;

    //! \a total 0 with \a done 0 hides the bar (no run); total 0 alone shows it busy.
    void setProgress(const QString &profile, int done, int total);
    void hideProgress();

signals:
    void currentProfileChanged(const QString &profile);
    void syncProfileRequested(const QString &profile);

private:
    void showContextMenu(const QPoint &pos);
    void fitTableToRows();

    ProfileStatusModel *m_profiles;
    QTableView *m_table = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    ProfileDetailsPane *m_details = nullptr;
    QTableView *m_log = nullptr;
};

} // namespace crmsync
