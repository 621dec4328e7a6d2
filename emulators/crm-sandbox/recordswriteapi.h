// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apireply.h"
#include "recordrenderer.h"
#include "recordvalidator.h"
#include "sandboxconfig.h"

#include <QJsonArray>

#include <optional>

class QHttpServerRequest;

namespace crmsandbox {

class RecordStore;

/*!
 * \brief The write side of the Records API: insert, update, upsert, delete
 * (reference/zoho-crm-api.md §2.3, §2.4, §2.5, §2.7), each with per-record
 * results in input order and 200/201/207/400/412 overall.
 */
class RecordsWriteApi
{
public:
    RecordsWriteApi(const SandboxConfig &config, RecordStore &store);

    ApiReply insert(const QString &module, const QHttpServerRequest &request);
    //! Bulk update when \a pathId is empty, else `PUT /{module}/{id}`.
    ApiReply update(const QString &module, const QString &pathId, const QHttpServerRequest &request);
    ApiReply upsert(const QString &module, const QHttpServerRequest &request);
    //! Bulk `?ids=` when \a pathId is empty, else `DELETE /{module}/{id}`.
    ApiReply remove(const QString &module, const QString &pathId, const QHttpServerRequest &request);

private:
    //! Parses `{"data":[…]}` (≤ 100 items); nullopt with \a error set otherwise.
    std::optional<QJsonArray> dataArray(const QHttpServerRequest &request, QJsonObject *body,
                                        std::optional<ApiReply> *error) const;
    //! Per-item result of a fresh insert (validation, duplicates, write).
    QJsonObject insertOne(const QString &module, const QJsonObject &input, int index, qint64 stamp);
    //! Per-item result of an update of record \a id.
    QJsonObject updateOne(const QString &module, qint64 id, const QJsonObject &input, int index,
                          qint64 stamp, qint64 unmodifiedSince);
    //! DUPLICATE_DATA item if a unique field clashes with another record (§2.3).
    std::optional<QJsonObject> duplicateError(const QString &module, const QJsonObject &fields,
                                              int index, qint64 selfId) const;
    static ApiReply bulkReply(const QJsonArray &items, int allOkStatus, int credits);

    const SandboxConfig &m_config;
    RecordStore &m_store;
    RecordValidator m_validator;
    RecordRenderer m_renderer;
};

} // namespace crmsandbox
