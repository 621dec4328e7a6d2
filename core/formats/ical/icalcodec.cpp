// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalcodec.h"

#include "formats/canonicalvalue.h"
#include "icaldocument.h"
#include "icalfieldreader.h"
#include "icalfieldwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace crmsync {

namespace {

//! The property a remote path lives in, for matching libical's parse errors.
QString propertyOf(const QString &path)
{
    const QString p = path.trimmed().toUpper();
    if (p == QLatin1String("ALLDAY"))
        return QStringLiteral("DTSTART");
    if (p == QLatin1String("VALARM"))
        return QStringLiteral("TRIGGER");
    return p;
}

icalcomponent_kind kindOf(ModuleInfo::Format format)
{
    return format == ModuleInfo::Format::VTodo ? ICAL_VTODO_COMPONENT : ICAL_VEVENT_COMPONENT;
}

bool isTimePath(const QString &path)
{
    const QString p = path.trimmed().toUpper();
    return p == QLatin1String("DTSTART") || p == QLatin1String("DTEND") || p == QLatin1String("ALLDAY");
}

void collectErrors(icalcomponent *comp, QStringList &out)
{
    for (icalproperty *p = icalcomponent_get_first_property(comp, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(comp, ICAL_XLICERROR_PROPERTY))
        out << ICalDocument::text(icalproperty_get_xlicerror(p));
    for (icalcomponent *c = icalcomponent_get_first_component(comp, ICAL_VALARM_COMPONENT); c;
         c = icalcomponent_get_next_component(comp, ICAL_VALARM_COMPONENT))
        collectErrors(c, out);
}

/*!
 * libical does not fail a parse: a line it cannot read becomes an X-LIC-ERROR property
 * (reference/protocols.md §5.1). Such a line is an error when it is a part we need —
 * DTSTART of an event or any mapped property — and tolerated elsewhere.
 */
Status checkParseErrors(const ICalDocument &doc, const FieldMap &map)
{
    QStringList errors;
    collectErrors(doc.master(), errors);
    if (errors.isEmpty())
        return success();
    QSet<QString> needed;
    if (doc.kind() == ICAL_VEVENT_COMPONENT)
        needed << QStringLiteral("DTSTART");
    for (const FieldMapping &m : map.mappings())
        needed << propertyOf(m.remote);
    if (needed.contains(QStringLiteral("DTEND")))
        needed << QStringLiteral("DURATION");
    for (const QString &e : std::as_const(errors)) {
        for (const QString &name : std::as_const(needed)) {
            const QRegularExpression re(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(name)));
            if (re.match(e).hasMatch()) {
                return Error::make(Error::Category::Data,
                                   QCoreApplication::translate("ICalCodec", "%1 of the iCalendar item %2 cannot be read: %3")
                                       .arg(name, ICalFieldReader(doc).uid(), e));
            }
        }
    }
    return success();
}

} // namespace

ICalCodec::ICalCodec(ModuleInfo::Format format, Clock clock) : m_format(format), m_clock(std::move(clock)) {}

QDateTime ICalCodec::now() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

QString ICalCodec::canonicalRRule(const QString &rule)
{
    icalrecurrencetype r = icalrecurrencetype_from_string(rule.trimmed().toUtf8().constData());
    if (r.freq == ICAL_NO_RECURRENCE)
        return {};
    char *s = icalrecurrencetype_as_string_r(&r);
    const QString out = ICalDocument::text(s);
    icalmemory_free_buffer(s);
    return out;
}

Result<DecodedItem> ICalCodec::decode(const QByteArray &raw, const FieldMap &map) const
{
    Result<ICalDocument> doc = ICalDocument::parse(raw, kindOf(m_format), QCoreApplication::translate("ICalCodec", "The iCalendar item"));
    if (!doc)
        return doc.error();
    const Status parsed = checkParseErrors(*doc, map);
    if (!parsed)
        return parsed.error();
    const ICalFieldReader reader(*doc);
    DecodedItem item;
    item.uid = reader.uid();
    if (kindOf(m_format) == ICAL_VEVENT_COMPONENT && !icalcomponent_get_first_property(doc->master(), ICAL_DTSTART_PROPERTY)) {
        // RFC 5545 §3.6.1: DTSTART is required in a VEVENT outside a scheduling message.
        return Error::make(Error::Category::Data,
                           QCoreApplication::translate("ICalCodec", "The event %1 has no DTSTART (start time).").arg(item.uid));
    }
    for (const FieldMapping &m : map.mappings()) {
        const Result<QJsonValue> v = reader.read(m.remote);
        if (!v)
            return v.error();
        if (!CanonicalValue::isEmpty(*v))
            item.fields.insert(m.crm, *v);
    }
    item.isPrivate = reader.isPrivate();
    item.categories = reader.categories();
    return item;
}

