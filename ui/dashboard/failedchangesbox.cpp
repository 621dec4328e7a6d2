// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/failedchangesbox.h"

#include "common/plaintext.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>

namespace crmsync {

namespace {

QString describe(const OutboxEntry &entry)
{
    QStringList fields;
    for (auto it = entry.fields.constBegin(); it != entry.fields.constEnd(); ++it)
        fields << QStringLiteral("%1 = %2").arg(it.key(), it.value().toVariant().toString());
    const QString what = entry.op == OutboxEntry::Op::Create
        ? FailedChangesBox::tr("New record", "a change that creates a CRM record")
        : FailedChangesBox::tr("Record %1", "a change of CRM record %1").arg(entry.crmId);
    return QStringLiteral("%1: %2").arg(what, fields.join(QStringLiteral(", ")));
}

} // namespace

FailedChangesBox::FailedChangesBox(QWidget *parent)
    : QGroupBox(tr("Changes the CRM refused", "dashboard details"), parent)
    , m_list(new QTreeWidget(this))
    , m_retry(new QPushButton(tr("Send again", "dashboard: retry a refused change"), this))
{
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Change", "refused changes column"), tr("Reason", "refused changes column")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    m_retry->setEnabled(false);
    m_retry->setToolTip(tr("Queue the change again; the next sync sends it. Fix the value in the CRM or in the editor "
                           "first if it was refused for its content."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    layout->addLayout(buttons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { m_retry->setEnabled(item); });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            emit retryRequested(m_profile, item->data(0, Qt::UserRole).toLongLong());
    });
    hide();
}

void FailedChangesBox::setChanges(const QString &profile, const QList<OutboxEntry> &failed)
{
    m_profile = profile;
    m_list->clear();
    for (const OutboxEntry &entry : failed) {
        auto *item = new QTreeWidgetItem(m_list, {describe(entry), entry.lastError});
        item->setData(0, Qt::UserRole, entry.id);
        item->setToolTip(1, PlainText::toolTip(entry.lastError));
    }
    m_retry->setEnabled(false);
    setVisible(!failed.isEmpty());
}

} // namespace crmsync
