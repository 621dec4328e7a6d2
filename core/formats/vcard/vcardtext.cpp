// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcardtext.h"

namespace crmsync::VCardText {

QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            // CRLF and a lone CR are one line break, written as "\n".
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1String("\\n");
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

QString unescape(const QString &raw, VCardVersion version)
{
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= raw.size()) {
            out += c;
            continue;
        }
        const QChar n = raw.at(i + 1);
        if (version == VCardVersion::V21) {
            if (n == QLatin1Char(';')) {
                out += n;
                ++i;
            } else {
                out += c;
            }
            continue;
        }
        if (n == QLatin1Char('n') || n == QLatin1Char('N')) {
            out += QLatin1Char('\n');
        } else if (n == QLatin1Char('\\') || n == QLatin1Char(',') || n == QLatin1Char(';')
                   || n == QLatin1Char(':')) {
            out += n;
        } else {
            out += c;
            out += n;
        }
        ++i;
    }
    return out;
}

QStringList splitEscaped(const QString &raw, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == QLatin1Char('\\') && i + 1 < raw.size()) {
            current += c;
            current += raw.at(++i);
        } else if (c == separator) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    return parts;
}

QByteArray fold(const QByteArray &line, const QByteArray &eol)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * (eol.size() + 1) + eol.size());
    qsizetype pos = 0;
    int limit = FoldLimit;
    while (line.size() - pos > limit) {
        qsizetype cut = pos + limit;
        // Step back to the start of a UTF-8 sequence: continuation bytes are 10xxxxxx.
        while (cut > pos && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        if (cut == pos)
            cut = pos + limit; // not UTF-8 at all; cutting anywhere is as good as it gets
        out += line.mid(pos, cut - pos);
        out += eol;
        out += ' ';
        pos = cut;
        limit = FoldLimit - 1; // the leading space counts toward the 75 octets
    }
    out += line.mid(pos);
    out += eol;
    return out;
}

QByteArray unfold(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        qsizetype breakLen = 0;
        if (c == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n')
            breakLen = 2;
        else if (c == '\n')
            breakLen = 1;
        if (breakLen > 0 && i + breakLen < text.size()
            && (text.at(i + breakLen) == ' ' || text.at(i + breakLen) == '\t')) {
            i += breakLen; // skip the break and the one white space character
            continue;
        }
        out += c;
    }
    return out;
}

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}
} // namespace

std::optional<QByteArray> decodeQuotedPrintable(const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 1 >= data.size())
            break; // a soft break at the very end of the value
        if (data.at(i + 1) == '\n') {
            i += 1;
            continue;
        }
        if (data.at(i + 1) == '\r' && i + 2 < data.size() && data.at(i + 2) == '\n') {
            i += 2;
            continue;
        }
        if (i + 2 >= data.size())
            return std::nullopt;
        const int hi = hexValue(data.at(i + 1));
        const int lo = hexValue(data.at(i + 2));
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    return out;
}

} // namespace crmsync::VCardText
