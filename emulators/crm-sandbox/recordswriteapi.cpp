// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordswriteapi.h"
#include "fieldsmetadata.h"
#include "recordstore.h"
#include "requestparams.h"
#include "zohotime.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QRegularExpression>

namespace crmsandbox {

namespace {
constexpr int MaxRecords = 100; // §2.3, §2.4, §2.5, §2.7

bool isRecordId(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,19}$"));
    return digits.match(text).hasMatch();
}

int writeCredits(qsizetype records)
{
    // Insert/Update/Upsert cost 1 credit per 10 records (reference §4).
    return int(qMax<qsizetype>(1, (records + 9) / 10));
}

QString statusOf(const QJsonValue &item)
{
    return item.toObject().value(QStringLiteral("status")).toString();
}
} // namespace

RecordsWriteApi::RecordsWriteApi(const SandboxConfig &config, RecordStore &store)
    : m_config(config)
    , m_store(store)
    , m_validator(config.utcOffsetSecs)
    , m_renderer(config.utcOffsetSecs)
{
}

std::optional<QJsonArray> RecordsWriteApi::dataArray(const QHttpServerRequest &request, QJsonObject *body,
                                                     std::optional<ApiReply> *error) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // Zoho's exact answer to a malformed body is not in the reference; emulator choice (README).
        *error = ApiReply::error(400, QStringLiteral("INVALID_DATA"), QStringLiteral("the request body is not valid JSON"),
                                 {{QStringLiteral("expected_data_type"), QStringLiteral("jsonobject")}});
        return std::nullopt;
    }
    *body = doc.object();
    const QJsonValue data = body->value(QStringLiteral("data"));
    if (!data.isArray() || data.toArray().isEmpty()) {
        *error = ApiReply::error(400, QStringLiteral("REQUIRED_PARAM_MISSING"), QStringLiteral("One of the expected parameter is missing"),
                                 {{QStringLiteral("param_name"), QStringLiteral("data")}});
        return std::nullopt;
    }
    if (data.toArray().size() > MaxRecords) {
        *error = ApiReply::error(400, QStringLiteral("LIMIT_EXCEEDED"), QStringLiteral("limit exceeded"),
                                 {{QStringLiteral("limit"), MaxRecords}, {QStringLiteral("param_name"), QStringLiteral("data")}});
        return std::nullopt;
    }
    return data.toArray();
}

ApiReply RecordsWriteApi::bulkReply(const QJsonArray &items, int allOkStatus, int credits)
{
    int ok = 0;
    bool alreadyModified = false;
    for (const QJsonValue &item : items) {
        if (statusOf(item) == QLatin1String("success"))
            ++ok;
        else if (item.toObject().value(QStringLiteral("code")).toString() == QLatin1String("ALREADY_MODIFIED"))
            alreadyModified = true;
    }
    // all ok → allOkStatus; mixed → 207; none → 400, or 412 when a precondition failed (§2.3, §2.4).
    int status = allOkStatus;
    if (ok == 0)
        status = alreadyModified ? 412 : 400;
    else if (ok < items.size())
        status = 207;
    ApiReply reply = ApiReply::json(status, {{QStringLiteral("data"), items}});
    reply.credits = credits;
    return reply;
}

std::optional<QJsonObject> RecordsWriteApi::duplicateError(const QString &module, const QJsonObject &fields,
                                                           int index, qint64 selfId) const
{
    for (const QString &name : FieldsMetadata::uniqueFields(module)) {
        const QString value = fields.value(name).toString();
        if (value.isEmpty())
            continue;
        const QList<qint64> ids = m_store.findByField(module, name, value, selfId);
        if (ids.isEmpty())
            continue;
        const QString dup = QString::number(ids.first());
        return ApiReply::item(QStringLiteral("DUPLICATE_DATA"), QStringLiteral("duplicate data"),
                              {{QStringLiteral("api_name"), name},
                               {QStringLiteral("json_path"), QStringLiteral("$.data[%1].%2").arg(index).arg(name)},
                               {QStringLiteral("id"), dup},
                               {QStringLiteral("duplicate_record"),
                                QJsonObject{{QStringLiteral("id"), dup},
                                            {QStringLiteral("Owner"), RecordRenderer::user()},
                                            {QStringLiteral("module"), QJsonObject{{QStringLiteral("api_name"), module}}}}},
                               {QStringLiteral("more_records"), ids.size() > 1}},
                              false);
    }
    return std::nullopt;
}

QJsonObject RecordsWriteApi::insertOne(const QString &module, const QJsonObject &input, int index, qint64 stamp)
{
    const ValidationResult checked = m_validator.validate(module, input, index, true);
    if (!checked.ok)
        return checked.error;
    if (const auto dup = duplicateError(module, checked.fields, index, 0))
        return *dup;
    StoredRecord record;
    record.module = module;
    record.id = m_store.nextId();
    record.fields = checked.fields;
    RecordRenderer::applyDerived(module, record.fields);
    record.created = stamp;
    record.modified = stamp;
    m_store.insertRecord(record);
    return ApiReply::item(QStringLiteral("SUCCESS"), QStringLiteral("record added"), m_renderer.writeDetails(record), true);
}

