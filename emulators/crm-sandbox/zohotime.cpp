// SPDX-License-Identifier: GPL-3.0-or-later
#include "zohotime.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace crmsandbox {

std::optional<qint64> ZohoTime::parseDateTime(const QString &text)
{
    // Zoho requires the offset (reference/zoho-crm-api.md §2.1 "ISO 8601 with offset");
    // an offset-less or RFC 1123 value is rejected rather than guessed.
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}:\\d{2})(Z|[+-]\\d{2}:\\d{2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    const QTime time = QTime::fromString(m.captured(2), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offset = 0;
    const QString zone = m.captured(3);
    if (zone != QLatin1String("Z")) {
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.mid(4, 2).toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        offset = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    const QDateTime dt(date, time, QTimeZone(offset));
    return dt.toSecsSinceEpoch();
}

bool ZohoTime::isValidDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return re.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

QString ZohoTime::format(qint64 epochSecs, int utcOffsetSecs)
{
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(epochSecs,
                                                       QTimeZone(utcOffsetSecs));
    const int abs = qAbs(utcOffsetSecs);
    return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + (utcOffsetSecs < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        + QStringLiteral("%1:%2").arg(abs / 3600, 2, 10, QLatin1Char('0')).arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
}

qint64 ZohoTime::nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

qint64 ZohoTime::nowMsecs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace crmsandbox
