// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrytiming.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QString>
#include <QTimeZone>

namespace crmsync {

qint64 RetryTiming::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds * 1000;
    const QDateTime when = parseHttpDate(v);
    if (!when.isValid())
        return -1;
    return qMax<qint64>(0, now.msecsTo(when));
}

QDateTime RetryTiming::parseHttpDate(const QByteArray &value)
{
    // English day and month names whatever the user's locale: QLocale::c().
    QString text = QString::fromLatin1(value.trimmed());
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text.chop(4);
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    when.setTimeZone(QTimeZone::utc());
    return when;
}

int RetryTiming::backoffDelay(const RetryPolicy &policy, int attempt)
{
    const int exponent = qBound(0, attempt - 1, 20);
    const qint64 raw = qint64(policy.baseDelayMs) << exponent;
    const int capped = int(qMin<qint64>(raw, policy.maxDelayMs));
    // Up to 50 % jitter on top (never below the nominal delay, so 429 backoff stays honest).
    const int jitter = capped > 1 ? int(QRandomGenerator::global()->bounded(capped / 2 + 1)) : 0;
    return capped + jitter;
}

} // namespace crmsync
