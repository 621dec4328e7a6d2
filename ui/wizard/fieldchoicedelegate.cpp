// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/fieldchoicedelegate.h"

#include "wizard/fieldmapmodel.h"

#include <QComboBox>

namespace crmsync {

QWidget *FieldChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    const QStringList values = index.data(FieldMapModel::ChoicesRole).toStringList();
    const QStringList labels = index.data(FieldMapModel::ChoiceLabelsRole).toStringList();
    for (qsizetype i = 0; i < values.size(); ++i)
        combo->addItem(labels.value(i, values.at(i)), values.at(i));
    return combo;
}

void FieldChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QString value = index.data(Qt::EditRole).toString();
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
    else
        combo->setEditText(value);
}

void FieldChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    // A picked entry shows its label; store its API name. Typed text is taken as it is.
    const int i = combo->findText(combo->currentText());
    model->setData(index, i >= 0 ? combo->itemData(i).toString() : combo->currentText(), Qt::EditRole);
}

} // namespace crmsync
