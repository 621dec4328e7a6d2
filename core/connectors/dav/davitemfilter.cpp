// SPDX-License-Identifier: GPL-3.0-or-later
#include "davitemfilter.h"

#include "formats/ical/recurrenceexpander.h"

#include <QList>

namespace crmsync::DavItemFilter {

namespace {
//! Whether a property line starts with \a prefix outside VTIMEZONE, whose STANDARD and
//! DAYLIGHT parts carry RRULEs of their own (RFC 5545 §3.6.5). Continuation lines start
//! with a space (§3.1), so they never match.
bool hasLine(const QByteArray &raw, const QByteArray &prefix)
{
    bool inZone = false;
    for (const QByteArray &line : raw.split('\n')) {
        const QByteArray upper = line.trimmed().toUpper();
        if (upper == "BEGIN:VTIMEZONE")
            inZone = true;
        else if (upper == "END:VTIMEZONE")
            inZone = false;
        else if (!inZone && upper.startsWith(prefix) && !line.startsWith(' ') && !line.startsWith('\t'))
            return true;
    }
    return false;
}
} // namespace

QString componentOf(const QByteArray &raw)
{
    // Only VCALENDAR's own children count: VTIMEZONE holds STANDARD/DAYLIGHT parts.
    int depth = 0;
    for (QByteArray line : raw.split('\n')) {
        line = line.trimmed().toUpper();
        if (line.startsWith("END:")) {
            --depth;
            continue;
        }
        if (!line.startsWith("BEGIN:"))
            continue;
        const QByteArray name = line.mid(6);
        if (depth == 1 && name != "VTIMEZONE")
            return QString::fromLatin1(name);
        ++depth;
    }
    return {};
}

bool recurrenceInRange(const QByteArray &raw, const QDateTime &from)
{
    if (!from.isValid() || (!hasLine(raw, "RRULE") && !hasLine(raw, "RDATE")))
        return true;
    if (componentOf(raw) == QLatin1String("VTODO") && !hasLine(raw, "DTSTART"))
        return true;
    return RecurrenceExpander::occursBetween(raw, from, from.addYears(kHorizonYears));
}

} // namespace crmsync::DavItemFilter
