// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "offline/offlineitem.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace crmsync {

/*!
 * \brief One line of the day's agenda: an occurrence of an event or an open task, with
 * the record of the offline copy it comes from.
 */
struct AgendaRow
{
    enum class Kind { Event, Task };
    Kind kind = Kind::Event;
    QString title;
    // Events.
    QDateTime start;
    QDateTime end;
    bool allDay = false;
    QString location;
    //! When to remind of this occurrence; invalid when the event has no reminder.
    QDateTime remindAt;
    // Tasks.
    QDate due;
    QString status;
    QString priority;

    OfflineItem item;
};

} // namespace crmsync
