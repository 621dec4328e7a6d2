// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcard.h"

namespace crmsync {

VCardVersion VCard::version() const
{
    const VCardProperty *v = first(u"VERSION");
    return v ? VCardVersions::fromString(v->rawValue()) : VCardVersion::V30;
}

void VCard::setVersion(VCardVersion version)
{
    const int i = indexOf(u"VERSION");
    if (i >= 0) {
        if (m_properties[i].rawValue().trimmed() != VCardVersions::toString(version))
            m_properties[i].setRawValue(VCardVersions::toString(version));
        return;
    }
    VCardProperty p(QStringLiteral("VERSION"), VCardVersions::toString(version));
    p.setSyntax(version);
    m_properties.prepend(p);
}

int VCard::indexOf(QStringView name, int from) const
{
    for (int i = qMax(0, from); i < m_properties.size(); ++i) {
        if (m_properties.at(i).is(name))
            return i;
    }
    return -1;
}

const VCardProperty *VCard::first(QStringView name) const
{
    const int i = indexOf(name);
    return i >= 0 ? &m_properties.at(i) : nullptr;
}

void VCard::append(VCardProperty property)
{
    property.setSyntax(version());
    m_properties.append(std::move(property));
}

void VCard::insert(int index, VCardProperty property)
{
    property.setSyntax(version());
    m_properties.insert(qBound(0, index, int(m_properties.size())), std::move(property));
}

void VCard::removeAt(int index)
{
    m_properties.removeAt(index);
}

bool VCard::isModified() const
{
    for (const VCardProperty &p : m_properties) {
        if (!p.hasOriginal())
            return true;
    }
    return false;
}

void VCard::convertToVersion30()
{
    if (version() != VCardVersion::V21)
        return;
    for (VCardProperty &p : m_properties) {
        // Read the value with 2.1 rules first, then write it back with 3.0 escaping.
        const VCardProperty::Kind kind = p.kind();
        const QString text = p.text();
        const QStringList components = p.components();
        QList<VCardParameter> params;
        for (VCardParameter param : p.params()) {
            if (param.is(u"CHARSET"))
                continue; // the value is Unicode now and is written as UTF-8
            if (param.is(u"ENCODING")) {
                const QString enc = param.values.value(0).toUpper();
                if (enc == QLatin1String("QUOTED-PRINTABLE") || enc == QLatin1String("8BIT")
                    || enc == QLatin1String("7BIT"))
                    continue;
                if (enc == QLatin1String("BASE64"))
                    param.values = {QStringLiteral("b")}; // RFC 2426 §5.1 spelling
            }
            param.bare = false;
            params << param;
        }
        p.setParams(params);
        p.setSyntax(VCardVersion::V30);
        if (p.is(u"VERSION"))
            p.setRawValue(QStringLiteral("3.0"));
        else if (kind == VCardProperty::Kind::Structured)
            p.setComponents(components);
        else if (kind == VCardProperty::Kind::List)
            p.setListValues(text.split(QLatin1Char(',')));
        else
            p.setText(text);
    }
}

} // namespace crmsync
