// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordsreadapi.h"
#include "criteriamatcher.h"
#include "fieldsmetadata.h"
#include "recordstore.h"
#include "requestparams.h"
#include "zohotime.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace crmsandbox {

namespace {
constexpr int MaxFields = 50; // §2.1
constexpr int MaxPerPage = 200; // §2.1
constexpr int DiscreteLimit = 2000; // §2.1 DISCRETE_PAGINATION_LIMIT_EXCEEDED
constexpr int TokenLimit = 100000; // §2.1 PAGINATION_LIMIT_EXCEEDED
constexpr int SearchLimit = 2000; // §2.8 LIMIT_REACHED
constexpr qint64 PageTokenLifetimeSecs = 24 * 3600; // emulator choice (README)

ApiReply invalidParam(const QString &name, const QJsonObject &extra = {})
{
    QJsonObject details{{QStringLiteral("param_name"), name}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        details.insert(it.key(), it.value());
    return ApiReply::error(400, QStringLiteral("INVALID_DATA"), QStringLiteral("invalid data"), details);
}

QString newPageToken()
{
    QString token;
    for (int i = 0; i < 4; ++i)
        token += QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, QLatin1Char('0'));
    return token;
}

QString sortColumn(const QString &sortBy)
{
    if (sortBy == QLatin1String("Created_Time"))
        return QStringLiteral("created");
    if (sortBy == QLatin1String("Modified_Time"))
        return QStringLiteral("modified");
    return QStringLiteral("id");
}

qint64 sortKey(const StoredRecord &record, const QString &column)
{
    if (column == QLatin1String("created"))
        return record.created;
    if (column == QLatin1String("modified"))
        return record.modified;
    return record.id;
}
} // namespace

RecordsReadApi::RecordsReadApi(const SandboxConfig &config, RecordStore &store)
    : m_config(config)
    , m_store(store)
    , m_renderer(config.utcOffsetSecs)
{
}

