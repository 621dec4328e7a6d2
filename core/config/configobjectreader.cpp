// SPDX-License-Identifier: GPL-3.0-or-later
#include "configobjectreader.h"

#include <QCoreApplication>

#include <cmath>

namespace crmsync {

ConfigObjectReader::ConfigObjectReader(QJsonObject object, QString keyPath, ConfigIssues &issues)
    : m_object(std::move(object)), m_keyPath(std::move(keyPath)), m_issues(issues)
{
}

QString ConfigObjectReader::pathOf(const QString &key) const
{
    return m_keyPath.isEmpty() ? key : m_keyPath + QLatin1Char('.') + key;
}

void ConfigObjectReader::report(const QString &key, const QString &message) const
{
    m_issues.add(pathOf(key), message);
}

QString ConfigObjectReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return tr("null");
    case QJsonValue::Bool: return tr("true/false");
    case QJsonValue::Double: return tr("a number");
    case QJsonValue::String: return tr("a string");
    case QJsonValue::Array: return tr("an array");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Undefined: break;
    }
    return tr("nothing");
}

void ConfigObjectReader::reportType(const QString &key, const QString &expected, const QJsonValue &found) const
{
    //: %1 e.g. "a string", %2 e.g. "a number"
    report(key, tr("expected %1, found %2").arg(expected, typeName(found)));
}

std::optional<QJsonValue> ConfigObjectReader::take(const QString &key, Need need)
{
    m_seen.insert(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (need == Need::Required)
            report(key, tr("missing required key"));
        return std::nullopt;
    }
    return it.value();
}

QString ConfigObjectReader::string(const QString &key, Need need, const QString &fallback)
{
    const auto value = take(key, need);
    if (!value)
        return fallback;
    if (!value->isString()) {
        reportType(key, tr("a string"), *value);
        return fallback;
    }
    if (value->toString().trimmed().isEmpty()) {
        report(key, tr("must not be empty"));
        return fallback;
    }
    return value->toString();
}

bool ConfigObjectReader::boolean(const QString &key, bool fallback)
{
    const auto value = take(key, Need::Optional);
    if (!value)
        return fallback;
    if (!value->isBool()) {
        reportType(key, tr("true or false"), *value);
        return fallback;
    }
    return value->toBool();
}

int ConfigObjectReader::integer(const QString &key, int fallback, int min, int max)
{
    const auto value = take(key, Need::Optional);
    if (!value)
        return fallback;
    if (!value->isDouble()) {
        reportType(key, tr("a whole number"), *value);
        return fallback;
    }
    const double d = value->toDouble();
    if (d != std::floor(d)) {
        report(key, tr("%1 is not a whole number").arg(d));
        return fallback;
    }
    if (d < min || d > max) {
        report(key, tr("%1 is not between %2 and %3").arg(d).arg(min).arg(max));
        return fallback;
    }
    return int(d);
}

QStringList ConfigObjectReader::stringList(const QString &key, Need need, bool nonEmpty)
{
    const auto value = take(key, need);
    if (!value)
        return {};
    if (!value->isArray()) {
        reportType(key, tr("an array of strings"), *value);
        return {};
    }
    const QJsonArray array = value->toArray();
    if (nonEmpty && array.isEmpty()) {
        report(key, tr("must not be empty"));
        return {};
    }
    QStringList out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!array.at(i).isString())
            reportType(itemPath, tr("a string"), array.at(i));
        else if (array.at(i).toString().isEmpty())
            report(itemPath, tr("must not be empty"));
        else
            out << array.at(i).toString();
    }
    return out;
}

std::optional<QJsonObject> ConfigObjectReader::object(const QString &key, Need need)
{
    const auto value = take(key, need);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        reportType(key, tr("an object"), *value);
        return std::nullopt;
    }
    return value->toObject();
}

std::optional<QJsonArray> ConfigObjectReader::array(const QString &key, Need need)
{
    const auto value = take(key, need);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        reportType(key, tr("an array"), *value);
        return std::nullopt;
    }
    return value->toArray();
}

int ConfigObjectReader::choice(const QString &key, const QStringList &names, int fallback)
{
    const auto value = take(key, Need::Optional);
    if (!value)
        return fallback;
    if (!value->isString()) {
        reportType(key, tr("a string"), *value);
        return fallback;
    }
    const int index = int(names.indexOf(value->toString()));
    if (index < 0) {
        //: %1 the value found, %2 the allowed values
        report(key, tr("\"%1\" is not one of %2").arg(value->toString(), names.join(QStringLiteral(", "))));
        return fallback;
    }
    return index;
}

void ConfigObjectReader::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_seen.contains(it.key()))
            report(it.key(), tr("unknown key"));
    }
}

} // namespace crmsync
