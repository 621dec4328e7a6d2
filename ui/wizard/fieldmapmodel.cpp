// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/fieldmapmodel.h"

#include <QSet>

namespace crmsync {

FieldMapModel::FieldMapModel(QObject *parent) : QAbstractTableModel(parent) {}

void FieldMapModel::setFieldMap(const FieldMap &map)
{
    beginResetModel();
    m_rows = map.mappings();
    endResetModel();
}

FieldMap FieldMapModel::fieldMap() const
{
    QList<FieldMapping> out;
    for (const FieldMapping &m : m_rows) {
        if (!m.crm.isEmpty() && !m.remote.isEmpty())
            out << m;
    }
    return FieldMap(out);
}

void FieldMapModel::setCrmFields(const QList<FieldInfo> &fields)
{
    m_crmFields = fields;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CrmColumn), index(rowCount() - 1, CrmColumn));
}

void FieldMapModel::setRemoteChoices(const QStringList &paths)
{
    m_remoteChoices = paths;
}

QString FieldMapModel::problem() const
{
    QSet<QString> seen;
    for (const FieldMapping &m : m_rows) {
        if (m.crm.isEmpty() != m.remote.isEmpty())
            return tr("Choose both fields of each pair, or remove the pair.");
        if (m.crm.isEmpty())
            continue;
        if (seen.contains(m.crm))
            return tr("The CRM field %1 is mapped more than once.").arg(crmLabel(m.crm));
        seen.insert(m.crm);
    }
    if (seen.isEmpty())
        return tr("Map at least one field.");
    return {};
}

int FieldMapModel::addPair()
{
    const int row = rowCount();
    insertRows(row, 1);
    return row;
}

int FieldMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FieldMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FieldMapModel::crmLabel(const QString &apiName) const
{
    for (const FieldInfo &f : m_crmFields) {
        if (f.apiName == apiName && !f.label.isEmpty() && f.label != apiName)
            return tr("%1 (%2)").arg(f.label, apiName);
    }
    return apiName;
}

QVariant FieldMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldMapping &m = m_rows.at(index.row());
    const QString value = index.column() == CrmColumn ? m.crm : m.remote;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == CrmColumn ? crmLabel(value) : value;
    case Qt::EditRole:
        return value;
    case ChoicesRole:
    case ChoiceLabelsRole: {
        if (index.column() == RemoteColumn)
            return m_remoteChoices;
        QStringList values;
        QStringList labels;
        for (const FieldInfo &f : m_crmFields) {
            // Read-only fields cannot receive the other side's values.
            if (f.readOnly)
                continue;
            values << f.apiName;
            labels << (f.customField ? tr("%1 — custom field").arg(crmLabel(f.apiName)) : crmLabel(f.apiName));
        }
        return role == ChoicesRole ? values : labels;
    }
    }
    return {};
}

bool FieldMapModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    FieldMapping &m = m_rows[index.row()];
    QString &target = index.column() == CrmColumn ? m.crm : m.remote;
    const QString text = value.toString().trimmed();
    if (target == text)
        return true;
    target = text;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

QVariant FieldMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == CrmColumn ? tr("Zoho CRM field") : tr("Other side's field");
}

Qt::ItemFlags FieldMapModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool FieldMapModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_rows.insert(row, FieldMapping{});
    endInsertRows();
    return true;
}

bool FieldMapModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace crmsync
