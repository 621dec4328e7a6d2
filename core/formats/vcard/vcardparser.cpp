// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcardparser.h"

#include "vcardtext.h"

#include "formats/parselimits.h"
#include "formats/physicallines.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <optional>

namespace crmsync {

namespace {

bool isNameChar(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_');
}

bool isValidName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        if (!isNameChar(c))
            return false;
    }
    return true;
}

//! Position of the first \a sep outside double quotes, or -1.
qsizetype indexOutsideQuotes(const QByteArray &s, char sep, qsizetype from = 0)
{
    bool quoted = false;
    for (qsizetype i = from; i < s.size(); ++i) {
        if (s.at(i) == '"')
            quoted = !quoted;
        else if (!quoted && s.at(i) == sep)
            return i;
    }
    return -1;
}

QStringList splitOutsideQuotes(const QString &s, QChar sep)
{
    QStringList out;
    QString cur;
    bool quoted = false;
    for (QChar c : s) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == sep && !quoted) {
            out << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    out << cur;
    return out;
}

QString unquote(QString v)
{
    if (v.size() >= 2 && v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))
        v = v.mid(1, v.size() - 2);
    return v;
}

//! RFC 6868 §3: ^n, ^^ and ^' in vCard 4.0 parameter values.
QString decodeCaret(const QString &v)
{
    QString out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) == QLatin1Char('^') && i + 1 < v.size()) {
            const QChar n = v.at(i + 1);
            if (n == QLatin1Char('n')) { out += QLatin1Char('\n'); ++i; continue; }
            if (n == QLatin1Char('^')) { out += QLatin1Char('^'); ++i; continue; }
            if (n == QLatin1Char('\'')) { out += QLatin1Char('"'); ++i; continue; }
        }
        out += v.at(i);
    }
    return out;
}

QList<VCardParameter> parseParams(const QStringList &parts, VCardVersion version)
{
    QList<VCardParameter> params;
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        VCardParameter p;
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0) {
            // vCard 2.1 §2.1.2: a parameter may be just its value ("TEL;WORK;VOICE:").
            const QString word = part.trimmed().toUpper();
            static const QStringList encodings = {QStringLiteral("QUOTED-PRINTABLE"), QStringLiteral("BASE64"),
                                                  QStringLiteral("8BIT"), QStringLiteral("7BIT"), QStringLiteral("B")};
            p.name = encodings.contains(word) ? QStringLiteral("ENCODING") : QStringLiteral("TYPE");
            p.values = {part.trimmed()};
            p.bare = true;
        } else {
            p.name = part.left(eq).trimmed();
            for (const QString &v : splitOutsideQuotes(part.mid(eq + 1), QLatin1Char(','))) {
                const QString value = unquote(v);
                p.values << (version == VCardVersion::V40 ? decodeCaret(value) : value);
            }
        }
        params << p;
    }
    return params;
}

QString paramValue(const QList<VCardParameter> &params, QStringView name)
{
    for (const VCardParameter &p : params) {
        if (p.is(name) && !p.values.isEmpty())
            return p.values.constFirst();
    }
    return {};
}

bool isBase64Line(QByteArrayView s)
{
    if (s.isEmpty() || s.contains(':'))
        return false;
    for (char c : s) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '+' || c == '/' || c == '=' || c == ' ' || c == '\t';
        if (!ok)
            return false;
    }
    return true;
}

Error dataError(const QString &message, const QString &detail = {})
{
    return Error::make(Error::Category::Data, message, detail);
}

} // namespace

