// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace crmsync {

/*!
 * \brief The dashboard's log: time, level and text of what SyncService did, newest last,
 * capped so that an app left running for weeks does not grow without bound.
 */
class LogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Level, Text, ColumnCount };
    enum Role { LevelRole = Qt::UserRole + 1 };

    explicit LogModel(QObject *parent = nullptr);

    //! The most lines kept; the oldest go first. At least 1.
    void setCapacity(int lines);
    int capacity() const { return m_capacity; }
    void append(const QDateTime &time, QtMsgType level, const QString &text);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString levelName(QtMsgType level);

private:
    struct Line
    {
        QDateTime time;
        QtMsgType level = QtInfoMsg;
        QString text;
    };
    void trim(int capacity);

    QList<Line> m_lines;
    int m_capacity = 1000;
};

} // namespace crmsync
