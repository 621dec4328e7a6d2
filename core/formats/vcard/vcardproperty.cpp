// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcardproperty.h"

#include "vcardtext.h"

namespace crmsync {

VCardProperty::VCardProperty(const QString &name, const QString &rawValue)
    : m_name(name), m_value(rawValue)
{
}

VCardProperty::Kind VCardProperty::kindOf(QStringView name)
{
    // Structured: N (RFC 6350 §6.2.2), ADR (§6.3.1), ORG (§6.6.4), GENDER (§6.2.7),
    // CLIENTPIDMAP (§6.7.7). Lists: NICKNAME (§6.2.3), CATEGORIES (§6.7.1).
    static const char *const structured[] = {"N", "ADR", "ORG", "GENDER", "CLIENTPIDMAP"};
    static const char *const lists[] = {"NICKNAME", "CATEGORIES"};
    // URIs, dates, phone numbers and binary data are not TEXT and are not escaped.
    static const char *const raw[] = {"VERSION", "URL", "PHOTO", "LOGO", "SOUND", "KEY", "GEO",
                                      "BDAY", "ANNIVERSARY", "REV", "TEL", "IMPP", "MEMBER",
                                      "RELATED", "SOURCE", "FBURL", "CALURI", "CALADRURI",
                                      "AGENT", "TZ", "UID"};
    auto in = [&](const auto &table) {
        for (const char *n : table) {
            if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    if (in(structured))
        return Kind::Structured;
    if (in(lists))
        return Kind::List;
    if (in(raw))
        return Kind::Raw;
    return Kind::Text;
}

void VCardProperty::setGroup(const QString &group)
{
    m_group = group;
    m_original.clear();
}

void VCardProperty::setName(const QString &name)
{
    m_name = name;
    m_original.clear();
}

void VCardProperty::setParams(const QList<VCardParameter> &params)
{
    m_params = params;
    m_original.clear();
}

void VCardProperty::addParam(const VCardParameter &param)
{
    m_params << param;
    m_original.clear();
}

void VCardProperty::removeParams(QStringView name)
{
    const auto removed = m_params.removeIf([&](const VCardParameter &p) { return p.is(name); });
    if (removed > 0)
        m_original.clear();
}

bool VCardProperty::hasParam(QStringView name) const
{
    for (const VCardParameter &p : m_params) {
        if (p.is(name))
            return true;
    }
    return false;
}

QStringList VCardProperty::paramValues(QStringView name) const
{
    QStringList out;
    for (const VCardParameter &p : m_params) {
        if (!p.is(name))
            continue;
        // TYPE="work,voice" (quoted, RFC 6350 §5.6) means the same as TYPE=work,voice.
        for (const QString &v : p.values)
            out += v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    return out;
}

QStringList VCardProperty::types() const
{
    QStringList out;
    for (const QString &t : paramValues(u"TYPE"))
        out << t.trimmed().toLower();
    return out;
}

bool VCardProperty::hasType(QStringView type) const
{
    for (const QString &t : paramValues(u"TYPE")) {
        if (t.trimmed().compare(type, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void VCardProperty::setRawValue(const QString &value)
{
    m_value = value;
    m_original.clear();
}

QString VCardProperty::text() const
{
    return VCardText::unescape(m_value, m_syntax);
}

void VCardProperty::setText(const QString &text)
{
    if (kind() == Kind::Raw) {
        // A URI, date or number has no TEXT escapes, but it has to stay on one logical line,
        // and a backslash is doubled so that reading it back (unescape) is the identity.
        QString v = text;
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        v.replace(QLatin1String("\r\n"), QLatin1String("\\n"));
        v.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        v.replace(QLatin1Char('\r'), QLatin1String("\\n"));
        setRawValue(v);
    } else {
        setRawValue(VCardText::escape(text));
    }
}

QStringList VCardProperty::components() const
{
    QStringList out;
    for (const QString &part : VCardText::splitEscaped(m_value, QLatin1Char(';')))
        out << VCardText::unescape(part, m_syntax);
    return out;
}

void VCardProperty::setComponents(const QStringList &components)
{
    QStringList escaped;
    for (const QString &c : components)
        escaped << VCardText::escape(c);
    setRawValue(escaped.join(QLatin1Char(';')));
}

QStringList VCardProperty::listValues() const
{
    QStringList out;
    for (const QString &part : VCardText::splitEscaped(m_value, QLatin1Char(',')))
        out << VCardText::unescape(part, m_syntax);
    return out;
}

void VCardProperty::setListValues(const QStringList &values)
{
    QStringList escaped;
    for (const QString &v : values)
        escaped << VCardText::escape(v);
    setRawValue(escaped.join(QLatin1Char(',')));
}

} // namespace crmsync
