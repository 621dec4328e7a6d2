// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agendarow.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QTimeZone>

namespace crmsync {

/*!
 * \brief One day of the offline copy: that day's events (all-day first, then by start;
 * recurring ones expanded) followed by the open tasks (overdue and due that day first,
 * oldest first, then those without a due date). Completed tasks and tasks due later are
 * left out: they are not today's work.
 */
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, TitleColumn, DetailColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, ProfileRole, CrmIdRole, StartRole, DueRole };

    explicit AgendaModel(QObject *parent = nullptr);

    //! The records to pick from (Events and Tasks; others are ignored).
    void setItems(const OfflineItems &items);
    void setDay(const QDate &day);
    QDate day() const { return m_day; }
    //! The user's zone (system by default); tests pin it.
    void setTimeZone(const QTimeZone &zone);
    const AgendaRow &row(int row) const { return m_rows.at(row); }
    const QList<AgendaRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! The locale's short time format without seconds (the C locale's has them): a
    //! meeting's time reads "09:30", not "09:30:00".
    static QString shortTimeFormat(const QLocale &locale);

    //! Builds the rows for \a day in \a zone; pure, so it is tested without a view.
    static QList<AgendaRow> buildRows(const OfflineItems &items, const QDate &day, const QTimeZone &zone);

private:
    void rebuild();
    QString timeText(const AgendaRow &row) const;
    QString detailText(const AgendaRow &row) const;

    OfflineItems m_items;
    QDate m_day;
    QTimeZone m_zone;
    QList<AgendaRow> m_rows;
};

} // namespace crmsync
