// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcardwriter.h"

#include "vcardtext.h"

namespace crmsync {

namespace {

//! A parameter value needs quotes when it holds ":", ";" or "," (RFC 6350 §5, RFC 2426 §4).
QString paramValueText(QString v, VCardVersion version)
{
    if (version == VCardVersion::V40) {
        // RFC 6868 §3 caret encoding for what a parameter value cannot hold otherwise.
        v.replace(QLatin1Char('^'), QLatin1String("^^"));
        v.replace(QLatin1String("\r\n"), QLatin1String("^n"));
        v.replace(QLatin1Char('\n'), QLatin1String("^n"));
        v.replace(QLatin1Char('"'), QLatin1String("^'"));
    } else {
        // 3.0 has no way to write these inside a parameter (RFC 2426 §4 param-value).
        v.replace(QLatin1String("\r\n"), QLatin1String(" "));
        v.replace(QLatin1Char('\n'), QLatin1Char(' '));
        v.replace(QLatin1Char('"'), QLatin1Char('\''));
    }
    if (v.contains(QLatin1Char(':')) || v.contains(QLatin1Char(';')) || v.contains(QLatin1Char(',')))
        return QLatin1Char('"') + v + QLatin1Char('"');
    return v;
}

} // namespace

QByteArray VCardWriter::writeProperty(const VCardProperty &property, VCardVersion version, const QByteArray &eol)
{
    QString line;
    if (!property.group().isEmpty())
        line += property.group() + QLatin1Char('.');
    line += property.name();
    for (const VCardParameter &p : property.params()) {
        QStringList values;
        for (const QString &v : p.values)
            values << paramValueText(v, version);
        line += QLatin1Char(';');
        if (p.bare && version == VCardVersion::V21) {
            line += values.join(QLatin1Char(','));
        } else {
            line += p.name;
            if (!values.isEmpty())
                line += QLatin1Char('=') + values.join(QLatin1Char(','));
        }
    }
    line += QLatin1Char(':');
    line += property.rawValue();
    return VCardText::fold(line.toUtf8(), eol);
}

QByteArray VCardWriter::write(const VCard &card)
{
    const QByteArray eol = card.lineEnding().isEmpty() ? QByteArrayLiteral("\r\n") : card.lineEnding();
    const VCardVersion version = card.version();
    QByteArray out = card.beginBytes().isEmpty() ? "BEGIN:VCARD" + eol : card.beginBytes();
    for (const VCardProperty &p : card.properties()) {
        if (!p.hasOriginal()) {
            out += writeProperty(p, version, eol);
            continue;
        }
        out += p.original();
        if (!p.original().endsWith('\n'))
            out += eol; // only a source's very last line can lack one; more follows here
    }
    out += card.endBytes().isEmpty() ? "END:VCARD" + eol : card.endBytes();
    return out;
}

QByteArray VCardWriter::write(const QList<VCard> &cards)
{
    QByteArray out;
    for (const VCard &c : cards)
        out += write(c);
    return out;
}

} // namespace crmsync
