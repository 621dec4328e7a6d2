// SPDX-License-Identifier: GPL-3.0-or-later
#include "icaltaskvalues.h"

namespace crmsync::ICalTaskValues {

QString statusToCrm(icalproperty_status status)
{
    switch (status) {
    case ICAL_STATUS_NEEDSACTION: return QStringLiteral("Not Started");
    case ICAL_STATUS_INPROCESS: return QStringLiteral("In Progress");
    case ICAL_STATUS_COMPLETED: return QStringLiteral("Completed");
    case ICAL_STATUS_CANCELLED: return QStringLiteral("Deferred");
    default: return {};
    }
}

icalproperty_status statusFromCrm(const QString &value, bool *exact)
{
    const QString v = value.trimmed().toLower();
    *exact = true;
    if (v == QLatin1String("not started"))
        return ICAL_STATUS_NEEDSACTION;
    if (v == QLatin1String("in progress"))
        return ICAL_STATUS_INPROCESS;
    if (v == QLatin1String("completed"))
        return ICAL_STATUS_COMPLETED;
    if (v == QLatin1String("deferred"))
        return ICAL_STATUS_CANCELLED;
    // "Waiting for input", "Waiting on someone else" and org-specific values: the task is
    // open and someone is on it, which is what IN-PROCESS says (RFC 5545 §3.8.1.11).
    *exact = false;
    return ICAL_STATUS_INPROCESS;
}

QString priorityToCrm(int priority)
{
    // RFC 5545 §3.8.1.9: 1 highest … 9 lowest, 0 undefined; CUA with three levels use 1/5/9.
    if (priority >= 1 && priority <= 2)
        return QStringLiteral("Highest");
    if (priority >= 3 && priority <= 4)
        return QStringLiteral("High");
    if (priority >= 6 && priority <= 7)
        return QStringLiteral("Low");
    if (priority >= 8 && priority <= 9)
        return QStringLiteral("Lowest");
    return QStringLiteral("Normal");
}

int priorityFromCrm(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("highest"))
        return 1;
    if (v == QLatin1String("high"))
        return 3;
    if (v == QLatin1String("normal"))
        return 5;
    if (v == QLatin1String("low"))
        return 7;
    if (v == QLatin1String("lowest"))
        return 9;
    return 0;
}

} // namespace crmsync::ICalTaskValues
