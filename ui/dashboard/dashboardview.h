// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
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
    //! The profiles the user paused on their own; the row menu offers to resume them.
    void setPausedProfiles(const QSet<QString> &names) { m_paused = names; }

signals:
    void currentProfileChanged(const QString &profile);
    void syncProfileRequested(const QString &profile);
    void editProfileRequested(const QString &profile);
    void pauseProfileRequested(const QString &profile, bool paused);
    //! Asks for the profile to go; whoever handles it confirms with the user first.
    void removeProfileRequested(const QString &profile);

private:
    void showContextMenu(const QPoint &pos);
    void fitTableToRows();

    ProfileStatusModel *m_profiles;
    QTableView *m_table = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    ProfileDetailsPane *m_details = nullptr;
    QTableView *m_log = nullptr;
    QSet<QString> m_paused;
};

} // namespace crmsync
