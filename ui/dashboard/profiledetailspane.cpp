// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/profiledetailspane.h"

#include "common/plaintext.h"
#include "dashboard/failedchangesbox.h"

#include <QBoxLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>

namespace crmsync {

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

//! Names a journaled item in the list: its name if the values have one, else its id.
QString entryName(const JournalEntry &e)
{
    const QString name = (e.losing.value(QLatin1String("First_Name")).toString() + QLatin1Char(' ')
                          + e.losing.value(QLatin1String("Last_Name")).toString()).trimmed();
    for (const QString &s : {name, e.losing.value(QLatin1String("Event_Title")).toString(),
                             e.losing.value(QLatin1String("Subject")).toString(), e.crmId, e.remoteId}) {
        if (!s.isEmpty())
            return s;
    }
    return {};
}

} // namespace

ProfileDetailsPane::ProfileDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_errors(new QTreeWidget(this))
    , m_conflicts(new QListWidget(this))
    , m_compare(new QTableWidget(this))
    , m_restore(new QPushButton(tr("Restore this version", "dashboard: bring back the version that lost a conflict"), this))
    , m_restoreStatus(new QLabel(this))
    , m_failed(new FailedChangesBox(this))
{
    m_title->setTextFormat(Qt::PlainText);   // may show server or file text (docs/desktop-app.md)
    m_title->setWordWrap(true);
    m_errors->setColumnCount(2);
    m_errors->setHeaderLabels({tr("Item", "per-item error list column"), tr("Reason", "per-item error list column")});
    m_errors->setRootIsDecorated(false);
    m_errors->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_errors->header()->setStretchLastSection(true);

    m_compare->setColumnCount(3);
    m_compare->setHorizontalHeaderLabels({tr("Field", "conflict comparison column"),
                                          tr("Kept", "conflict comparison column: the winning version"),
                                          tr("Lost", "conflict comparison column: the losing version")});
    m_compare->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compare->verticalHeader()->hide();
    m_compare->horizontalHeader()->setStretchLastSection(true);
    m_compare->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_restore->setEnabled(false);
    m_restoreStatus->setTextFormat(Qt::PlainText);   // may show server or file text (docs/desktop-app.md)
    m_restoreStatus->setWordWrap(true);

    auto *errorsBox = new QGroupBox(tr("Errors of the last run", "dashboard details"), this);
    auto *errorsLayout = new QVBoxLayout(errorsBox);
    errorsLayout->addWidget(m_errors);

    auto *conflictsBox = new QGroupBox(tr("Conflicts and deletions: versions you can restore", "dashboard details"), this);
    auto *conflictsLayout = new QHBoxLayout(conflictsBox);
    auto *split = new QSplitter(Qt::Horizontal, conflictsBox);
    split->addWidget(m_conflicts);
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_compare);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restoreStatus, 1);
    buttons->addWidget(m_restore);
    rightLayout->addLayout(buttons);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    conflictsLayout->addWidget(split);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    auto *boxes = new QSplitter(Qt::Horizontal, this);
    auto *left = new QSplitter(Qt::Vertical, boxes);
    left->addWidget(errorsBox);
    left->addWidget(m_failed);
    boxes->addWidget(left);
    boxes->addWidget(conflictsBox);
    boxes->setStretchFactor(1, 2);
    layout->addWidget(boxes, 1);

    connect(m_conflicts, &QListWidget::currentRowChanged, this, &ProfileDetailsPane::showConflict);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int row = m_conflicts->currentRow();
        if (row < 0 || row >= m_entries.size())
            return;
        m_restore->setEnabled(false);
        m_restoreStatus->setText(tr("Restoring…", "dashboard: a restore is running"));
        emit restoreRequested(m_profile, m_entries.at(row).id);
    });
    setProfile({}, {});
}

void ProfileDetailsPane::setProfile(const QString &profile, const QJsonObject &report)
{
    const bool other = profile != m_profile;
    m_profile = profile;
    if (other) {
        setConflicts(profile, {});
        setFailedChanges(profile, {});
    }
    const QString message = report.value(QLatin1String("message")).toString();
    if (profile.isEmpty())
        m_title->setText(tr("Select a profile to see its errors and conflicts.", "dashboard details"));
    else if (message.isEmpty())
        m_title->setText(tr("Profile %1", "dashboard details title; %1 is the profile name").arg(profile));
    else
        m_title->setText(tr("Profile %1: %2", "dashboard details title; %2 is the last run's message").arg(profile, message));
    m_errors->clear();
    const QJsonArray errors = report.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &e : errors) {
        const QJsonObject o = e.toObject();
        auto *item = new QTreeWidgetItem(m_errors, {o.value(QLatin1String("item")).toString(),
                                                    o.value(QLatin1String("message")).toString()});
        item->setToolTip(1, PlainText::toolTip(item->text(1)));
    }
}