QJsonObject RecordsWriteApi::updateOne(const QString &module, qint64 id, const QJsonObject &input, int index,
                                       qint64 stamp, qint64 unmodifiedSince)
{
    auto record = id > 0 ? m_store.record(module, id) : std::nullopt;
    if (!record) {
        return ApiReply::item(QStringLiteral("INVALID_DATA"), QStringLiteral("the id given seems to be invalid"),
                              {{QStringLiteral("api_name"), QStringLiteral("id")},
                               {QStringLiteral("json_path"), QStringLiteral("$.data[%1].id").arg(index)}},
                              false);
    }
    if (unmodifiedSince >= 0 && record->modified > unmodifiedSince) {
        // Optimistic concurrency (§2.4 If-Unmodified-Since → ALREADY_MODIFIED).
        return ApiReply::item(QStringLiteral("ALREADY_MODIFIED"),
                              QStringLiteral("record updated time has already passed if-unmodified-since time"),
                              {{QStringLiteral("id"), QString::number(record->id)},
                               {QStringLiteral("Modified_Time"), m_renderer.time(record->modified)},
                               {QStringLiteral("Modified_By"), RecordRenderer::user(false)},
                               {QStringLiteral("Created_Time"), m_renderer.time(record->created)},
                               {QStringLiteral("Created_By"), RecordRenderer::user(false)}},
                              false);
    }
    const ValidationResult checked = m_validator.validate(module, input, index, false);
    if (!checked.ok)
        return checked.error;
    if (const auto dup = duplicateError(module, checked.fields, index, record->id))
        return *dup;
    // Partial update: only the fields sent are written (§2.4).
    for (auto it = checked.fields.begin(); it != checked.fields.end(); ++it)
        record->fields.insert(it.key(), it.value());
    RecordRenderer::applyDerived(module, record->fields);
    record->modified = stamp;
    m_store.updateRecord(*record);
    return ApiReply::item(QStringLiteral("SUCCESS"), QStringLiteral("record updated"), m_renderer.writeDetails(*record), true);
}

ApiReply RecordsWriteApi::insert(const QString &module, const QHttpServerRequest &request)
{
    QJsonObject body;
    std::optional<ApiReply> error;
    const auto data = dataArray(request, &body, &error);
    if (!data)
        return *error;
    m_store.begin();
    const qint64 stamp = m_store.nextStamp();
    QJsonArray items;
    for (int i = 0; i < data->size(); ++i) {
        const QJsonValue value = data->at(i);
        items.append(value.isObject() ? insertOne(module, value.toObject(), i, stamp)
                                      : RecordValidator::invalidData(QStringLiteral("data"), i));
    }
    m_store.commit();
    return bulkReply(items, 201, writeCredits(data->size()));
}

ApiReply RecordsWriteApi::update(const QString &module, const QString &pathId, const QHttpServerRequest &request)
{
    if (!pathId.isEmpty() && !isRecordId(pathId))
        return ApiReply::error(400, QStringLiteral("INVALID_DATA"), QStringLiteral("invalid record id"),
                               {{QStringLiteral("api_name"), QStringLiteral("id")}});
    QJsonObject body;
    std::optional<ApiReply> error;
    const auto data = dataArray(request, &body, &error);
    if (!data)
        return *error;
    qint64 unmodifiedSince = -1;
    const QByteArray ius = RequestParams(request).header("If-Unmodified-Since");
    if (!ius.isEmpty()) {
        const auto secs = ZohoTime::parseDateTime(QString::fromLatin1(ius));
        if (!secs)
            return ApiReply::error(400, QStringLiteral("INVALID_DATA"), QStringLiteral("invalid data"),
                                   {{QStringLiteral("header_name"), QStringLiteral("If-Unmodified-Since")}});
        unmodifiedSince = *secs;
    }
    m_store.begin();
    const qint64 stamp = m_store.nextStamp();
    QJsonArray items;
    // PUT /{id} updates that one record with data[0] (§2.4).
    const int count = pathId.isEmpty() ? int(data->size()) : 1;
    for (int i = 0; i < count; ++i) {
        const QJsonObject input = data->at(i).toObject();
        QString id = pathId.isEmpty() ? input.value(QStringLiteral("id")).toString() : pathId;
        if (id.isEmpty()) {
            items.append(RecordValidator::mandatoryError(QStringLiteral("id"), i));
            continue;
        }
        items.append(updateOne(module, isRecordId(id) ? id.toLongLong() : 0, input, i, stamp, unmodifiedSince));
    }
    m_store.commit();
    return bulkReply(items, 200, writeCredits(count));
}

