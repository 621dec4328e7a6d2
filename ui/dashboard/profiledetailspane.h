// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "state/journalentry.h"
#include "state/outboxentry.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace crmsync {

class FailedChangesBox;

/*!
 * \brief The dashboard's lower half for the selected profile: the last run's per-item
 * errors (item and reason), and the versions that lost a conflict next to the versions
 * that were kept, each with "Restore this version".
 *
 * Errors show here inline rather than as message boxes (STYLE.md point 5). Restoring is
 * only asked for (restoreRequested); SyncService runs it on the sync thread.
 */
class ProfileDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileDetailsPane(QWidget *parent = nullptr);

    QString profile() const { return m_profile; }
    //! Shows \a profile's last \a report (SyncReport JSON); conflicts follow via setConflicts().
    void setProfile(const QString &profile, const QJsonObject &report);
    void setConflicts(const QString &profile, const QList<JournalEntry> &conflicts);
    //! The changes the CRM refused of \a profile (failedChanges()); late answers for a
    //! profile no longer shown are dropped, as for conflicts.
    void setFailedChanges(const QString &profile, const QList<OutboxEntry> &failed);
    //! The restore of \a entryId ended; an empty \a error means it worked.
    void restoreFinished(qint64 entryId, const QString &error);

    //! For tests: the widgets holding the errors and the conflicts.
    QTreeWidget *errorList() const { return m_errors; }
    QListWidget *conflictList() const { return m_conflicts; }
    QTableWidget *comparison() const { return m_compare; }
    QPushButton *restoreButton() const { return m_restore; }
    FailedChangesBox *failedChanges() const { return m_failed; }

signals:
    void restoreRequested(const QString &profile, qint64 entryId);

private:
    void showConflict(int row);
    //! Whether an answer for \a profile is for the one shown (the worker answers late).
    bool isShown(const QString &profile) const;

    QString m_profile;
    QList<JournalEntry> m_entries;
    QLabel *m_title = nullptr;
    QTreeWidget *m_errors = nullptr;
    QListWidget *m_conflicts = nullptr;
    QTableWidget *m_compare = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_restoreStatus = nullptr;
    FailedChangesBox *m_failed = nullptr;
};

} // namespace crmsync
