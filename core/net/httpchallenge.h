// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

namespace crmsync {

/*!
 * \brief One challenge of a WWW-Authenticate header: the scheme and its parameters
 * (RFC 9110 §11.6.1).
 *
 * QNetworkReply joins repeated WWW-Authenticate headers with ", ", so parse() reads a
 * comma-separated list of challenges, telling a new scheme from a parameter by the '='
 * that follows every parameter name. Scheme and parameter names are lower-cased (they
 * are case-insensitive); values keep their case with quotes and escapes removed.
 */
struct HttpChallenge
{
    QByteArray scheme;
    QHash<QByteArray, QByteArray> params;

    QByteArray param(const QByteArray &name) const { return params.value(name); }
    static QList<HttpChallenge> parse(const QByteArray &header);
};

} // namespace crmsync
