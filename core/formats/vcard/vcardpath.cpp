// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcardpath.h"

namespace crmsync {

namespace {

QStringList componentNames(const QString &property)
{
    if (property == QLatin1String("N"))
        return {QStringLiteral("family"), QStringLiteral("given"), QStringLiteral("additional"),
                QStringLiteral("prefix"), QStringLiteral("suffix")};
    if (property == QLatin1String("ADR"))
        return {QStringLiteral("pobox"), QStringLiteral("ext"), QStringLiteral("street"), QStringLiteral("locality"),
                QStringLiteral("region"), QStringLiteral("code"), QStringLiteral("country")};
    if (property == QLatin1String("ORG"))
        return {QStringLiteral("name"), QStringLiteral("unit")};
    return {};
}

bool isName(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

} // namespace

VCardPath VCardPath::parse(const QString &remote)
{
    QString s = remote.trimmed();
    VCardPath path;
    int component = -1;
    const qsizetype dot = s.lastIndexOf(QLatin1Char('.'));
    if (dot > 0) {
        const QString head = s.left(dot);
        const QString name = head.section(QLatin1Char(';'), 0, 0).trimmed().toUpper();
        component = int(componentNames(name).indexOf(s.mid(dot + 1).trimmed().toLower()));
        if (component < 0)
            return {}; // "ADR.foo": a component this property does not have
        s = head;
    }
    QStringList parts = s.split(QLatin1Char(';'));
    const QString name = parts.takeFirst().trimmed().toUpper();
    if (!isName(name))
        return {};
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0 || part.left(eq).trimmed().compare(u"TYPE", Qt::CaseInsensitive) != 0)
            return {}; // only TYPE filters are part of the path language
        for (const QString &t : part.mid(eq + 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            path.m_types << t.trimmed().toLower();
    }
    path.m_name = name;
    path.m_component = component;
    return path;
}

int VCardPath::componentCount() const
{
    if (m_name == QLatin1String("N"))
        return 5;
    if (m_name == QLatin1String("ADR"))
        return 7;
    return m_component + 1;
}

bool VCardPath::matches(const VCardProperty &property) const
{
    if (!property.is(m_name))
        return false;
    const QStringList types = property.types();
    for (const QString &t : m_types) {
        if (!types.contains(t))
            return false;
    }
    // A work fax is typed "work,fax": it must not pass for the work phone. Fax and pager
    // numbers only match a path that asks for them.
    if (m_name == QLatin1String("TEL")) {
        for (const char *special : {"fax", "pager"}) {
            const QString sp = QLatin1String(special);
            if (types.contains(sp) && !m_types.contains(sp))
                return false;
        }
    }
    return true;
}

} // namespace crmsync
