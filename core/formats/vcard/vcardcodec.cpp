// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcardcodec.h"

#include "vcard.h"
#include "vcardfieldaccess.h"
#include "vcardparser.h"
#include "vcardpath.h"
#include "vcardwriter.h"

#include "formats/canonicalvalue.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace crmsync {

namespace {

QString sourceName()
{
    return QCoreApplication::translate("VCardCodec", "vCard data");
}

struct MappedPath
{
    QString crm;
    VCardPath path;
};

Result<QList<MappedPath>> pathsOf(const FieldMap &map)
{
    QList<MappedPath> out;
    for (const FieldMapping &m : map.mappings()) {
        const VCardPath path = VCardPath::parse(m.remote);
        if (!path.isValid()) {
            return Error::make(Error::Category::Config,
                               QCoreApplication::translate("VCardCodec", "Field mapping for %1: \"%2\" is not a vCard property path.")
                                   .arg(m.crm, m.remote));
        }
        out << MappedPath{m.crm, path};
    }
    return out;
}

//! The canonical text of a field value (formats/canonicalvalue.h); empty means "no value".
QString textOf(const QJsonValue &v)
{
    if (CanonicalValue::isEmpty(v))
        return {};
    if (v.isString()) {
        // vCard has one kind of line break (RFC 6350 §3.4 "\n"); compare as decode() reads.
        QString s = v.toString();
        s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        s.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        return s;
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &e : v.toArray())
            parts << textOf(e);
        return parts.join(QLatin1Char(','));
    }
    return {};
}

Result<VCard> firstCard(const QByteArray &raw, QList<VCard> *all = nullptr)
{
    Result<QList<VCard>> parsed = VCardParser::parse(raw, sourceName());
    if (!parsed)
        return parsed.error();
    if (all)
        *all = parsed.value();
    return parsed->constFirst();
}

bool mapsPath(const QList<MappedPath> &paths, const QString &name)
{
    for (const MappedPath &m : paths) {
        if (m.path.name() == name)
            return true;
    }
    return false;
}

//! FN is required in 3.0 and 4.0 (RFC 2426 §3.1.1, RFC 6350 §6.2.1). It follows the name
//! only where it was derived from it, so a nickname-style FN the user chose stays.
void updateFormattedName(VCard &card, const QString &oldDisplay)
{
    const QString display = VCardCodec::displayName(card);
    const int fn = card.indexOf(u"FN");
    if (fn < 0) {
        VCardProperty p(QStringLiteral("FN"));
        p.setText(display);
        card.insert(card.hasVersion() ? card.indexOf(u"VERSION") + 1 : 0, p);
        return;
    }
    if (card.properties().at(fn).text() == oldDisplay && display != oldDisplay && !display.isEmpty())
        card.properties()[fn].setText(display);
}

} // namespace

bool VCardCodec::containsCjk(const QString &text)
{
    for (const char32_t u : text.toUcs4()) {
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF66 && u <= 0xFF9F) || (u >= 0xAC00 && u <= 0xD7AF)
            || (u >= 0x20000 && u <= 0x3FFFF)) // CJK extension B and later
            return true;
    }
    return false;
}

QString VCardCodec::displayName(const VCard &card)
{
    const QString family = VCardFieldAccess::read(card, VCardPath::parse(QStringLiteral("N.family")));
    const QString given = VCardFieldAccess::read(card, VCardPath::parse(QStringLiteral("N.given")));
    if (!family.isEmpty() || !given.isEmpty()) {
        // Japanese names are written family name first, without a space.
        if (containsCjk(family))
            return family + given;
        return QStringList{given, family}.join(QLatin1Char(' ')).trimmed();
    }
    const QString org = VCardFieldAccess::read(card, VCardPath::parse(QStringLiteral("ORG.name")));
    if (!org.isEmpty())
        return org;
    return VCardFieldAccess::read(card, VCardPath::parse(QStringLiteral("EMAIL")));
}

Result<DecodedItem> VCardCodec::decode(const QByteArray &raw, const FieldMap &map) const
{
    const Result<QList<MappedPath>> paths = pathsOf(map);
    if (!paths)
        return paths.error();
    const Result<VCard> card = firstCard(raw);
    if (!card)
        return card.error();
    DecodedItem item;
    for (const MappedPath &m : *paths) {
        const QString value = VCardFieldAccess::read(*card, m.path);
        if (!value.isEmpty())
            item.fields.insert(m.crm, value);
    }
    if (const VCardProperty *uid = card->first(u"UID"))
        item.uid = uid->text().trimmed();
    if (const VCardProperty *cls = card->first(u"CLASS")) {
        // RFC 2426 §3.7.1; 4.0 dropped CLASS, but exporters still write it.
        const QString c = cls->text().trimmed().toUpper();
        item.isPrivate = c == QLatin1String("PRIVATE") || c == QLatin1String("CONFIDENTIAL");
    }
    for (const VCardProperty &p : card->properties()) {
        if (!p.is(u"CATEGORIES"))
            continue;
        for (const QString &c : p.listValues()) {
            const QString t = c.trimmed();
            if (!t.isEmpty() && !item.categories.contains(t))
                item.categories << t;
        }
    }
    return item;
}

Result<QByteArray> VCardCodec::encode(const QJsonObject &fields, const QByteArray &original,
                                      const FieldMap &map, const QString &uid) const
{
    const Result<QList<MappedPath>> paths = pathsOf(map);
    if (!paths)
        return paths.error();

    if (original.trimmed().isEmpty()) {
        VCard card;
        card.setVersion(VCardVersion::V30);
        for (const MappedPath &m : *paths) {
            const QString value = textOf(fields.value(m.crm));
            if (!value.isEmpty() && VCardFieldAccess::read(card, m.path).isEmpty())
                VCardFieldAccess::write(card, m.path, value);
        }
        // N is required in 3.0 (RFC 2426 §3.1.2) and goes first after FN.
        int n = card.indexOf(u"N");
        VCardProperty nProp = n >= 0 ? card.properties().at(n) : VCardProperty(QStringLiteral("N"), QStringLiteral(";;;;"));
        if (n >= 0)
            card.removeAt(n);
        card.insert(1, nProp);
        if (!mapsPath(*paths, QStringLiteral("FN")))
            updateFormattedName(card, {});
        if (!uid.isEmpty()) {
            VCardProperty u(QStringLiteral("UID"));
            u.setText(uid);
            card.append(u);
        }
        return VCardWriter::write(card);
    }

    QList<VCard> cards;
    const Result<VCard> parsed = firstCard(original, &cards);
    if (!parsed)
        return parsed.error();
    VCard card = parsed.value();

    // Compare in canonical form first: nothing that means the same is rewritten.
    QList<QPair<VCardPath, QString>> changes;
    for (const MappedPath &m : *paths) {
        const QString value = textOf(fields.value(m.crm));
        if (VCardFieldAccess::read(card, m.path) != value)
            changes << qMakePair(m.path, value);
    }
    if (changes.isEmpty())
        return original;

    card.convertToVersion30(); // we do not write 2.1 (see VCard::convertToVersion30)
    const QString oldDisplay = displayName(card);
    for (const auto &[path, value] : changes)
        VCardFieldAccess::write(card, path, value);
    if (!card.hasVersion())
        card.setVersion(VCardVersion::V30);
    if (!mapsPath(*paths, QStringLiteral("FN")))
        updateFormattedName(card, oldDisplay);
    cards[0] = card;
    return VCardWriter::write(cards);
}

} // namespace crmsync
