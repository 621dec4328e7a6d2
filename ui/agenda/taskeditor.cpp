// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskeditor.h"

#include "taskpicklists.h"

#include "formats/canonicalvalue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace crmsync {

TaskEditor::TaskEditor(AppContext *context, QWidget *parent)
    : EditorDialog(context, {ModuleInfo::Module::Tasks}, parent)
    , m_subject(new QLineEdit(this))
    , m_hasDue(new QCheckBox(tr("Due on"), this))
    , m_due(new QDateEdit(QDate::currentDate(), this))
    , m_status(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
{
    setWindowTitle(tr("New Task"));
    m_hasDue->setChecked(true);
    m_due->setCalendarPopup(true);
    // The item data are Zoho's picklist values; the text is what the user reads.
    for (const auto &[value, label] : TaskPicklists::statuses())
        m_status->addItem(label, value);
    for (const auto &[value, label] : TaskPicklists::priorities())
        m_priority->addItem(label, value);
    m_priority->setCurrentIndex(m_priority->findData(QStringLiteral("Normal")));
    auto *due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due, 1);
    form()->addRow(tr("Subject:"), m_subject);
    form()->addRow(tr("Due date:"), due);
    form()->addRow(tr("Status:"), m_status);
    form()->addRow(tr("Priority:"), m_priority);
    form()->addRow(tr("Description:"), m_description);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
}

QString TaskEditor::validate() const
{
    if (m_subject->text().trimmed().isEmpty())
        return tr("Enter a subject.");
    return {};
}

QJsonObject TaskEditor::fields() const
{
    return {{QStringLiteral("Subject"), m_subject->text().trimmed()},
            {QStringLiteral("Due_Date"), m_hasDue->isChecked() ? CanonicalValue::date(m_due->date()) : QString()},
            {QStringLiteral("Status"), m_status->currentData().toString()},
            {QStringLiteral("Priority"), m_priority->currentData().toString()},
            {QStringLiteral("Description"), m_description->toPlainText()}};
}

void TaskEditor::select(QComboBox *box, const QString &value)
{
    if (value.isEmpty())
        return;
    int index = box->findData(value);
    if (index < 0) {
        box->addItem(value, value);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

void TaskEditor::load(const QJsonObject &f)
{
    setWindowTitle(tr("Edit Task"));
    m_subject->setText(f.value(QLatin1String("Subject")).toString());
    const QDate due = QDate::fromString(f.value(QLatin1String("Due_Date")).toString(), Qt::ISODate);
    m_hasDue->setChecked(due.isValid());
    if (due.isValid())
        m_due->setDate(due);
    select(m_status, f.value(QLatin1String("Status")).toString());
    select(m_priority, f.value(QLatin1String("Priority")).toString());
    m_description->setPlainText(f.value(QLatin1String("Description")).toString());
}

} // namespace crmsync
