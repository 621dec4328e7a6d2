// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendamodel.h"

#include "common/plaintext.h"
#include "taskpicklists.h"

#include "formats/canonicalvalue.h"
#include "offline/eventoccurrences.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace crmsync {

namespace {

const QLatin1String kCompleted("Completed");

QString text(const QJsonObject &fields, const char *key)
{
    return fields.value(QLatin1String(key)).toString();
}

void addEvents(const OfflineItem &item, const QDate &day, const QTimeZone &zone, QList<AgendaRow> &rows)
{
    const QJsonObject &f = item.fields;
    const QDateTime baseStart = CanonicalValue::parseDateTime(text(f, "Start_DateTime"));
    const QDateTime remind = CanonicalValue::parseDateTime(text(f, "Remind_At"));
    for (const EventOccurrences::Occurrence &o : EventOccurrences::onDay(f, day, zone)) {
        AgendaRow row;
        row.kind = AgendaRow::Kind::Event;
        row.title = text(f, "Event_Title");
        row.start = o.start;
        row.end = o.end;
        row.allDay = f.value(QLatin1String("All_day")).toBool();
        row.location = text(f, "Venue");
        // Remind_At is an instant for the first occurrence; later ones keep its lead time.
        if (remind.isValid() && baseStart.isValid())
            row.remindAt = o.start.addSecs(baseStart.secsTo(remind));
        row.item = item;
        rows.append(row);
    }
}

void addTask(const OfflineItem &item, const QDate &day, QList<AgendaRow> &rows)
{
    const QJsonObject &f = item.fields;
    if (text(f, "Status").compare(kCompleted, Qt::CaseInsensitive) == 0)
        return;
    const QDate due = QDate::fromString(text(f, "Due_Date"), Qt::ISODate);
    if (due.isValid() && due > day)
        return;
    AgendaRow row;
    row.kind = AgendaRow::Kind::Task;
    row.title = text(f, "Subject");
    row.due = due;
    row.status = text(f, "Status");
    row.priority = text(f, "Priority");
    row.item = item;
    rows.append(row);
}

bool before(const AgendaRow &a, const AgendaRow &b)
{
    if (a.kind != b.kind)
        return a.kind == AgendaRow::Kind::Event;
    if (a.kind == AgendaRow::Kind::Event) {
        if (a.allDay != b.allDay)
            return a.allDay;
        if (a.start != b.start)
            return a.start < b.start;
    } else {
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        if (a.due != b.due)
            return a.due < b.due;
    }
    return a.title.localeAwareCompare(b.title) < 0;
}

} // namespace

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_day(QDate::currentDate())
    , m_zone(QTimeZone::systemTimeZone())
{
}

QList<AgendaRow> AgendaModel::buildRows(const OfflineItems &items, const QDate &day, const QTimeZone &zone)
{
    QList<AgendaRow> rows;
    for (const OfflineItem &item : items) {
        if (item.module == ModuleInfo::Module::Events)
            addEvents(item, day, zone, rows);
        else if (item.module == ModuleInfo::Module::Tasks)
            addTask(item, day, rows);
    }
    std::stable_sort(rows.begin(), rows.end(), before);
    return rows;
}

void AgendaModel::setItems(const OfflineItems &items)
{
    m_items = items;
    rebuild();
}

void AgendaModel::setDay(const QDate &day)
{
    m_day = day;
    rebuild();
}

void AgendaModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    rebuild();
}

void AgendaModel::rebuild()
{
    beginResetModel();
    m_rows = buildRows(m_items, m_day, m_zone);
    endResetModel();
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgendaModel::shortTimeFormat(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    return format;
}

QString AgendaModel::timeText(const AgendaRow &row) const
{
    const QLocale locale;
    if (row.kind == AgendaRow::Kind::Task) {
        if (!row.due.isValid())
            return tr("No due date");
        if (row.due < m_day)
            return tr("Overdue since %1").arg(locale.toString(row.due, QLocale::ShortFormat));
        return tr("Due today");
    }
    if (row.allDay)
        return tr("All day");
    const QDateTime start = row.start.toTimeZone(m_zone);
    const QDateTime end = row.end.toTimeZone(m_zone);
    // An event that began before this day or ends after it shows its dates too.
    const auto format = [&](const QDateTime &t) {
        return t.date() == m_day ? locale.toString(t.time(), shortTimeFormat(locale))
                                 : locale.toString(t.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                + locale.toString(t.time(), shortTimeFormat(locale));
    };
    if (!end.isValid() || end == start)
        return format(start);
    return tr("%1 – %2", "start – end time").arg(format(start), format(end));
}

QString AgendaModel::detailText(const AgendaRow &row) const
{
    if (row.kind == AgendaRow::Kind::Event)
        return row.location;
    QStringList parts;
    if (!row.status.isEmpty())
        parts << TaskPicklists::label(TaskPicklists::statuses(), row.status);
    if (!row.priority.isEmpty())
        parts << TaskPicklists::label(TaskPicklists::priorities(), row.priority);
    return parts.join(QStringLiteral(" · "));
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return timeText(r);
        case TitleColumn: return r.title;
        case DetailColumn: return detailText(r);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? PlainText::toolTip(r.title) : QVariant();
    case Qt::FontRole:
        if (r.kind == AgendaRow::Kind::Task && r.due.isValid() && r.due < m_day && index.column() == TimeColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case KindRole: return int(r.kind);
    case ProfileRole: return r.item.profile;
    case CrmIdRole: return r.item.crmId;
    case StartRole: return r.start;
    case DueRole: return r.due;
    }
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("When");
    case TitleColumn: return tr("Title");
    case DetailColumn: return tr("Location / status");
    }
    return {};
}

} // namespace crmsync