Result<QByteArray> ICalCodec::encode(const QJsonObject &fields, const QByteArray &original,
                                     const FieldMap &map, const QString &uid) const
{
    const QDateTime stamp = now();
    const bool isNew = original.trimmed().isEmpty();
    Result<ICalDocument> parsed = isNew
        ? Result<ICalDocument>(ICalDocument::create(kindOf(m_format), uid, stamp))
        : ICalDocument::parse(original, kindOf(m_format), QCoreApplication::translate("ICalCodec", "The stored iCalendar item"));
    if (!parsed)
        return parsed.error();
    ICalDocument &doc = parsed.value();
    if (!isNew) {
        const Status ok = checkParseErrors(doc, map);
        if (!ok)
            return ok.error();
    }

    ICalFieldWriter writer(doc, stamp);
    const ICalFieldReader reader(doc);
    std::optional<QJsonValue> times[3]; // ALLDAY, DTSTART, DTEND
    QList<FieldMapping> rest;
    const FieldMapping *alarm = nullptr;
    for (const FieldMapping &m : map.mappings()) {
        const QString p = m.remote.trimmed().toUpper();
        if (isTimePath(p))
            times[p == QLatin1String("ALLDAY") ? 0 : p == QLatin1String("DTSTART") ? 1 : 2] = fields.value(m.crm);
        else if (p == QLatin1String("VALARM"))
            alarm = &m;
        else
            rest << m;
    }
    if (isNew && kindOf(m_format) == ICAL_VEVENT_COMPONENT && (!times[1] || CanonicalValue::isEmpty(*times[1]))) {
        return Error::make(Error::Category::Data,
                           QCoreApplication::translate("ICalCodec", "Cannot create the event %1 without a start time (DTSTART).").arg(uid));
    }
    // Times first: a relative reminder is measured from the start written here.
    if (times[0] || times[1] || times[2]) {
        const Status ok = writer.writeTimes(times[0], times[1], times[2]);
        if (!ok)
            return ok.error();
    }
    if (alarm)
        rest << *alarm;
    for (const FieldMapping &m : std::as_const(rest)) {
        // Write only what changed in meaning, so untouched properties keep their spelling.
        const Result<QJsonValue> current = reader.read(m.remote);
        if (current && CanonicalValue::equal(*current, fields.value(m.crm)))
            continue;
        const Status ok = writer.write(m.remote, fields.value(m.crm));
        if (!ok)
            return ok.error();
    }
    if (!writer.changed() && !isNew)
        return original; // nothing to say: the server's bytes and ETag stay as they are

    icalcomponent *master = doc.master();
    if (!isNew) {
        // DTSTAMP/LAST-MODIFIED record the revision (RFC 5545 §3.8.7.2, §3.8.7.3).
        const icaltimetype utcNow = ICalDocument::wallTime(stamp, icaltimezone_get_utc_timezone(), false);
        icalcomponent_set_dtstamp(master, utcNow);
        if (icalproperty *lm = icalcomponent_get_first_property(master, ICAL_LASTMODIFIED_PROPERTY))
            icalproperty_set_lastmodified(lm, utcNow);
        // A significant change bumps SEQUENCE so scheduling clients notice (RFC 5545 §3.8.7.4,
        // reference/protocols.md §4.5).
        if (kindOf(m_format) == ICAL_VEVENT_COMPONENT && writer.schedulingChanged())
            icalcomponent_set_sequence(master, icalcomponent_get_sequence(master) + 1);
    }
    doc.addMissingTimezones();
    return doc.serialize();
}

} // namespace crmsync
