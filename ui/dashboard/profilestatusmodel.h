// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/syncstate.h"
#include "sync/syncprofile.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace crmsync {

/*!
 * \brief The dashboard's table: one row per profile with its module, state, last and next
 * sync, what the last run changed on each side, its errors and conflicts.
 *
 * It holds no logic: SyncService (or a test reading a StateDb) feeds it by profile name.
 * Dates are shown in the system locale's short format, in local time.
 */
class ProfileStatusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Module, State, LastSync, NextSync, CrmChanges, OtherChanges, Errors, Conflicts, ColumnCount };
    enum Role { ProfileNameRole = Qt::UserRole + 1, StateRole, ReportRole };

    explicit ProfileStatusModel(QObject *parent = nullptr);

    //! Resets the rows; values of profiles that stay are kept.
    void setProfiles(const QList<SyncProfile> &profiles);
    void setState(const QString &profile, SyncState state);
    //! \a report is the run's SyncReport JSON (StateDb runs, SyncService::runFinished).
    void setLastRun(const QString &profile, const QDateTime &finishedAt, const QJsonObject &report);
    void setNextSync(const QString &profile, const QDateTime &when);
    void setWaiting(const QString &profile, int waiting);
    void setProgress(const QString &profile, int done, int total);

    int rowOf(const QString &profile) const;
    QString profileAt(int row) const;
    QJsonObject lastReport(const QString &profile) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        ModuleInfo::Module module = ModuleInfo::Module::Contacts;
        int intervalMinutes = 0;
        SyncState state = SyncState::Idle;
        QDateTime lastSync;
        QDateTime nextSync;
        QJsonObject report;
        int waiting = 0;
        int done = 0;
        int total = 0;
    };

    QVariant display(const Row &row, int column) const;
    QVariant tooltip(const Row &row, int column) const;
    void changed(int row, int firstColumn, int lastColumn);

    QList<Row> m_rows;
};

} // namespace crmsync