bool ProfileDetailsPane::isShown(const QString &profile) const
{
    return profile == m_profile || profile.isEmpty() || m_profile.isEmpty();
}

void ProfileDetailsPane::setFailedChanges(const QString &profile, const QList<OutboxEntry> &failed)
{
    if (isShown(profile))
        m_failed->setChanges(profile, failed);
}

void ProfileDetailsPane::setConflicts(const QString &profile, const QList<JournalEntry> &conflicts)
{
    if (!isShown(profile))
        return; // an answer for a profile no longer shown
    m_entries = conflicts;
    const int previous = m_conflicts->currentRow();
    m_conflicts->clear();
    for (const JournalEntry &e : conflicts) {
        const QString when = QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
        QString side;
        switch (e.kind) {
        case JournalEntry::Kind::Conflict:
            side = e.losingSide == Side::Crm ? tr("CRM version", "conflict list: the losing version came from the CRM")
                                             : tr("Other side's version", "conflict list: the losing version came from the folder/address book/calendar");
            break;
        case JournalEntry::Kind::DeletedOnCrm:
            side = tr("Deleted on CRM: %1", "conflict list: a sync deleted this CRM record because its partner was deleted")
                       .arg(entryName(e));
            break;
        case JournalEntry::Kind::DeletedOnRemote:
            side = tr("Deleted on other side: %1", "conflict list: a sync deleted this folder/address book/calendar item because its CRM record was deleted")
                       .arg(entryName(e));
            break;
        }
        auto *item = new QListWidgetItem(e.restored ? tr("%1 · %2 (restored)", "conflict list entry").arg(when, side)
                                                    : tr("%1 · %2", "conflict list entry: time · which version lost").arg(when, side),
                                         m_conflicts);
        item->setToolTip(PlainText::toolTip(e.reason));
    }
    if (!conflicts.isEmpty())
        m_conflicts->setCurrentRow(qBound(0, previous, int(conflicts.size()) - 1));
    else
        showConflict(-1);
}

void ProfileDetailsPane::showConflict(int row)
{
    m_restoreStatus->clear();
    if (row < 0 || row >= m_entries.size()) {
        m_compare->clearContents();
        m_compare->setRowCount(0);
        m_restore->setEnabled(false);
        return;
    }
    const JournalEntry &e = m_entries.at(row);
    const bool crmLost = e.losingSide == Side::Crm;
    if (e.isDeletion()) {
        // Nothing was kept: the item is gone from both sides until it is restored.
        m_compare->setHorizontalHeaderLabels(
            {tr("Field", "conflict comparison column"), tr("Kept", "conflict comparison column: the winning version"),
             crmLost ? tr("Deleted (CRM)", "conflict comparison column: the values of a deleted CRM record")
                     : tr("Deleted (other side)", "conflict comparison column: the values of a deleted folder/address book/calendar item")});
    } else {
        m_compare->setHorizontalHeaderLabels(
            {tr("Field", "conflict comparison column"),
             crmLost ? tr("Kept (other side)", "conflict comparison column: the winning version")
                     : tr("Kept (CRM)", "conflict comparison column: the winning version"),
             crmLost ? tr("Lost (CRM)", "conflict comparison column: the losing version")
                     : tr("Lost (other side)", "conflict comparison column: the losing version")});
    }
    QStringList fields = e.winning.keys();
    for (const QString &f : e.losing.keys()) {
        if (!fields.contains(f))
            fields.append(f);
    }
    fields.sort();
    m_compare->setRowCount(int(fields.size()));
    for (int i = 0; i < fields.size(); ++i) {
        const QString kept = valueText(e.winning.value(fields.at(i)));
        const QString lost = valueText(e.losing.value(fields.at(i)));
        auto *name = new QTableWidgetItem(fields.at(i));
        auto *keptItem = new QTableWidgetItem(kept);
        auto *lostItem = new QTableWidgetItem(lost);
        if (kept != lost) {
            // Differences stand out by weight, not colour alone.
            QFont bold = name->font();
            bold.setBold(true);
            for (QTableWidgetItem *item : {name, keptItem, lostItem})
                item->setFont(bold);
        }
        m_compare->setItem(i, 0, name);
        m_compare->setItem(i, 1, keptItem);
        m_compare->setItem(i, 2, lostItem);
    }
    m_compare->resizeColumnsToContents();
    m_restore->setEnabled(!e.restored);
}

void ProfileDetailsPane::restoreFinished(qint64 entryId, const QString &error)
{
    Q_UNUSED(entryId)
    m_restoreStatus->setText(error.isEmpty() ? tr("Restored on both sides.", "dashboard: a losing version was written back")
                                             : tr("Could not restore: %1", "dashboard").arg(error));
    if (!error.isEmpty())
        m_restore->setEnabled(true);
}

} // namespace crmsync