QStringList RecordsReadApi::requestedFields(const RequestParams &params, std::optional<ApiReply> *error)
{
    QStringList names;
    for (const QString &part : params.value(QStringLiteral("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        names.append(part.trimmed());
    if (names.size() > MaxFields) {
        *error = ApiReply::error(400, QStringLiteral("LIMIT_EXCEEDED"), QStringLiteral("limit exceeded"),
                                 {{QStringLiteral("limit"), MaxFields}, {QStringLiteral("param_name"), QStringLiteral("fields")}});
    }
    return names;
}

bool RecordsReadApi::pageParams(const RequestParams &params, int *page, int *perPage, std::optional<ApiReply> *error)
{
    bool ok = true;
    *page = params.has(QStringLiteral("page")) ? params.value(QStringLiteral("page")).toInt(&ok) : 1;
    if (!ok || *page < 1) {
        *error = invalidParam(QStringLiteral("page"));
        return false;
    }
    *perPage = params.has(QStringLiteral("per_page")) ? params.value(QStringLiteral("per_page")).toInt(&ok) : MaxPerPage;
    if (!ok || *perPage < 1 || *perPage > MaxPerPage) {
        *error = invalidParam(QStringLiteral("per_page"), {{QStringLiteral("maximum_length"), MaxPerPage}});
        return false;
    }
    return true;
}

bool RecordsReadApi::modifiedSince(const RequestParams &params, qint64 *after, std::optional<ApiReply> *error)
{
    *after = -1;
    const QByteArray raw = params.header("If-Modified-Since");
    if (raw.isEmpty())
        return true;
    const auto secs = ZohoTime::parseDateTime(QString::fromLatin1(raw));
    if (!secs) {
        *error = ApiReply::error(400, QStringLiteral("INVALID_DATA"), QStringLiteral("invalid data"),
                                 {{QStringLiteral("header_name"), QStringLiteral("If-Modified-Since")}});
        return false;
    }
    *after = *secs;
    return true;
}

ApiReply RecordsReadApi::list(int version, const QString &module, const QHttpServerRequest &request)
{
    const RequestParams params(request);
    std::optional<ApiReply> error;
    // `fields` is mandatory from v3 on (§2.1).
    if (version >= 3 && !params.has(QStringLiteral("fields")))
        return ApiReply::error(400, QStringLiteral("REQUIRED_PARAM_MISSING"), QStringLiteral("One of the expected parameter is missing"),
                               {{QStringLiteral("param_name"), QStringLiteral("fields")}});
    const QStringList fields = requestedFields(params, &error);
    int page = 1;
    int perPage = MaxPerPage;
    qint64 after = -1;
    if (error || !pageParams(params, &page, &perPage, &error) || !modifiedSince(params, &after, &error))
        return *error;

    QString sortBy = params.has(QStringLiteral("sort_by")) ? params.value(QStringLiteral("sort_by")) : QStringLiteral("id");
    const QStringList sortable = {QStringLiteral("id"), QStringLiteral("Created_Time"), QStringLiteral("Modified_Time")};
    if (!sortable.contains(sortBy))
        return invalidParam(QStringLiteral("sort_by"), {{QStringLiteral("supported_values"), QJsonArray::fromStringList(sortable)}});
    const QString sortOrder = params.has(QStringLiteral("sort_order")) ? params.value(QStringLiteral("sort_order")) : QStringLiteral("desc");
    if (sortOrder != QLatin1String("asc") && sortOrder != QLatin1String("desc"))
        return invalidParam(QStringLiteral("sort_order"));

    ListQuery query;
    query.module = module;
    query.limit = perPage + 1;
    std::optional<PageTokenState> current;
    if (params.has(QStringLiteral("page_token"))) {
        // page_token cannot be combined with page (§2.1).
        if (params.has(QStringLiteral("page")))
            return invalidParam(QStringLiteral("page"));
        current = m_store.pageToken(params.value(QStringLiteral("page_token")));
        if (!current || current->module != module || current->expiry < ZohoTime::nowSecs())
            return invalidParam(QStringLiteral("page_token"));
        if (current->offset + perPage > TokenLimit)
            return ApiReply::error(400, QStringLiteral("PAGINATION_LIMIT_EXCEEDED"), QStringLiteral("pagination limit exceeded"),
                                   {{QStringLiteral("limit"), TokenLimit}});
        sortBy = current->sortBy;
        query.descending = current->descending;
        query.modifiedAfter = current->modifiedAfter;
        query.keyset = true;
        query.lastKey = current->lastKey;
        query.lastId = current->lastId;
        page = int(current->offset / perPage) + 1;
    } else {
        if (qint64(page) * perPage > DiscreteLimit)
            return ApiReply::error(400, QStringLiteral("DISCRETE_PAGINATION_LIMIT_EXCEEDED"),
                                   QStringLiteral("cannot fetch more than 2000 records with page; use page_token"),
                                   {{QStringLiteral("limit"), DiscreteLimit}});
        query.descending = sortOrder == QLatin1String("desc");
        query.modifiedAfter = after;
        query.offset = qint64(page - 1) * perPage;
    }
    query.sortColumn = sortColumn(sortBy);

    // 204 when the module has no records at all, 304 when If-Modified-Since filters all out (§2.1).
    if (m_store.count(module) == 0)
        return ApiReply::empty(204);
    if (query.modifiedAfter >= 0 && m_store.count(module, query.modifiedAfter) == 0)
        return ApiReply::empty(304);
    QList<StoredRecord> records = m_store.list(query);
    if (records.isEmpty())
        return ApiReply::empty(204);
    const bool more = records.size() > perPage;
    if (more)
        records.removeLast();

    QJsonArray data;
    for (const StoredRecord &record : records)
        data.append(m_renderer.render(record, fields));

    QJsonObject info{{QStringLiteral("per_page"), perPage},
                     {QStringLiteral("count"), records.size()},
                     {QStringLiteral("page"), page},
                     {QStringLiteral("more_records"), more}};
    if (version >= 3) {
        QJsonValue nextToken;
        QJsonValue expiry;
        if (more) {
            PageTokenState next;
            next.token = newPageToken();
            next.module = module;
            next.sortBy = sortBy;
            next.descending = query.descending;
            next.modifiedAfter = query.modifiedAfter;
            next.offset = (current ? current->offset : query.offset) + records.size();
            next.lastKey = sortKey(records.last(), query.sortColumn);
            next.lastId = records.last().id;
            next.previousToken = current ? current->token : QString();
            next.expiry = ZohoTime::nowSecs() + PageTokenLifetimeSecs;
            m_store.savePageToken(next);
            nextToken = next.token;
            expiry = m_renderer.time(next.expiry);
        }
        info.insert(QStringLiteral("sort_by"), sortBy);
        info.insert(QStringLiteral("sort_order"), query.descending ? QStringLiteral("desc") : QStringLiteral("asc"));
        info.insert(QStringLiteral("next_page_token"), nextToken);
        info.insert(QStringLiteral("previous_page_token"),
                    current && !current->previousToken.isEmpty() ? QJsonValue(current->previousToken) : QJsonValue());
        info.insert(QStringLiteral("page_token_expiry"), expiry);
        info.insert(QStringLiteral("call"), false);
        info.insert(QStringLiteral("email"), false);
    }
    return ApiReply::json(200, {{QStringLiteral("data"), data}, {QStringLiteral("info"), info}});
}

ApiReply RecordsReadApi::get(const QString &module, const QString &id, const QHttpServerRequest &request)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,19}$"));
    if (!digits.match(id).hasMatch())
        return ApiReply::error(400, QStringLiteral("INVALID_DATA"), QStringLiteral("invalid record id"),
                               {{QStringLiteral("api_name"), QStringLiteral("id")}});
    const RequestParams params(request);
    std::optional<ApiReply> error;
    const QStringList fields = requestedFields(params, &error);
    if (error)
        return *error;
    const auto record = m_store.record(module, id.toLongLong());
    // Answer for a missing id is unconfirmed (§2.2); the sandbox says 204 like an empty list.
    if (!record)
        return ApiReply::empty(204);
    return ApiReply::json(200, {{QStringLiteral("data"), QJsonArray{m_renderer.render(*record, fields)}}});
}

ApiReply RecordsReadApi::deleted(const QString &module, const QHttpServerRequest &request)
{
    const RequestParams params(request);
    std::optional<ApiReply> error;
    int page = 1;
    int perPage = MaxPerPage;
    qint64 after = -1;
    if (!pageParams(params, &page, &perPage, &error) || !modifiedSince(params, &after, &error))
        return *error;
    const QString type = params.has(QStringLiteral("type")) ? params.value(QStringLiteral("type")) : QStringLiteral("all");
    if (type != QLatin1String("all") && type != QLatin1String("recycle") && type != QLatin1String("permanent"))
        return invalidParam(QStringLiteral("type"));
    QList<DeletedEntry> entries = m_store.deleted(module, type, after, qint64(page - 1) * perPage, perPage + 1);
    if (entries.isEmpty())
        return ApiReply::empty(204); // §2.6
    const bool more = entries.size() > perPage;
    if (more)
        entries.removeLast();
    QJsonArray data;
    for (const DeletedEntry &entry : entries) {
        // Permanent entries carry nulls for who/what (§2.6).
        const bool permanent = entry.type == QLatin1String("permanent");
        data.append(QJsonObject{
            {QStringLiteral("id"), QString::number(entry.id)},
            {QStringLiteral("display_name"), permanent ? QJsonValue() : QJsonValue(entry.displayName)},
            {QStringLiteral("type"), entry.type},
            {QStringLiteral("deleted_time"), m_renderer.time(entry.deletedTime)},
            {QStringLiteral("deleted_by"), permanent ? QJsonValue() : QJsonValue(RecordRenderer::user(false))},
            {QStringLiteral("created_by"), permanent ? QJsonValue() : QJsonValue(RecordRenderer::user(false))}});
    }
    ApiReply reply = ApiReply::json(200, {{QStringLiteral("data"), data},
                                          {QStringLiteral("info"), QJsonObject{{QStringLiteral("per_page"), perPage},
                                                                               {QStringLiteral("count"), entries.size()},
                                                                               {QStringLiteral("page"), page},
                                                                               {QStringLiteral("more_records"), more}}}});
    reply.credits = 2; // §4 credit table: deleted-record ids cost 2
    return reply;
}

ApiReply RecordsReadApi::search(const QString &module, const QHttpServerRequest &request)
{
    const RequestParams params(request);
    std::optional<ApiReply> error;
    const QStringList fields = requestedFields(params, &error);
    int page = 1;
    int perPage = MaxPerPage;
    if (error || !pageParams(params, &page, &perPage, &error))
        return *error;
    auto invalidQuery = [](const QString &reason) {
        return ApiReply::error(400, QStringLiteral("INVALID_QUERY"), QStringLiteral("invalid query formed"),
                               {{QStringLiteral("reason"), reason}});
    };
    // Exactly one of criteria, email, phone, word, in that priority (§2.8).
    std::function<bool(const QJsonObject &)> matches;
    std::unique_ptr<CriteriaMatcher> matcher;
    if (params.has(QStringLiteral("criteria"))) {
        matcher = std::make_unique<CriteriaMatcher>(module, params.value(QStringLiteral("criteria")));
        if (!matcher->isValid())
            return invalidQuery(matcher->errorString());
        matches = [&](const QJsonObject &r) { return matcher->matches(r); };
    } else if (params.has(QStringLiteral("email"))) {
        const QString email = params.value(QStringLiteral("email"));
        matches = [&, email](const QJsonObject &r) {
            for (const FieldDef &def : FieldsMetadata::fields(module)) {
                if (def.dataType == QLatin1String("email") && r.value(def.apiName).toString().compare(email, Qt::CaseInsensitive) == 0)
                    return true;
            }
            return false;
        };
    } else if (params.has(QStringLiteral("phone")) || params.has(QStringLiteral("word"))) {
        const bool phone = params.has(QStringLiteral("phone"));
        const QString needle = params.value(phone ? QStringLiteral("phone") : QStringLiteral("word"));
        if (needle.size() < (phone ? 3 : 2))
            return invalidQuery(phone ? QStringLiteral("phone needs at least 3 characters") : QStringLiteral("word needs at least 2 characters"));
        matches = [&, needle, phone](const QJsonObject &r) {
            for (const FieldDef &def : FieldsMetadata::fields(module)) {
                const bool candidate = phone ? def.dataType == QLatin1String("phone")
                                             : (def.dataType == QLatin1String("text") || def.dataType == QLatin1String("email")
                                                || def.dataType == QLatin1String("phone") || def.dataType == QLatin1String("textarea"));
                if (candidate && r.value(def.apiName).toString().contains(needle, Qt::CaseInsensitive))
                    return true;
            }
            return false;
        };
    } else {
        return ApiReply::error(400, QStringLiteral("REQUIRED_PARAM_MISSING"), QStringLiteral("One of the expected parameter is missing"),
                               {{QStringLiteral("param_name"), QStringLiteral("criteria")}});
    }
    if (qint64(page) * perPage > SearchLimit)
        return ApiReply::error(400, QStringLiteral("LIMIT_REACHED"), QStringLiteral("search results limit reached"),
                               {{QStringLiteral("limit"), SearchLimit}});
    QList<StoredRecord> hits;
    for (const StoredRecord &record : m_store.all(module)) {
        if (matches(m_renderer.render(record)))
            hits.append(record);
    }
    const qint64 offset = qint64(page - 1) * perPage;
    if (offset >= hits.size())
        return ApiReply::empty(204); // §2.8: 204 when nothing matches
    QJsonArray data;
    for (qint64 i = offset; i < qMin<qint64>(hits.size(), offset + perPage); ++i)
        data.append(m_renderer.render(hits.at(i), fields));
    const bool more = offset + perPage < qMin<qint64>(hits.size(), SearchLimit);
    return ApiReply::json(200, {{QStringLiteral("data"), data},
                                {QStringLiteral("info"), QJsonObject{{QStringLiteral("per_page"), perPage},
                                                                     {QStringLiteral("count"), data.size()},
                                                                     {QStringLiteral("page"), page},
                                                                     {QStringLiteral("more_records"), more}}}});
}

ApiReply RecordsReadApi::fields(const QHttpServerRequest &request)
{
    const RequestParams params(request);
    if (!params.has(QStringLiteral("module")))
        return ApiReply::error(400, QStringLiteral("REQUIRED_PARAM_MISSING"), QStringLiteral("One of the expected parameter is missing"),
                               {{QStringLiteral("param_name"), QStringLiteral("module")}});
    const QString module = params.value(QStringLiteral("module"));
    if (!FieldsMetadata::isModule(module))
        return ApiReply::error(400, QStringLiteral("INVALID_MODULE"), QStringLiteral("the module name given seems to be invalid"),
                               {{QStringLiteral("param_name"), QStringLiteral("module")}});
    return ApiReply::json(200, {{QStringLiteral("fields"), FieldsMetadata::toJson(module)}});
}

} // namespace crmsandbox
