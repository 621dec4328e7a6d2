// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apireply.h"
#include "recordrenderer.h"
#include "sandboxconfig.h"

#include <QStringList>

#include <optional>

class QHttpServerRequest;

namespace crmsandbox {

class RecordStore;
class RequestParams;

/*!
 * \brief The read side of the Records API: list, get, deleted, search and
 * field metadata (reference/zoho-crm-api.md §2.1, §2.2, §2.6, §2.8, §3.4).
 */
class RecordsReadApi
{
public:
    RecordsReadApi(const SandboxConfig &config, RecordStore &store);

    ApiReply list(int version, const QString &module, const QHttpServerRequest &request);
    ApiReply get(const QString &module, const QString &id, const QHttpServerRequest &request);
    ApiReply deleted(const QString &module, const QHttpServerRequest &request);
    ApiReply search(const QString &module, const QHttpServerRequest &request);
    ApiReply fields(const QHttpServerRequest &request);

private:
    //! Parses `fields`; sets \a error on LIMIT_EXCEEDED (§2.1: ≤ 50 names).
    static QStringList requestedFields(const RequestParams &params, std::optional<ApiReply> *error);
    //! Parses page/per_page (§2.1: per_page ≤ 200, page ≥ 1).
    static bool pageParams(const RequestParams &params, int *page, int *perPage, std::optional<ApiReply> *error);
    //! Parses If-Modified-Since (ISO 8601 with offset, §2.1); -1 when absent.
    static bool modifiedSince(const RequestParams &params, qint64 *after, std::optional<ApiReply> *error);

    const SandboxConfig &m_config;
    RecordStore &m_store;
    RecordRenderer m_renderer;
};

} // namespace crmsandbox
