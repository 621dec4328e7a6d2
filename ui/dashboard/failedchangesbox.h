// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "state/outboxentry.h"

#include <QGroupBox>
#include <QList>

class QPushButton;
class QTreeWidget;

namespace crmsync {

/*!
 * \brief The changes made offline (or in the app's editors) that Zoho CRM refused: each
 * with what it changes and why it was refused, and "Send again" (docs/offline.md: a failed
 * entry is kept, shown with its reason, and retryable; never dropped).
 *
 * Hidden while there are none. Only asks (retryRequested); SyncService queues the entry
 * again on the sync thread and runs the profile.
 */
class FailedChangesBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit FailedChangesBox(QWidget *parent = nullptr);

    void setChanges(const QString &profile, const QList<OutboxEntry> &failed);
    QTreeWidget *list() const { return m_list; }
    QPushButton *retryButton() const { return m_retry; }

signals:
    void retryRequested(const QString &profile, qint64 entryId);

private:
    QString m_profile;
    QTreeWidget *m_list;
    QPushButton *m_retry;
};

} // namespace crmsync
