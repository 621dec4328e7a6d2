// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/zoho/fieldinfo.h"
#include "model/fieldmap.h"

#include <QAbstractTableModel>

namespace crmsync {

/*!
 * \brief The field pairs of the wizard's mapping step, one row per pair: the CRM field
 * (shown as "label (API name)" once the field metadata is known) and the other side's
 * field path (docs/field-mapping.md).
 *
 * Rows may be half-filled while the user edits; fieldMap() returns the complete pairs
 * and problem() says what keeps the map from being saved.
 */
class FieldMapModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CrmColumn, RemoteColumn, ColumnCount };
    enum Role {
        //! The values an editor offers for this cell (QStringList of API names / paths).
        ChoicesRole = Qt::UserRole + 1,
        //! The display text of each of ChoicesRole's values, in the same order.
        ChoiceLabelsRole,
    };

    explicit FieldMapModel(QObject *parent = nullptr);

    void setFieldMap(const FieldMap &map);
    FieldMap fieldMap() const;
    //! The CRM module's fields from the metadata API (labels and custom fields).
    void setCrmFields(const QList<FieldInfo> &fields);
    const QList<FieldInfo> &crmFields() const { return m_crmFields; }
    void setRemoteChoices(const QStringList &paths);
    //! A translated reason the map cannot be saved (an empty or doubly mapped field), or empty.
    QString problem() const;
    //! Appends an empty pair and returns its row.
    int addPair();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    //! "Label (API_name)" for a CRM field the metadata knows, else the API name.
    QString crmLabel(const QString &apiName) const;

private:
    QList<FieldMapping> m_rows;
    QList<FieldInfo> m_crmFields;
    QStringList m_remoteChoices;
};

} // namespace crmsync
