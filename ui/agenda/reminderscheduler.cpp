// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderscheduler.h"

#include <algorithm>

namespace crmsync {

ReminderScheduler::ReminderScheduler(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::fireDue);
}

QString ReminderScheduler::key(const Reminder &r)
{
    return r.title + QLatin1Char('\n') + r.when.toUTC().toString(Qt::ISODate);
}

void ReminderScheduler::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    fireDue();
}

void ReminderScheduler::setReminders(const QList<Reminder> &reminders)
{
    m_reminders.clear();
    for (const Reminder &r : reminders) {
        if (r.at.isValid() && r.when.isValid() && !m_fired.contains(key(r)))
            m_reminders.append(r);
    }
    std::stable_sort(m_reminders.begin(), m_reminders.end(),
                     [](const Reminder &a, const Reminder &b) { return a.at < b.at; });
    fireDue();
}

QDateTime ReminderScheduler::nextAt() const
{
    return m_reminders.isEmpty() ? QDateTime() : m_reminders.first().at;
}

void ReminderScheduler::fireDue()
{
    const QDateTime now = m_clock();
    while (!m_reminders.isEmpty() && m_reminders.first().at <= now) {
        const Reminder r = m_reminders.takeFirst();
        m_fired.insert(key(r));
        // Too late once the event has begun: the user is in it or missed it.
        if (r.when > now)
            emit reminderDue(r.title, r.when);
    }
    schedule();
}

void ReminderScheduler::schedule()
{
    if (m_reminders.isEmpty()) {
        m_timer.stop();
        return;
    }
    // Cap the wait so that a changed system clock (suspend, time zone) is noticed.
    const qint64 ms = std::clamp<qint64>(m_clock().msecsTo(m_reminders.first().at), 0, 60 * 1000);
    m_timer.start(int(ms));
}

} // namespace crmsync
