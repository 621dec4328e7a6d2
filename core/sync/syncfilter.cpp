// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncfilter.h"

#include "formats/canonicalvalue.h"

#include <QCoreApplication>

namespace crmsync::SyncFilter {

QDateTime rangeStart(SyncProfile::EventsRange range, const QDateTime &now)
{
    switch (range) {
    case SyncProfile::EventsRange::All: return {};
    case SyncProfile::EventsRange::Today: return now.toLocalTime().date().startOfDay();
    case SyncProfile::EventsRange::PastMonth: return now.addMonths(-1);
    }
    return {};
}

QString exclusionReason(const SideItem &item, const SyncProfile &profile, const QDateTime &now, bool remoteSide)
{
    if (item.decoded.isPrivate && !profile.includePrivate)
        return QCoreApplication::translate("SyncFilter", "private item (not synced)");

    if (remoteSide && !profile.categories.isEmpty()) {
        bool any = false;
        for (const QString &c : item.decoded.categories)
            any = any || profile.categories.contains(c, Qt::CaseInsensitive);
        if (!any)
            return QCoreApplication::translate("SyncFilter", "not in the selected categories");
    }

    if (profile.module == ModuleInfo::Module::Events) {
        const QDateTime from = rangeStart(profile.eventsRange, now);
        if (from.isValid() && item.decoded.fields.value(QLatin1String("Recurring_Activity")).toString().isEmpty()) {
            const QDateTime start = CanonicalValue::parseDateTime(
                item.decoded.fields.value(QLatin1String("Start_DateTime")).toString());
            if (start.isValid() && start < from)
                return QCoreApplication::translate("SyncFilter", "outside the events range");
        }
    }
    if (profile.module == ModuleInfo::Module::Tasks) {
        // Tasks are dated by their due date; undated and recurring tasks always take part.
        const QDateTime from = rangeStart(profile.eventsRange, now);
        const QDate due = QDate::fromString(item.decoded.fields.value(QLatin1String("Due_Date")).toString(), Qt::ISODate);
        if (from.isValid() && due.isValid() && due < from.date()
            && item.decoded.fields.value(QLatin1String("Recurring_Activity")).toString().isEmpty())
            return QCoreApplication::translate("SyncFilter", "due before the range");
    }
    return {};
}

} // namespace crmsync::SyncFilter
