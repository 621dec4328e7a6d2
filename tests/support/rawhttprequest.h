// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

/*!
 * \brief One HTTP/1.1 request as a loopback test server reads it off the wire: method,
 * request-target, header fields in order and the body (Content-Length framing only, which
 * is all the clients under test send; RFC 9112 §6).
 */
struct RawHttpRequest
{
    enum class Read { Complete, Incomplete, Malformed };

    QByteArray method;
    QByteArray target;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    //! The first field named \a name (case-insensitive, RFC 9110 §5.1), empty when absent.
    QByteArray header(const QByteArray &name) const;

    /*!
     * Takes the first whole request off the front of \a buffer into \a out. Incomplete:
     * more bytes are needed (nothing is taken); Malformed: the request line has fewer than
     * three parts (nothing is taken; the caller drops the connection).
     */
    static Read takeFrom(QByteArray &buffer, RawHttpRequest *out);
};
