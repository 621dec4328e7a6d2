// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vcardversion.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace crmsync {

/*!
 * \brief The text-level rules of vCard: escaping, structured values, line folding and
 * quoted-printable. Pure functions so that each rule can be tested on its own.
 */
namespace VCardText {

//! The longest line in octets, not counting the line break (RFC 6350 §3.2, RFC 2425 §5.8.1).
constexpr int FoldLimit = 75;

//! Escapes backslash, comma, semicolon and line breaks (RFC 6350 §3.4, RFC 2426 §4).
QString escape(const QString &text);
//! Reverses escape(). vCard 2.1 only knows "\;" (vCard 2.1 §2.1.3), so other backslashes stay.
//! For 3.0/4.0 "\n" and "\N" become a line break, "\:" (written by Apple) a colon, and an
//! unknown escape is kept as written rather than guessed at.
QString unescape(const QString &raw, VCardVersion version = VCardVersion::V30);
//! Splits an escaped value on \a separator where it is not escaped; the parts stay escaped.
QStringList splitEscaped(const QString &raw, QChar separator);

//! Breaks one logical line (without line break) into physical lines of at most FoldLimit
//! octets, each continuation starting with a space, never inside a UTF-8 sequence
//! (RFC 6350 §3.2). The result ends with \a eol.
QByteArray fold(const QByteArray &line, const QByteArray &eol = QByteArrayLiteral("\r\n"));
//! Removes every line break that is followed by a space or a tab, with that one white space
//! character (RFC 6350 §3.2). CRLF and bare LF are both accepted.
QByteArray unfold(const QByteArray &text);

//! Decodes quoted-printable (RFC 2045 §6.7) including soft line breaks; nullopt when an
//! "=" is followed by something other than two hex digits or a line break.
std::optional<QByteArray> decodeQuotedPrintable(const QByteArray &data);

} // namespace VCardText
} // namespace crmsync
