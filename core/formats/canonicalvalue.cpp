// SPDX-License-Identifier: GPL-3.0-or-later
#include "canonicalvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

namespace crmsync::CanonicalValue {

QString dateTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00");
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDateTime parseDateTime(const QString &text)
{
    const QString t = text.trimmed();
    // A time without Z or offset would be "floating" and is not an instant (RFC 5545 §3.3.5):
    // refuse it here rather than guess a zone.
    const bool hasZone = t.endsWith(QLatin1Char('Z'))
        || (t.size() > 19 && (t.at(t.size() - 6) == QLatin1Char('+') || t.at(t.size() - 6) == QLatin1Char('-')));
    if (!hasZone)
        return {};
    QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    return dt;
}

bool isEmpty(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty())
        || (v.isArray() && v.toArray().isEmpty());
}

bool equal(const QJsonValue &a, const QJsonValue &b)
{
    if (isEmpty(a) || isEmpty(b))
        return isEmpty(a) && isEmpty(b);
    return a == b;
}

QJsonObject normalized(const QJsonObject &fields)
{
    // Decoded items are mostly normalized already: share them instead of copying, which
    // was a sixth of a first sync's memory at 100,000 records (bench/RESULTS.md).
    if (std::none_of(fields.begin(), fields.end(), [](const QJsonValue &v) { return isEmpty(v); }))
        return fields;
    QJsonObject out;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!isEmpty(it.value()))
            out.insert(it.key(), it.value());
    }
    return out;
}

QByteArray toBytes(const QJsonObject &fields)
{
    // QJsonObject keeps keys sorted, so Compact output is already canonical.
    return QJsonDocument(normalized(fields)).toJson(QJsonDocument::Compact);
}

} // namespace crmsync::CanonicalValue
