// SPDX-License-Identifier: GPL-3.0-or-later
#include "apireply.h"

#include <QJsonDocument>

namespace crmsandbox {

ApiReply ApiReply::json(int status, const QJsonObject &object)
{
    ApiReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

ApiReply ApiReply::empty(int status)
{
    ApiReply reply;
    reply.status = status;
    reply.contentType.clear();
    return reply;
}

ApiReply ApiReply::error(int status, const QString &code, const QString &message,
                         const QJsonObject &details)
{
    return json(status, item(code, message, details, false));
}

QJsonObject ApiReply::item(const QString &code, const QString &message,
                           const QJsonObject &details, bool success)
{
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("details"), details},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("status"),
                        success ? QStringLiteral("success") : QStringLiteral("error")}};
}

} // namespace crmsandbox