ApiReply RecordsWriteApi::upsert(const QString &module, const QHttpServerRequest &request)
{
    // Upsert is not offered for Tasks/Events (§2.7); the exact error is unconfirmed.
    if (!FieldsMetadata::supportsUpsert(module))
        return ApiReply::error(400, QStringLiteral("INVALID_MODULE"), QStringLiteral("the module name given seems to be invalid"),
                               {{QStringLiteral("resource_path_index"), 0}});
    QJsonObject body;
    std::optional<ApiReply> error;
    const auto data = dataArray(request, &body, &error);
    if (!data)
        return *error;
    QStringList checkFields = FieldsMetadata::uniqueFields(module);
    if (module == QLatin1String("Vendors"))
        checkFields = {QStringLiteral("Vendor_Name")}; // system duplicate field assumed (README)
    if (body.contains(QStringLiteral("duplicate_check_fields"))) {
        checkFields.clear();
        for (const QJsonValue &v : body.value(QStringLiteral("duplicate_check_fields")).toArray()) {
            if (!FieldsMetadata::field(module, v.toString()))
                return ApiReply::error(400, QStringLiteral("INVALID_DATA"), QStringLiteral("invalid data"),
                                       {{QStringLiteral("param_name"), QStringLiteral("duplicate_check_fields")},
                                        {QStringLiteral("api_name"), v.toString()}});
            checkFields.append(v.toString());
        }
    }
    m_store.begin();
    const qint64 stamp = m_store.nextStamp();
    QJsonArray items;
    for (int i = 0; i < data->size(); ++i) {
        const QJsonObject input = data->at(i).toObject();
        QString matchedField;
        qint64 matchedId = 0;
        // duplicate_check_fields order is priority order (§2.7).
        for (const QString &name : checkFields) {
            const QString value = input.value(name).toString();
            const QList<qint64> ids = value.isEmpty() ? QList<qint64>() : m_store.findByField(module, name, value);
            if (!ids.isEmpty()) {
                matchedField = name;
                matchedId = ids.first();
                break;
            }
        }
        QJsonObject item = matchedId ? updateOne(module, matchedId, input, i, stamp, -1)
                                     : insertOne(module, input, i, stamp);
        if (statusOf(item) == QLatin1String("success")) {
            item.insert(QStringLiteral("action"), matchedId ? QStringLiteral("update") : QStringLiteral("insert"));
            item.insert(QStringLiteral("duplicate_field"), matchedId ? QJsonValue(matchedField) : QJsonValue());
        }
        items.append(item);
    }
    m_store.commit();
    return bulkReply(items, 200, writeCredits(data->size()));
}

ApiReply RecordsWriteApi::remove(const QString &module, const QString &pathId, const QHttpServerRequest &request)
{
    QStringList ids;
    if (!pathId.isEmpty()) {
        if (!isRecordId(pathId))
            return ApiReply::error(400, QStringLiteral("INVALID_DATA"), QStringLiteral("invalid record id"),
                                   {{QStringLiteral("api_name"), QStringLiteral("id")}});
        ids.append(pathId);
    } else {
        const RequestParams params(request);
        if (!params.has(QStringLiteral("ids")))
            return ApiReply::error(400, QStringLiteral("REQUIRED_PARAM_MISSING"), QStringLiteral("One of the expected parameter is missing"),
                                   {{QStringLiteral("param_name"), QStringLiteral("ids")}});
        ids = params.value(QStringLiteral("ids")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (ids.size() > MaxRecords)
            return ApiReply::error(400, QStringLiteral("LIMIT_EXCEEDED"), QStringLiteral("limit exceeded"),
                                   {{QStringLiteral("limit"), MaxRecords}, {QStringLiteral("param_name"), QStringLiteral("ids")}});
    }
    m_store.begin();
    const qint64 stamp = m_store.nextStamp();
    QJsonArray items;
    for (QString id : ids) {
        id = id.trimmed();
        const auto record = isRecordId(id) ? m_store.record(module, id.toLongLong()) : std::nullopt;
        if (!record) {
            items.append(ApiReply::item(QStringLiteral("INVALID_DATA"), QStringLiteral("record not deleted"),
                                        {{QStringLiteral("id"), id}}, false));
            continue;
        }
        m_store.removeRecord(module, record->id);
        // Deleted records go to the Recycle Bin first (§2.5, §2.6).
        m_store.addDeleted(DeletedEntry{record->id, module, FieldsMetadata::displayFieldValue(module, record->fields),
                                        QStringLiteral("recycle"), stamp});
        items.append(ApiReply::item(QStringLiteral("SUCCESS"), QStringLiteral("record deleted"),
                                    {{QStringLiteral("id"), id}}, true));
    }
    m_store.commit();
    return bulkReply(items, 200, 1);
}

} // namespace crmsandbox
