// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QHash>

class QHttpServerRequest;

namespace crmsandbox {

/*!
 * \brief Read-only view of one request's query, form body and headers.
 *
 * Header names compare case-insensitively (RFC 9110 §5.1); form bodies are
 * merged with the query because Zoho's token endpoint takes either (reference §1.1).
 */
class RequestParams
{
public:
    explicit RequestParams(const QHttpServerRequest &request, bool includeFormBody = false);

    bool has(const QString &name) const;
    QString value(const QString &name) const;
    QByteArray header(const QByteArray &name) const;

private:
    const QHttpServerRequest &m_request;
    QHash<QString, QString> m_values;
};

} // namespace crmsandbox
