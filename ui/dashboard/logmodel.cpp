// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/logmodel.h"

#include "common/plaintext.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace crmsync {

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LogModel::setCapacity(int lines)
{
    m_capacity = qMax(1, lines);
    trim(m_capacity);
}

void LogModel::trim(int capacity)
{
    const int excess = int(m_lines.size()) - capacity;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_lines.remove(0, excess);
    endRemoveRows();
}

void LogModel::append(const QDateTime &time, QtMsgType level, const QString &text)
{
    // Make room first, so that the view never holds more than the capacity.
    trim(m_capacity - 1);
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append({time, level, text});
    endInsertRows();
}

void LogModel::clear()
{
    if (m_lines.isEmpty())
        return;
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogModel::levelName(QtMsgType level)
{
    switch (level) {
    case QtWarningMsg:
        return tr("Warning", "log level");
    case QtCriticalMsg:
    case QtFatalMsg:
        return tr("Error", "log level");
    case QtDebugMsg:
    case QtInfoMsg:
        break;
    }
    return tr("Info", "log level");
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(line.time.toLocalTime().time(), QLocale::ShortFormat);
        case Level:
            return levelName(line.level);
        case Text:
            return line.text;
        }
        break;
    case Qt::ToolTipRole:
        return index.column() == Time ? QLocale().toString(line.time.toLocalTime(), QLocale::LongFormat)
                                       : PlainText::toolTip(line.text);
    case Qt::ForegroundRole:
        if (line.level == QtCriticalMsg || line.level == QtFatalMsg)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        break;
    case LevelRole:
        return int(line.level);
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time", "log column");
    case Level: return tr("Level", "log column");
    case Text: return tr("Message", "log column");
    }
    return {};
}

} // namespace crmsync
