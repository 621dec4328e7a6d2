// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editordialog.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace crmsync {

/*!
 * \brief "Schedule Meeting": a new or changed CRM event (Events module) with subject,
 * attendees (e-mail addresses → Participants), location, start, end, all-day and a
 * reminder before the start (→ Remind_At).
 */
class EventEditor : public EditorDialog
{
    Q_OBJECT
public:
    explicit EventEditor(AppContext *context, QWidget *parent = nullptr);

    QString validate() const override;
    QJsonObject fields() const override;

    // The widgets, for the agenda's tests and for prefilling.
    QLineEdit *subjectEdit() const { return m_subject; }
    QLineEdit *attendeesEdit() const { return m_attendees; }
    QLineEdit *locationEdit() const { return m_location; }
    QDateTimeEdit *startEdit() const { return m_start; }
    QDateTimeEdit *endEdit() const { return m_end; }
    QCheckBox *allDayBox() const { return m_allDay; }
    QComboBox *reminderBox() const { return m_reminder; }
    //! Selects the reminder \a minutes before the start; negative: none.
    void setReminderMinutes(int minutes);
    //! "a@x.org, b@y.com" → sorted, lower-case addresses; \a invalid gets the rest.
    static QStringList parseAttendees(const QString &text, QStringList *invalid = nullptr);

protected:
    void load(const QJsonObject &fields) override;
    QJsonObject completeChanges(const QJsonObject &changes) const override;

private:
    void updateAllDay();

    QLineEdit *m_subject;
    QLineEdit *m_attendees;
    QLineEdit *m_location;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QCheckBox *m_allDay;
    QComboBox *m_reminder;
};

} // namespace crmsync
