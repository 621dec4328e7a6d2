// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordvalidator.h"
#include "apireply.h"
#include "fieldsmetadata.h"
#include "zohotime.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace crmsandbox {

namespace {

QString jsonPath(const QString &apiName, int index)
{
    return QStringLiteral("$.data[%1].%2").arg(index).arg(apiName);
}

bool isBlank(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined()
        || (value.isString() && value.toString().trimmed().isEmpty());
}

} // namespace

RecordValidator::RecordValidator(int utcOffsetSecs)
    : m_utcOffsetSecs(utcOffsetSecs)
{
}

QJsonObject RecordValidator::mandatoryError(const QString &apiName, int index)
{
    // Shape per OAS MandatoryNotFoundError, message from the SDK (reference §2.3).
    return ApiReply::item(QStringLiteral("MANDATORY_NOT_FOUND"), QStringLiteral("required field not found"),
                          QJsonObject{{QStringLiteral("api_name"), apiName},
                                      {QStringLiteral("json_path"), jsonPath(apiName, index)}},
                          false);
}

QJsonObject RecordValidator::invalidData(const QString &apiName, int index, const QJsonObject &extra)
{
    QJsonObject details{{QStringLiteral("api_name"), apiName},
                        {QStringLiteral("json_path"), jsonPath(apiName, index)}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        details.insert(it.key(), it.value());
    return ApiReply::item(QStringLiteral("INVALID_DATA"), QStringLiteral("invalid data"), details, false);
}

ValidationResult RecordValidator::validate(const QString &module, const QJsonObject &input, int index,
                                           bool insert) const
{
    ValidationResult result;
    const QStringList mandatory = FieldsMetadata::mandatoryFields(module);
    for (const QString &name : mandatory) {
        // Insert needs every mandatory field; an update may omit them but not blank them.
        if ((insert && isBlank(input.value(name))) || (!insert && input.contains(name) && isBlank(input.value(name)))) {
            result.error = mandatoryError(name, index);
            return result;
        }
    }
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    for (auto it = input.begin(); it != input.end(); ++it) {
        const QString name = it.key();
        const QJsonValue value = it.value();
        if (name == QLatin1String("$se_module")) {
            if (value.isString())
                result.fields.insert(name, value);
            continue;
        }
        const FieldDef *def = FieldsMetadata::field(module, name);
        // Unknown API names and read-only system fields are ignored, not rejected
        // (emulator choice, see README "Deliberately not emulated").
        if (!def || def->readOnly)
            continue;
        if (value.isNull()) {
            result.fields.insert(name, QJsonValue::Null);
            continue;
        }
        const QString type = def->dataType;
        auto typeError = [&](const QString &expected) {
            result.error = invalidData(name, index, {{QStringLiteral("expected_data_type"), expected}});
            return result;
        };
        if (type == QLatin1String("text") || type == QLatin1String("textarea") || type == QLatin1String("picklist")
            || type == QLatin1String("website") || type == QLatin1String("email") || type == QLatin1String("phone")) {
            if (!value.isString())
                return typeError(type);
            const QString text = value.toString();
            if (text.size() > def->length) {
                // Too-long values → INVALID_DATA with maximum_length (reference §2.3).
                result.error = invalidData(name, index, {{QStringLiteral("maximum_length"), def->length}});
                return result;
            }
            if (type == QLatin1String("email") && !text.isEmpty() && !emailRe.match(text).hasMatch())
                return typeError(type);
            result.fields.insert(name, text);
        } else if (type == QLatin1String("date")) {
            if (!value.isString() || !ZohoTime::isValidDate(value.toString()))
                return typeError(type);
            result.fields.insert(name, value);
        } else if (type == QLatin1String("datetime")) {
            const auto secs = value.isString() ? ZohoTime::parseDateTime(value.toString()) : std::nullopt;
            if (!secs)
                return typeError(type);
            // Stored and answered in the org's time zone (reference §3.1).
            result.fields.insert(name, ZohoTime::format(*secs, m_utcOffsetSecs));
        } else if (type == QLatin1String("boolean")) {
            if (!value.isBool())
                return typeError(type);
            result.fields.insert(name, value);
        } else if (type == QLatin1String("integer")) {
            if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())))
                return typeError(type);
            result.fields.insert(name, value);
        } else if (type == QLatin1String("double") || type == QLatin1String("currency")) {
            if (!value.isDouble())
                return typeError(QStringLiteral("double"));
            result.fields.insert(name, value);
        } else if (type == QLatin1String("lookup") || type == QLatin1String("ownerlookup")) {
            // Lookups are {"id","name"} objects (reference §2.1); a bare id string is accepted too.
            if (value.isString())
                result.fields.insert(name, QJsonObject{{QStringLiteral("id"), value}, {QStringLiteral("name"), QJsonValue::Null}});
            else if (value.isObject())
                result.fields.insert(name, value);
            else
                return typeError(QStringLiteral("jsonobject"));
        } else if (type == QLatin1String("multiselectlookup")) {
            if (!value.isArray())
                return typeError(QStringLiteral("jsonarray"));
            result.fields.insert(name, value);
        } else {
            if (!value.isObject())
                return typeError(QStringLiteral("jsonobject"));
            result.fields.insert(name, value);
        }
    }
    result.ok = true;
    return result;
}

} // namespace crmsandbox
