// SPDX-License-Identifier: GPL-3.0-or-later
#include "parselimits.h"

#include <QLocale>

namespace crmsync {

namespace {
Error dataError(const QString &message)
{
    return Error::make(Error::Category::Data, message);
}
} // namespace

QString ParseLimits::number(qint64 n)
{
    return QLocale().toString(n);
}

Error ParseLimits::itemTooLarge(const QString &what, qsizetype size, qsizetype limit)
{
    return dataError(tr("%1 is larger than %2 bytes (at least %3); the limit for one item is %2 bytes.")
                         .arg(what, number(limit), number(size)));
}

Error ParseLimits::lineTooLong(const QString &where, qsizetype length, qsizetype limit)
{
    return dataError(tr("%1 has a line of %2 bytes; the limit is %3.").arg(where, number(length), number(limit)));
}

Error ParseLimits::unfoldedLineTooLong(const QString &where, qsizetype length)
{
    return dataError(tr("%1 has a property of more than %2 bytes after unfolding (at least %3); the limit is %2.")
                         .arg(where, number(MaxLineBytes), number(length)));
}

Error ParseLimits::tooManyProperties(const QString &what, int limit)
{
    return dataError(tr("%1 has more than %2 properties; the limit for one item is %2.").arg(what, number(limit)));
}

Error ParseLimits::nestedTooDeep(const QString &where, int limit)
{
    return dataError(tr("%1 nests components more than %2 deep; the limit is %2.").arg(where, number(limit)));
}

std::optional<Error> ParseLimits::checkParameters(QByteArrayView header, const QString &where)
{
    bool quoted = false;
    int count = 0;
    qsizetype segmentStart = -1; // the first segment is the property name, not a parameter
    for (qsizetype i = 0; i <= header.size(); ++i) {
        const bool end = i == header.size();
        if (!end && header.at(i) == '"') {
            quoted = !quoted;
            continue;
        }
        if (!end && (quoted || header.at(i) != ';'))
            continue;
        if (segmentStart >= 0 && i - segmentStart > MaxParameterBytes) {
            return dataError(tr("%1 has a parameter of %2 bytes; the limit is %3.")
                                 .arg(where, number(i - segmentStart), number(MaxParameterBytes)));
        }
        if (!end && ++count > MaxParameters) {
            return dataError(tr("%1 has a property with more than %2 parameters; the limit is %2.")
                                 .arg(where, number(MaxParameters)));
        }
        segmentStart = i + 1;
    }
    return std::nullopt;
}

std::optional<Error> ParseLimits::checkJson(QByteArrayView json, const QString &what)
{
    if (json.size() > MaxJsonRecordBytes)
        return itemTooLarge(what, json.size(), MaxJsonRecordBytes);
    // One pass over the bytes: brackets inside strings (with \" escapes) do not nest.
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > MaxJsonDepth) {
                return dataError(tr("%1 nests JSON arrays and objects more than %2 deep; the limit is %2.")
                                     .arg(what, number(MaxJsonDepth)));
            }
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return std::nullopt;
}

} // namespace crmsync
