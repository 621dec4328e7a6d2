// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcardfieldaccess.h"

#include "formats/canonicalvalue.h"

#include <algorithm>

#include <QDate>

namespace crmsync {

namespace {

bool isDateProperty(const QString &name)
{
    return name == QLatin1String("BDAY") || name == QLatin1String("ANNIVERSARY");
}

QString normalizeBreaks(QString s)
{
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    s.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return s;
}

bool isTelUri(const VCardProperty &p)
{
    return p.is(u"TEL") && p.paramValues(u"VALUE").contains(QLatin1String("uri"), Qt::CaseInsensitive);
}

//! Stores a whole (non-component) value in the syntax of the card's version.
void setWholeValue(VCardProperty &p, const VCardPath &path, const QString &value, VCardVersion version)
{
    if (isDateProperty(path.name())) {
        p.removeParams(u"VALUE"); // a "VALUE=text" BDAY becomes a date
        const QDate d = QDate::fromString(value, Qt::ISODate);
        // vCard 4.0 dates are ISO 8601 basic format (RFC 6350 §4.3.1); 3.0 examples use
        // the extended form (RFC 2426 §3.1.5).
        if (d.isValid())
            p.setRawValue(d.toString(version == VCardVersion::V40 ? QStringLiteral("yyyyMMdd")
                                                                 : QStringLiteral("yyyy-MM-dd")));
        else
            p.setText(value);
        return;
    }
    if (isTelUri(p))
        p.removeParams(u"VALUE"); // free text is the default value type (RFC 6350 §6.4.1)
    if (p.kind() == VCardProperty::Kind::List)
        p.setListValues(value.split(QLatin1Char(',')));
    else
        p.setText(value);
}

} // namespace

QString VCardFieldAccess::canonicalDate(const QString &value)
{
    QString v = value.trimmed();
    if (v.startsWith(QLatin1String("--")))
        return {}; // no year: not a date the CRM can hold (RFC 6350 §4.3.1 "--0415")
    const qsizetype t = v.indexOf(QLatin1Char('T'));
    if (t > 0)
        v = v.left(t);
    QDate d = QDate::fromString(v, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        d = QDate::fromString(v, QStringLiteral("yyyyMMdd"));
    return CanonicalValue::date(d);
}

int VCardFieldAccess::find(const VCard &card, const VCardPath &path)
{
    const QList<VCardProperty> &props = card.properties();
    for (int i = 0; i < props.size(); ++i) {
        if (path.matches(props.at(i)))
            return i;
    }
    // Phones and exporters often leave the main address or number untyped
    // (EMAIL;TYPE=INTERNET:…, TEL:…). Such a property stands for the work one, so a
    // contact's only e-mail still maps to the CRM's Email and still matches on it.
    if (!path.types().contains(QStringLiteral("work")))
        return -1;
    static const QStringList kNeutral{QStringLiteral("internet"), QStringLiteral("pref"), QStringLiteral("voice"),
                                      QStringLiteral("x400")};
    for (int i = 0; i < props.size(); ++i) {
        const VCardProperty &p = props.at(i);
        if (!p.is(path.name()))
            continue;
        const QStringList types = p.types();
        if (std::all_of(types.cbegin(), types.cend(), [](const QString &t) { return kNeutral.contains(t); }))
            return i;
    }
    return -1;
}

QString VCardFieldAccess::read(const VCard &card, const VCardPath &path)
{
    const int i = find(card, path);
    if (i < 0)
        return {};
    const VCardProperty &p = card.properties().at(i);
    if (path.component() >= 0)
        return normalizeBreaks(p.components().value(path.component()));
    if (isDateProperty(path.name()))
        return canonicalDate(p.text());
    if (p.kind() == VCardProperty::Kind::List)
        return normalizeBreaks(p.listValues().join(QLatin1Char(',')));
    QString text = normalizeBreaks(p.text());
    if (isTelUri(p) && text.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        text = text.mid(4);
    return text;
}

void VCardFieldAccess::write(VCard &card, const VCardPath &path, const QString &value)
{
    const VCardVersion version = card.version();
    int i = find(card, path);
    if (i < 0) {
        if (value.isEmpty())
            return;
        VCardProperty p(path.name());
        if (!path.types().isEmpty()) {
            // RFC 2426 examples write type values in upper case, RFC 6350 in lower case.
            QStringList types = path.types();
            if (version != VCardVersion::V40) {
                for (QString &t : types)
                    t = t.toUpper();
            }
            p.addParam(VCardParameter{QStringLiteral("TYPE"), types});
        }
        card.append(p);
        i = int(card.properties().size()) - 1;
        if (path.component() >= 0)
            card.properties()[i].setComponents(QStringList(path.componentCount(), QString()));
    }
    VCardProperty &p = card.properties()[i];
    if (path.component() < 0) {
        if (value.isEmpty())
            card.removeAt(i);
        else
            setWholeValue(p, path, value, version);
        return;
    }
    QStringList comps = p.components();
    while (comps.size() < qMax(path.component() + 1, path.componentCount()))
        comps << QString();
    comps[path.component()] = value;
    bool allEmpty = true;
    for (const QString &c : comps)
        allEmpty = allEmpty && c.isEmpty();
    // N is required in 3.0 (RFC 2426 §3.1.2), so it is blanked rather than removed.
    if (allEmpty && !(path.name() == QLatin1String("N") && version != VCardVersion::V40)) {
        card.removeAt(i);
        return;
    }
    if (path.name() == QLatin1String("ORG")) {
        while (comps.size() > 1 && comps.constLast().isEmpty())
            comps.removeLast(); // "ORG:Acme" rather than "ORG:Acme;"
    }
    p.setComponents(comps);
}

} // namespace crmsync
