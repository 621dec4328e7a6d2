// SPDX-License-Identifier: GPL-3.0-or-later
#include "icaldocument.h"

#include "icallimits.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace crmsync {

namespace {

Error dataError(const QString &message, const QString &detail = {})
{
    return Error::make(Error::Category::Data, message, detail);
}

icalcomponent *findCalendar(icalcomponent *root)
{
    if (!root)
        return nullptr;
    if (icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT)
        return root;
    // Several VCALENDARs in one buffer come back wrapped in an XROOT.
    return icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT);
}

void collectTzids(icalcomponent *comp, QSet<QByteArray> &out)
{
    for (icalproperty *p = icalcomponent_get_first_property(comp, ICAL_ANY_PROPERTY); p;
         p = icalcomponent_get_next_property(comp, ICAL_ANY_PROPERTY)) {
        if (const char *tzid = icalproperty_get_parameter_as_string(p, "TZID"))
            out.insert(QByteArray(tzid));
    }
    for (icalcomponent *c = icalcomponent_get_first_component(comp, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(comp, ICAL_ANY_COMPONENT)) {
        if (icalcomponent_isa(c) != ICAL_VTIMEZONE_COMPONENT)
            collectTzids(c, out);
    }
}

/*!
 * An empty TEXT value ("LOCATION:", as Google Calendar writes for an event without a place)
 * is valid iCalendar (RFC 5545 §3.3.11: TEXT is *(TSAFE-CHAR / …), zero characters allowed),
 * but libical drops such a property and leaves an X-LIC-ERROR "No value for LOCATION
 * property" in its place. That made a mapped property look unreadable, and would have put
 * an X-LIC-ERROR line into what we write back. The empty property is put back instead.
 */
void restoreEmptyTextProperties(icalcomponent *comp)
{
    static const QRegularExpression re(QStringLiteral("^No value for (\\S+) property"));
    QList<icalproperty *> errors;
    for (icalproperty *p = icalcomponent_get_first_property(comp, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(comp, ICAL_XLICERROR_PROPERTY))
        errors << p;
    for (icalproperty *error : std::as_const(errors)) {
        const QRegularExpressionMatch m = re.match(ICalDocument::text(icalproperty_get_xlicerror(error)));
        if (!m.hasMatch())
            continue;
        const QByteArray name = m.captured(1).toUtf8();
        const icalproperty_kind kind = icalproperty_string_to_kind(name.constData());
        icalproperty *restored = nullptr;
        if (kind == ICAL_X_PROPERTY) {
            restored = icalproperty_new_x("");
            icalproperty_set_x_name(restored, name.constData());
        } else if (kind != ICAL_NO_PROPERTY && icalproperty_kind_to_value_kind(kind) == ICAL_TEXT_VALUE) {
            restored = icalproperty_new(kind);
            icalproperty_set_value(restored, icalvalue_new_text(""));
        }
        if (!restored)
            continue; // an empty date, number or URI is a real error: leave it to the checks
        icalcomponent_remove_property(comp, error);
        icalproperty_free(error);
        icalcomponent_add_property(comp, restored);
    }
    for (icalcomponent *c = icalcomponent_get_first_component(comp, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(comp, ICAL_ANY_COMPONENT))
        restoreEmptyTextProperties(c);
}

} // namespace

ICalDocument::ICalDocument(icalcomponent *root, icalcomponent *calendar, icalcomponent_kind kind)
    : m_root(root), m_calendar(calendar), m_kind(kind)
{
    for (icalcomponent *c = icalcomponent_get_first_component(m_calendar, kind); c;
         c = icalcomponent_get_next_component(m_calendar, kind)) {
        if (!icalcomponent_get_first_property(c, ICAL_RECURRENCEID_PROPERTY)) {
            m_master = c;
            break;
        }
    }
    // A resource may hold only overrides (an invitation to one instance,
    // reference/protocols.md §4.5); the first one then stands for the item.
    if (!m_master)
        m_master = icalcomponent_get_first_component(m_calendar, kind);
}

ICalDocument::ICalDocument(ICalDocument &&other) noexcept
    : m_root(std::exchange(other.m_root, nullptr)),
      m_calendar(std::exchange(other.m_calendar, nullptr)),
      m_master(std::exchange(other.m_master, nullptr)),
      m_kind(other.m_kind),
      m_what(std::move(other.m_what))
{
}

ICalDocument &ICalDocument::operator=(ICalDocument &&other) noexcept
{
    if (this != &other) {
        if (m_root)
            icalcomponent_free(m_root);
        m_root = std::exchange(other.m_root, nullptr);
        m_calendar = std::exchange(other.m_calendar, nullptr);
        m_master = std::exchange(other.m_master, nullptr);
        m_kind = other.m_kind;
        m_what = std::move(other.m_what);
    }
    return *this;
}

ICalDocument::~ICalDocument()
{
    if (m_root)
        icalcomponent_free(m_root);
}

Result<ICalDocument> ICalDocument::parse(const QByteArray &raw, icalcomponent_kind kind, const QString &what)
{
    const QString kindName = QString::fromLatin1(icalcomponent_kind_to_string(kind));
    if (raw.trimmed().isEmpty()) {
        return dataError(QCoreApplication::translate("ICalCodec", "%1 is empty; expected an iCalendar %2.")
                             .arg(what, kindName));
    }
    const QString name = what.isEmpty() ? QCoreApplication::translate("ICalCodec", "iCalendar data") : what;
    if (const std::optional<Error> e = ICalLimits::check(raw, name))
        return *e;
    icalcomponent *root = icalparser_parse_string(raw.constData());
    if (root)
        restoreEmptyTextProperties(root);
    icalcomponent *calendar = findCalendar(root);
    if (!calendar) {
        if (root)
            icalcomponent_free(root);
        return dataError(QCoreApplication::translate("ICalCodec", "%1 is not iCalendar data: no BEGIN:VCALENDAR found.")
                             .arg(what));
    }
    ICalDocument doc(root, calendar, kind);
    doc.m_what = what;
    if (!doc.m_master) {
        return dataError(QCoreApplication::translate("ICalCodec", "%1 holds no %2 component.").arg(what, kindName));
    }
    // From here on messages name the item by its UID when it has one.
    if (icalproperty *uid = icalcomponent_get_first_property(doc.m_master, ICAL_UID_PROPERTY))
        doc.m_what = QCoreApplication::translate("ICalCodec", "%1 \"%2\"").arg(kindName, text(icalproperty_get_uid(uid)));
    return doc;
}

ICalDocument ICalDocument::create(icalcomponent_kind kind, const QString &uid, const QDateTime &now)
{
    icalcomponent *cal = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
    icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal, icalproperty_new_prodid("-//CRM Sync//EN"));
    icalcomponent *comp = icalcomponent_new(kind);
    icalcomponent_add_property(comp, icalproperty_new_uid(uid.toUtf8().constData()));
    icalcomponent_add_property(comp, icalproperty_new_dtstamp(wallTime(now, icaltimezone_get_utc_timezone(), false)));
    icalcomponent_add_component(cal, comp);
    ICalDocument doc(cal, cal, kind);
    doc.m_what = uid;
    return doc;
}

QList<icalcomponent *> ICalDocument::overrides() const
{
    QList<icalcomponent *> out;
    for (icalcomponent *c = icalcomponent_get_first_component(m_calendar, m_kind); c;
         c = icalcomponent_get_next_component(m_calendar, m_kind)) {
        if (icalcomponent_get_first_property(c, ICAL_RECURRENCEID_PROPERTY))
            out << c;
    }
    return out;
}

icaltimezone *ICalDocument::zoneForTzid(const QByteArray &tzid) const
{
    if (tzid.isEmpty())
        return nullptr;
    if (icaltimezone *z = icalcomponent_get_timezone(m_calendar, tzid.constData()))
        return z;
    // Not embedded (against RFC 5545 §3.2.19, but common): an Olson name resolves
    // through the system's tzdata (reference/protocols.md §5.1).
    if (icaltimezone *z = icaltimezone_get_builtin_timezone(tzid.constData()))
        return z;
    return icaltimezone_get_builtin_timezone_from_tzid(tzid.constData());
}

Result<ICalTime> ICalDocument::readTime(icalproperty *prop) const
{
    icalvalue *v = icalproperty_get_value(prop);
    if (!v) {
        return dataError(QCoreApplication::translate("ICalCodec", "%1: property %2 has no value.")
                             .arg(m_what, text(icalproperty_get_property_name(prop))));
    }
    return interpret(icalvalue_get_datetimedate(v), QByteArray(icalproperty_get_parameter_as_string(prop, "TZID")));
}

Result<ICalTime> ICalDocument::interpret(icaltimetype t, const QByteArray &tzid) const
{
    ICalTime out;
    out.raw = t;
    if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t))
        return dataError(QCoreApplication::translate("ICalCodec", "%1: a date or time cannot be read.").arg(m_what));
    out.wallDate = QDate(t.year, t.month, t.day);
    if (t.is_date) {
        out.isDate = true;
        out.utc = QDateTime(out.wallDate, QTime(0, 0), Qt::UTC);
        return out;
    }
    const QTime wallTime(t.hour, t.minute, t.second);
    if (icaltime_is_utc(t)) {
        out.utc = QDateTime(out.wallDate, wallTime, Qt::UTC);
        return out;
    }
    if (!tzid.isEmpty()) {
        icaltimezone *zone = zoneForTzid(tzid);
        if (!zone) {
            return dataError(QCoreApplication::translate("ICalCodec",
                                                         "%1: unknown time zone \"%2\" (no VTIMEZONE and no such zone in the system time zone data).")
                                 .arg(m_what, QString::fromUtf8(tzid)));
        }
        out.tzid = tzid;
        out.zone = zone;
        icaltimetype local = t;
        local.zone = nullptr;
        out.utc = QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(local, zone), Qt::UTC);
        return out;
    }
    // Floating time (RFC 5545 §3.3.5 form #1): it means "wherever the reader is", so the
    // local zone is the only reading; documented as a last resort in docs/icalendar.md.
    out.floating = true;
    out.utc = QDateTime(out.wallDate, wallTime, Qt::LocalTime).toUTC();
    return out;
}

