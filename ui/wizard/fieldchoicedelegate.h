// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace crmsync {

/*!
 * \brief Edits a FieldMapModel cell with an editable combo box of the cell's choices
 * (FieldMapModel::ChoicesRole), so a user picks a known field or types one the list lacks
 * (an "X-…" property, a CRM field the metadata could not be read for).
 */
class FieldChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace crmsync
