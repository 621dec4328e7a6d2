// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawhttprequest.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QPair>

class QNetworkReply;
class QUrl;

/*!
 * How the loopback test servers (AuthRecorder, DigestProxy, HostileDavProxy) pass a
 * request on to the real DAV server behind them and its answer back. The framing header
 * fields (Content-Length, Transfer-Encoding, Connection: RFC 9112 §6, RFC 9110 §7.6.1)
 * are each hop's own; Content-Encoding is dropped from answers because
 * QNetworkAccessManager has already decoded the body.
 */
namespace HttpForwarding {

//! \a request for \a upstream's origin: the same request-target and header fields but the
//! framing ones and Host; redirects are left to the client. Authorization travels unless
//! the caller replaces it.
QNetworkRequest upstreamRequest(const RawHttpRequest &request, const QUrl &upstream);
//! Basic credentials for \a user with a dummy password: Radicale's "none" auth takes any
//! password but needs a user name for its owner_only rights.
QByteArray basicAuthorization(const QString &user);
//! \a reply's status, 502 (Bad Gateway) when upstream gave none.
int statusOf(const QNetworkReply &reply);
//! \a reply's header fields that are passed back as they are.
QList<QPair<QByteArray, QByteArray>> endToEndHeaders(const QNetworkReply &reply);

} // namespace HttpForwarding