Result<QList<VCard>> VCardParser::parse(const QByteArray &data, const QString &sourceName)
{
    const PhysicalLines lines(data);
    QList<VCard> cards;
    std::optional<VCard> card;
    VCardVersion version = VCardVersion::V30;
    QByteArray pending; // blank lines not yet attached to anything
    // Where the card being read (with the blank lines before it) starts, and its first line:
    // its size is limited as it is read (docs/vcard.md "Limits").
    qsizetype itemStart = 0;
    int itemLine = 1;

    auto finishCard = [&](const QByteArray &endBytes) {
        for (VCardProperty &p : card->properties())
            p.setSyntax(version);
        card->setEndBytes(endBytes);
        cards << *card;
        card.reset();
    };
    auto lineEndingOf = [](const QByteArray &bytes) {
        return bytes.endsWith("\r\n") || !bytes.endsWith('\n') ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    };
    auto cardName = [&] {
        return QCoreApplication::translate("VCardParser", "%1, the vCard starting on line %2").arg(sourceName).arg(itemLine);
    };

    int number = 1; // of the line at pos
    for (qsizetype pos = 0; !lines.atEnd(pos);) {
        const PhysicalLines::Line first = lines.at(pos);
        const int firstNumber = number;
        const QString where = QCoreApplication::translate("VCardParser", "%1, line %2").arg(sourceName).arg(firstNumber);
        if (first.bytes.size() > ParseLimits::MaxLineBytes)
            return ParseLimits::lineTooLong(where, first.bytes.size());
        if (!card && pending.isEmpty()) {
            itemStart = pos;
            itemLine = firstNumber;
        }
        if (first.end - itemStart > ParseLimits::MaxItemBytes)
            return ParseLimits::itemTooLarge(cardName(), first.end - itemStart, ParseLimits::MaxItemBytes);
        const qsizetype lineStart = pos;
        pos = first.end;
        ++number;
        if (first.content.trimmed().isEmpty()) {
            pending.append(first.bytes);
            continue;
        }
        QByteArray content = first.content.toByteArray();
        QByteArray bytes = first.bytes.toByteArray();
        const qsizetype colonInFirst = indexOutsideQuotes(content, ':');
        if (content.startsWith(' ') || content.startsWith('\t') || colonInFirst < 0) {
            return dataError(QCoreApplication::translate("VCardParser", "%1: \"%2\" is not a vCard property line (expected NAME:value).")
                                 .arg(where, QString::fromUtf8(content.left(40)).trimmed()));
        }
        // Appends the physical line at pos to the logical one, within the limits.
        auto append = [&](const PhysicalLines::Line &l, QByteArrayView piece) -> std::optional<Error> {
            if (l.bytes.size() > ParseLimits::MaxLineBytes) {
                return ParseLimits::lineTooLong(QCoreApplication::translate("VCardParser", "%1, line %2").arg(sourceName).arg(number),
                                                l.bytes.size());
            }
            if (content.size() + piece.size() > ParseLimits::MaxLineBytes)
                return ParseLimits::unfoldedLineTooLong(where, content.size() + piece.size());
            if (l.end - itemStart > ParseLimits::MaxItemBytes)
                return ParseLimits::itemTooLarge(cardName(), l.end - itemStart, ParseLimits::MaxItemBytes);
            content.append(piece);
            bytes.append(l.bytes);
            pos = l.end;
            ++number;
            return std::nullopt;
        };
        // Unfold: a line break followed by white space continues the line (RFC 6350 §3.2).
        while (!lines.atEnd(pos)) {
            const PhysicalLines::Line l = lines.at(pos);
            if (!l.content.startsWith(' ') && !l.content.startsWith('\t'))
                break;
            if (const std::optional<Error> e = append(l, l.content.sliced(1)))
                return *e;
        }
        const qsizetype colon = indexOutsideQuotes(content, ':');
        if (const std::optional<Error> e = ParseLimits::checkParameters(QByteArrayView(content).first(colon), where))
            return *e;
        const QString header = QString::fromUtf8(content.left(colon));
        QStringList headerParts = splitOutsideQuotes(header, QLatin1Char(';'));
        QString name = headerParts.takeFirst().trimmed();
        QString group;
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        if (dot >= 0) {
            group = name.left(dot);
            name = name.mid(dot + 1);
        }
        if (!isValidName(name) || (dot >= 0 && !isValidName(group))) {
            return dataError(QCoreApplication::translate("VCardParser", "%1: \"%2\" is not a valid vCard property name.").arg(where, header.left(40)));
        }
        const QList<VCardParameter> params = parseParams(headerParts, version);
        const QString encoding = paramValue(params, u"ENCODING").toUpper();
        const bool qp = encoding == QLatin1String("QUOTED-PRINTABLE");
        // vCard 2.1 §2.1.3: a quoted-printable line ending in "=" goes on without white space.
        while (qp && content.endsWith('=') && !lines.atEnd(pos)) {
            const PhysicalLines::Line l = lines.at(pos);
            if (l.content.isEmpty())
                break;
            content.chop(1);
            if (const std::optional<Error> e = append(l, l.content))
                return *e;
        }
        // Some 2.1 writers put base64 lines flush left; they end at a blank line (vCard 2.1 §2.1.3).
        if (encoding == QLatin1String("BASE64") || encoding == QLatin1String("B")) {
            while (!lines.atEnd(pos)) {
                const PhysicalLines::Line l = lines.at(pos);
                if (!isBase64Line(l.content))
                    break;
                if (const std::optional<Error> e = append(l, l.content.trimmed()))
                    return *e;
            }
        }

        QByteArray valueBytes = content.mid(colon + 1);
        if (qp) {
            const std::optional<QByteArray> decoded = VCardText::decodeQuotedPrintable(valueBytes);
            if (!decoded) {
                return dataError(QCoreApplication::translate("VCardParser", "%1: the quoted-printable value of %2 is invalid.").arg(where, name));
            }
            valueBytes = *decoded;
        }
        QString value;
        const QString charset = paramValue(params, u"CHARSET");
        if (!charset.isEmpty()) {
            QStringDecoder decoder(charset.toLatin1().constData());
            if (!decoder.isValid()) {
                return dataError(QCoreApplication::translate("VCardParser", "%1: the character set \"%2\" of %3 is not supported.").arg(where, charset, name));
            }
            value = decoder(valueBytes);
        } else {
            QStringDecoder utf8(QStringDecoder::Utf8);
            value = utf8(valueBytes);
            if (utf8.hasError()) {
                // Without CHARSET, old exporters used the Windows code page; UTF-8 failed.
                QStringDecoder cp1252("windows-1252");
                value = cp1252.isValid() ? cp1252.decode(valueBytes) : QString::fromLatin1(valueBytes);
            }
        }

        if (name.compare(u"BEGIN", Qt::CaseInsensitive) == 0) {
            if (value.trimmed().compare(u"VCARD", Qt::CaseInsensitive) != 0) {
                return dataError(QCoreApplication::translate("VCardParser", "%1: BEGIN:%2 is not a vCard.").arg(where, value.trimmed()));
            }
            if (card) // an unterminated card ends where the next one begins
                finishCard("END:VCARD" + card->lineEnding());
            itemStart = lineStart - pending.size();
            itemLine = firstNumber;
            card.emplace();
            card->setBeginBytes(pending + bytes);
            card->setLineEnding(lineEndingOf(bytes));
            pending.clear();
            version = VCardVersion::V30;
            continue;
        }
        if (name.compare(u"END", Qt::CaseInsensitive) == 0) {
            if (!card) {
                return dataError(QCoreApplication::translate("VCardParser", "%1: END:%2 without a matching BEGIN:VCARD.").arg(where, value.trimmed()));
            }
            if (value.trimmed().compare(u"VCARD", Qt::CaseInsensitive) != 0) {
                return dataError(QCoreApplication::translate("VCardParser", "%1: END:%2 does not close the vCard.").arg(where, value.trimmed()));
            }
            finishCard(pending + bytes);
            pending.clear();
            continue;
        }
        if (!card) {
            // A file of bare properties: read it as one card (lenient, written back with BEGIN/END).
            card.emplace();
            card->setLineEnding(lineEndingOf(bytes));
            card->setBeginBytes("BEGIN:VCARD" + card->lineEnding());
            version = VCardVersion::V30;
        }
        if (name.compare(u"VERSION", Qt::CaseInsensitive) == 0)
            version = VCardVersions::fromString(value);
        if (card->properties().size() >= ParseLimits::MaxVCardProperties)
            return ParseLimits::tooManyProperties(cardName(), ParseLimits::MaxVCardProperties);
        VCardProperty p(name, value);
        p.setGroup(group);
        p.setParams(params);
        p.setLine(firstNumber);
        p.setOriginal(pending + bytes);
        pending.clear();
        card->properties() << p;
    }
    if (card) { // unterminated at the end of the data: repaired, not refused
        const QByteArray eol = card->lineEnding();
        // The last line may lack its line break; it gets one so that END:VCARD has a line.
        if (!pending.isEmpty()) {
            if (!pending.endsWith('\n'))
                pending += eol;
        } else if (!card->properties().isEmpty()) {
            VCardProperty &last = card->properties().last();
            if (!last.original().endsWith('\n'))
                last.setOriginal(last.original() + eol);
        } else if (!card->beginBytes().endsWith('\n')) {
            card->setBeginBytes(card->beginBytes() + eol);
        }
        finishCard(pending + "END:VCARD" + eol);
    }
    else if (!cards.isEmpty())
        cards.last().setEndBytes(cards.last().endBytes() + pending);
    if (cards.isEmpty()) {
        return dataError(QCoreApplication::translate("VCardParser", "%1: no vCard found.").arg(sourceName));
    }
    return cards;
}

} // namespace crmsync
