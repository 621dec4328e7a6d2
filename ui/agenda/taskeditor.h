// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editordialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace crmsync {

/*!
 * \brief A new or changed CRM task (Tasks module): subject, due date (optional), status,
 * priority and description.
 */
class TaskEditor : public EditorDialog
{
    Q_OBJECT
public:
    explicit TaskEditor(AppContext *context, QWidget *parent = nullptr);

    QString validate() const override;
    QJsonObject fields() const override;

    QLineEdit *subjectEdit() const { return m_subject; }
    QCheckBox *hasDueBox() const { return m_hasDue; }
    QDateEdit *dueEdit() const { return m_due; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *priorityBox() const { return m_priority; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }

protected:
    void load(const QJsonObject &fields) override;

private:
    //! Selects \a value in \a box; a value the list lacks (a custom picklist entry) is added.
    static void select(QComboBox *box, const QString &value);

    QLineEdit *m_subject;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QComboBox *m_status;
    QComboBox *m_priority;
    QPlainTextEdit *m_description;
};

} // namespace crmsync
