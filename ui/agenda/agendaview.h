// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "offline/offlineitem.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace crmsync {

class AgendaModel;
class AppContext;
class ContactFilterProxy;
class ContactListModel;
class EditorDialog;
class OfflineLoadJob;
class ReminderScheduler;
struct EditOutcome;

/*!
 * \brief The agenda tab: today's events and open tasks, and a searchable contact list,
 * all from the offline copy so it works without a connection; editors to schedule a
 * meeting, add a task or a contact, or change one (double-click).
 *
 * The copy is read on a worker (OfflineLoadJob) when the tab is made, when the config
 * changes, after each save and at midnight; the host calls reload() after a sync run.
 * Reminders of today's events come from reminderDue(), also when the CRM is out of reach.
 */
class AgendaView : public QWidget
{
    Q_OBJECT
public:
    AgendaView(AppContext *context, QWidget *parent = nullptr);
    ~AgendaView() override;

    AgendaModel *agendaModel() const { return m_agenda; }
    ContactListModel *contactModel() const { return m_contacts; }
    ContactFilterProxy *contactFilter() const { return m_filter; }
    ReminderScheduler *reminders() const { return m_reminders; }
    QLineEdit *searchEdit() const { return m_search; }
    //! The editor opened last (new or edit), while it is open.
    EditorDialog *openEditor() const;

public slots:
    //! Reads the offline copy again (after a sync run, say).
    void reload();
    void scheduleMeeting();
    void newTask();
    void newContact();

signals:
    //! A reminder of today's event \a title, which starts at \a when.
    void reminderDue(const QString &title, const QDateTime &when);
    //! The offline copy was read and the models show it.
    void loaded();

private:
    void onLoaded(OfflineLoadJob *job);
    void openEditor(EditorDialog *editor);
    void editAgendaRow(const QModelIndex &index);
    void editContact(const QModelIndex &index);
    void onSaved(const EditOutcome &outcome);
    void updateHeading();
    void armMidnight();

    AppContext *m_context;
    AgendaModel *m_agenda;
    ContactListModel *m_contacts;
    ContactFilterProxy *m_filter;
    ReminderScheduler *m_reminders;
    QLabel *m_heading;
    QLabel *m_status;
    QLineEdit *m_search;
    QTableView *m_agendaView;
    QTableView *m_contactView;
    QPointer<OfflineLoadJob> m_job;
    bool m_reloadAgain = false;
    QPointer<EditorDialog> m_editor;
    QTimer m_midnight;
};

} // namespace crmsync
