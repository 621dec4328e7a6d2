// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestparams.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

namespace crmsandbox {

RequestParams::RequestParams(const QHttpServerRequest &request, bool includeFormBody)
    : m_request(request)
{
    // The first occurrence of a name wins; the query string beats the body.
    for (const auto &item : request.query().queryItems(QUrl::FullyDecoded)) {
        if (!m_values.contains(item.first))
            m_values.insert(item.first, item.second);
    }
    if (includeFormBody && !request.body().isEmpty()) {
        // application/x-www-form-urlencoded encodes spaces as '+'.
        QByteArray body = request.body();
        body.replace('+', "%20");
        const QUrlQuery form(QString::fromUtf8(body));
        for (const auto &item : form.queryItems(QUrl::FullyDecoded)) {
            if (!m_values.contains(item.first))
                m_values.insert(item.first, item.second);
        }
    }
}

bool RequestParams::has(const QString &name) const
{
    return m_values.contains(name);
}

QString RequestParams::value(const QString &name) const
{
    return m_values.value(name);
}

QByteArray RequestParams::header(const QByteArray &name) const
{
    for (const auto &h : m_request.headers()) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace crmsandbox
