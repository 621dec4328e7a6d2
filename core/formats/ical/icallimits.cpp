// SPDX-License-Identifier: GPL-3.0-or-later
#include "icallimits.h"

#include "formats/parselimits.h"
#include "formats/physicallines.h"

#include <QCoreApplication>

namespace crmsync {

namespace {

QString lineName(const QString &what, int number)
{
    return QCoreApplication::translate("ICalCodec", "%1, line %2").arg(what).arg(number);
}

bool startsWithKeyword(const QByteArray &line, QByteArrayView keyword)
{
    return line.size() >= keyword.size() && QByteArrayView(line).first(keyword.size()).compare(keyword, Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<Error> ICalLimits::check(QByteArrayView raw, const QString &what)
{
    if (raw.size() > ParseLimits::MaxItemBytes)
        return ParseLimits::itemTooLarge(what, raw.size(), ParseLimits::MaxItemBytes);
    const PhysicalLines lines(raw);
    int number = 0;
    int contentLines = 0;
    int depth = 0;
    QByteArray unfolded;
    int unfoldedStart = 0;

    // Called for each complete content line (RFC 5545 §3.1).
    auto finish = [&]() -> std::optional<Error> {
        if (unfolded.isEmpty())
            return std::nullopt;
        const QString where = lineName(what, unfoldedStart);
        if (++contentLines > ParseLimits::MaxICalContentLines)
            return ParseLimits::tooManyProperties(what, ParseLimits::MaxICalContentLines);
        qsizetype colon = -1;
        bool quoted = false;
        for (qsizetype i = 0; i < unfolded.size() && colon < 0; ++i) {
            if (unfolded.at(i) == '"')
                quoted = !quoted;
            else if (!quoted && unfolded.at(i) == ':')
                colon = i;
        }
        if (colon >= 0) {
            if (std::optional<Error> e = ParseLimits::checkParameters(QByteArrayView(unfolded).first(colon), where))
                return e;
        }
        if (startsWithKeyword(unfolded, "BEGIN:")) {
            if (++depth > ParseLimits::MaxComponentDepth)
                return ParseLimits::nestedTooDeep(where, ParseLimits::MaxComponentDepth);
        } else if (startsWithKeyword(unfolded, "END:")) {
            --depth;
        }
        unfolded.clear();
        return std::nullopt;
    };

    for (qsizetype pos = 0; !lines.atEnd(pos);) {
        const PhysicalLines::Line l = lines.at(pos);
        pos = l.end;
        ++number;
        if (l.bytes.size() > ParseLimits::MaxICalPhysicalLineBytes)
            return ParseLimits::lineTooLong(lineName(what, number), l.bytes.size(), ParseLimits::MaxICalPhysicalLineBytes);
        const bool continuation = l.content.startsWith(' ') || l.content.startsWith('\t');
        if (!continuation) {
            if (std::optional<Error> e = finish())
                return e;
            unfoldedStart = number;
        }
        const QByteArrayView piece = continuation ? l.content.sliced(1) : l.content;
        if (unfolded.size() + piece.size() > ParseLimits::MaxLineBytes)
            return ParseLimits::unfoldedLineTooLong(lineName(what, unfoldedStart), unfolded.size() + piece.size());
        unfolded.append(piece);
    }
    return finish();
}

} // namespace crmsync