icaltimetype ICalDocument::wallTime(const QDateTime &utc, icaltimezone *zone, bool floating)
{
    QDateTime wall;
    icaltimetype t = icaltime_null_time();
    if (floating) {
        wall = utc.toLocalTime();
    } else if (!zone || zone == icaltimezone_get_utc_timezone()) {
        wall = utc.toUTC();
        t.zone = icaltimezone_get_utc_timezone();
    } else {
        // libical converts with the zone's own rules (embedded VTIMEZONE or tzdata).
        icaltimetype z = icaltime_from_timet_with_zone(utc.toSecsSinceEpoch(), 0, zone);
        z.zone = nullptr; // the TZID parameter on the property says which zone
        z.is_date = 0;
        return z;
    }
    t.year = wall.date().year();
    t.month = wall.date().month();
    t.day = wall.date().day();
    t.hour = wall.time().hour();
    t.minute = wall.time().minute();
    t.second = wall.time().second();
    t.is_date = 0;
    return t;
}

void ICalDocument::addMissingTimezones()
{
    QSet<QByteArray> used;
    collectTzids(m_calendar, used);
    for (const QByteArray &tzid : std::as_const(used)) {
        if (icalcomponent_get_timezone(m_calendar, tzid.constData()))
            continue;
        icaltimezone *builtin = icaltimezone_get_builtin_timezone(tzid.constData());
        if (!builtin)
            builtin = icaltimezone_get_builtin_timezone_from_tzid(tzid.constData());
        icalcomponent *source = builtin ? icaltimezone_get_component(builtin) : nullptr;
        if (!source) // unknown, or libical's UTC zone, which has no VTIMEZONE
            continue;
        icalcomponent *vtz = icalcomponent_new_clone(source);
        // The builtin TZID carries libical's prefix; it must equal the TZID the
        // properties use (RFC 5545 §3.2.19).
        if (icalproperty *p = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY))
            icalproperty_set_tzid(p, tzid.constData());
        // Component order inside VCALENDAR carries no meaning (RFC 5545 §3.6), so appending is fine.
        icalcomponent_add_component(m_calendar, vtz);
    }
}

QByteArray ICalDocument::serialize() const
{
    char *s = icalcomponent_as_ical_string_r(m_calendar);
    QByteArray out(s);
    icalmemory_free_buffer(s);
    return out;
}

} // namespace crmsync
