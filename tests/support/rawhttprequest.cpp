// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawhttprequest.h"

#include <QByteArrayList>

QByteArray RawHttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

RawHttpRequest::Read RawHttpRequest::takeFrom(QByteArray &buffer, RawHttpRequest *out)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return Read::Incomplete;
    const QByteArrayList lines = buffer.left(end).split('\n');
    const QByteArrayList start = lines.first().trimmed().split(' ');
    if (start.size() < 3)
        return Read::Malformed;
    RawHttpRequest request;
    request.method = start.at(0);
    request.target = start.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    const qsizetype length = request.header("Content-Length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return Read::Incomplete; // the body is still coming
    request.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    *out = std::move(request);
    return Read::Complete;
}
