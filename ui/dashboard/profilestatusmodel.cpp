// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/profilestatusmodel.h"

#include "common/plaintext.h"
#include "common/statusicon.h"
#include "shell/traystatus.h"

#include <QJsonArray>
#include <QLocale>

namespace crmsync {

namespace {

QString dateText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

int count(const QJsonObject &report, const char *side, const char *action)
{
    return report.value(QLatin1String(side)).toObject().value(QLatin1String(action)).toInt();
}

} // namespace

ProfileStatusModel::ProfileStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProfileStatusModel::setProfiles(const QList<SyncProfile> &profiles)
{
    beginResetModel();
    QList<Row> rows;
    for (const SyncProfile &p : profiles) {
        const int old = rowOf(p.name);
        Row row = old >= 0 ? m_rows.at(old) : Row();
        row.name = p.name;
        row.module = p.module;
        row.intervalMinutes = p.intervalMinutes;
        rows.append(row);
    }
    m_rows = rows;
    endResetModel();
}

int ProfileStatusModel::rowOf(const QString &profile) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == profile)
            return i;
    }
    return -1;
}

QString ProfileStatusModel::profileAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

QJsonObject ProfileStatusModel::lastReport(const QString &profile) const
{
    const int row = rowOf(profile);
    return row >= 0 ? m_rows.at(row).report : QJsonObject();
}

void ProfileStatusModel::changed(int row, int firstColumn, int lastColumn)
{
    emit dataChanged(index(row, firstColumn), index(row, lastColumn));
}

void ProfileStatusModel::setState(const QString &profile, SyncState state)
{
    const int row = rowOf(profile);
    if (row < 0 || m_rows.at(row).state == state)
        return;
    m_rows[row].state = state;
    if (state != SyncState::Syncing)
        m_rows[row].done = m_rows[row].total = 0;
    changed(row, State, State);
}

void ProfileStatusModel::setLastRun(const QString &profile, const QDateTime &finishedAt, const QJsonObject &report)
{
    const int row = rowOf(profile);
    if (row < 0)
        return;
    m_rows[row].lastSync = finishedAt;
    m_rows[row].report = report;
    changed(row, LastSync, Conflicts);
}

void ProfileStatusModel::setNextSync(const QString &profile, const QDateTime &when)
{
    const int row = rowOf(profile);
    if (row < 0)
        return;
    m_rows[row].nextSync = when;
    changed(row, NextSync, NextSync);
}

void ProfileStatusModel::setWaiting(const QString &profile, int waiting)
{
    const int row = rowOf(profile);
    if (row < 0 || m_rows.at(row).waiting == waiting)
        return;
    m_rows[row].waiting = waiting;
    changed(row, State, State);
}

void ProfileStatusModel::setProgress(const QString &profile, int done, int total)
{
    const int row = rowOf(profile);
    if (row < 0)
        return;
    m_rows[row].done = done;
    m_rows[row].total = total;
    changed(row, State, State);
}

int ProfileStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfileStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileStatusModel::display(const Row &row, int column) const
{
    switch (column) {
    case Name:
        return row.name;
    case Module:
        return ModuleInfo::of(row.module).displayName();
    case State:
        if (row.state == SyncState::Syncing && row.total > 0)
            return tr("Syncing: %1 of %2", "dashboard state column; items done of items planned").arg(row.done).arg(row.total);
        if (row.state == SyncState::Idle && !row.lastSync.isValid())
            return tr("Not synced yet", "dashboard state column: a new profile");
        // The row itself is what needs looking at: its short label, not the tray's hint.
        return row.state == SyncState::NeedsAttention ? StatusIcon::label(row.state)
                                                      : TrayStatus::stateText(row.state, row.waiting);
    case LastSync:
        return row.lastSync.isValid() ? dateText(row.lastSync) : tr("Never", "dashboard: profile not synced yet");
    case NextSync:
        if (row.nextSync.isValid())
            return dateText(row.nextSync);
        return row.intervalMinutes > 0 ? QStringLiteral("–") : tr("Manual", "dashboard: profile runs only on request");
    case CrmChanges:
    case OtherChanges: {
        if (row.report.isEmpty())
            return {};
        const char *side = column == CrmChanges ? "crm" : "remote";
        //: Counts of the last run: created, updated, deleted; the tooltip spells them out.
        return tr("+%1 ~%2 −%3")
            .arg(count(row.report, side, "created"))
            .arg(count(row.report, side, "updated"))
            .arg(count(row.report, side, "deleted"));
    }
    case Errors:
        return row.report.isEmpty() ? QVariant() : QVariant(int(row.report.value(QLatin1String("errors")).toArray().size()));
    case Conflicts:
        return row.report.isEmpty() ? QVariant() : QVariant(row.report.value(QLatin1String("conflicts")).toInt());
    }
    return {};
}

QVariant ProfileStatusModel::tooltip(const Row &row, int column) const
{
    switch (column) {
    case State: {
        const QString message = row.report.value(QLatin1String("message")).toString();
        return message.isEmpty() ? display(row, State) : message;
    }
    case CrmChanges:
    case OtherChanges: {
        if (row.report.isEmpty())
            return {};
        const char *side = column == CrmChanges ? "crm" : "remote";
        return tr("%1 created, %2 updated, %3 deleted in the last run")
            .arg(count(row.report, side, "created"))
            .arg(count(row.report, side, "updated"))
            .arg(count(row.report, side, "deleted"));
    }
    default:
        return {};
    }
}

QVariant ProfileStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::DecorationRole:
        return index.column() == State ? QVariant(StatusIcon::icon(row.state)) : QVariant();
    case Qt::ToolTipRole:
        return PlainText::toolTip(tooltip(row, index.column()).toString());
    case Qt::TextAlignmentRole:
        return index.column() >= CrmChanges ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ProfileNameRole:
        return row.name;
    case StateRole:
        return int(row.state);
    case ReportRole:
        return row.report;
    }
    return {};
}

QVariant ProfileStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Profile", "dashboard column");
    case Module: return tr("CRM module", "dashboard column");
    case State: return tr("State", "dashboard column");
    case LastSync: return tr("Last sync", "dashboard column");
    case NextSync: return tr("Next sync", "dashboard column");
    case CrmChanges: return tr("Changes in the CRM", "dashboard column: created/updated/deleted in the CRM by the last run");
    case OtherChanges: return tr("Changes on the other side", "dashboard column: created/updated/deleted in the folder, address book or calendar");
    case Errors: return tr("Errors", "dashboard column: per-item errors of the last run");
    case Conflicts: return tr("Conflicts", "dashboard column: conflicts of the last run");
    }
    return {};
}

} // namespace crmsync
