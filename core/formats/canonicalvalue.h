// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace crmsync {

/*!
 * \brief The one form in which mapped values are compared, merged and stored as the base.
 *
 * Both sides decode to it, so "changed" means changed in meaning, not in spelling:
 * - text: a JSON string, trailing white space kept; empty strings and nulls are dropped;
 * - date: "yyyy-MM-dd";
 * - date-time: the instant in UTC, "yyyy-MM-ddTHH:mm:ss+00:00" (Zoho's own shape,
 *   reference/zoho-crm-api.md §3.1, so it can be sent as it is);
 * - boolean: a JSON bool; lists (Participants): a sorted array of strings.
 */
namespace CanonicalValue {

QString dateTime(const QDateTime &dt);
QString date(const QDate &d);
//! Parses ISO 8601 with "Z" or a numeric offset; an invalid QDateTime when it is neither.
QDateTime parseDateTime(const QString &text);
//! Null, empty string, empty array and a missing key are the same "no value".
bool isEmpty(const QJsonValue &v);
bool equal(const QJsonValue &a, const QJsonValue &b);
//! Drops empty values so that two objects with the same meaning compare equal.
QJsonObject normalized(const QJsonObject &fields);
//! Stable bytes for hashing and storing a base (sorted keys, compact).
QByteArray toBytes(const QJsonObject &fields);

} // namespace CanonicalValue
} // namespace crmsync
