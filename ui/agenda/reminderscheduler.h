// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace crmsync {

/*!
 * \brief Fires reminderDue() for the day's event reminders from the offline copy, with a
 * local timer, so the tray can remind the user while the CRM is out of reach.
 *
 * A reminder whose time passed while the app was not looking still fires as long as its
 * event has not started; each one fires once, also across setReminders() calls (the
 * agenda reloads after every sync).
 */
class ReminderScheduler : public QObject
{
    Q_OBJECT
public:
    struct Reminder
    {
        QString title;
        //! When to remind.
        QDateTime at;
        //! When the event starts.
        QDateTime when;
    };

    explicit ReminderScheduler(QObject *parent = nullptr);

    void setReminders(const QList<Reminder> &reminders);
    //! Replaces the clock (tests); the default is QDateTime::currentDateTimeUtc.
    void setClock(std::function<QDateTime()> clock);
    //! The next reminder's time; invalid when none is left.
    QDateTime nextAt() const;

signals:
    void reminderDue(const QString &title, const QDateTime &when);

private:
    void fireDue();
    void schedule();
    static QString key(const Reminder &r);

    QList<Reminder> m_reminders;
    QSet<QString> m_fired;
    QTimer m_timer;
    std::function<QDateTime()> m_clock;
};

} // namespace crmsync
