// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace crmsandbox {

/*!
 * \brief One HTTP answer of the sandbox, built by the API classes and
 * written to the socket by SandboxServer (possibly after an injected delay).
 */
struct ApiReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json;charset=UTF-8";
    QList<QPair<QByteArray, QByteArray>> headers;
    int credits = 1; // API credits this call costs (reference/zoho-crm-api.md §4)

    static ApiReply json(int status, const QJsonObject &object);
    static ApiReply empty(int status);
    //! Zoho's error envelope {"code","details","message","status":"error"} (§1.5, §2.9).
    static ApiReply error(int status, const QString &code, const QString &message,
                          const QJsonObject &details = {});
    //! One per-record item of a bulk answer (§2.3).
    static QJsonObject item(const QString &code, const QString &message,
                            const QJsonObject &details, bool success);
};

} // namespace crmsandbox
