// SPDX-License-Identifier: GPL-3.0-or-later
#include "zohorecordcodec.h"

#include "formats/canonicalvalue.h"
#include "formats/parselimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace crmsync {

namespace {

const QLatin1String kParticipants("Participants");
const QLatin1String kRemindAt("Remind_At");
const QLatin1String kRecurring("Recurring_Activity");

// Zoho date-times are ISO 8601 with seconds and an offset, dates yyyy-MM-dd (§3.1).
bool looksLikeDateTime(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
    return re.match(s).hasMatch();
}

QString canonicalDateTime(const QString &s)
{
    const QDateTime dt = CanonicalValue::parseDateTime(s);
    return dt.isValid() ? CanonicalValue::dateTime(dt) : s;
}

//! RRULE parts, order kept: "FREQ=WEEKLY;DTSTART=…" → [("FREQ","WEEKLY"), …].
QList<QPair<QString, QString>> ruleParts(const QString &rule)
{
    QList<QPair<QString, QString>> parts;
    for (const QString &p : rule.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int eq = p.indexOf(QLatin1Char('='));
        if (eq > 0)
            parts.append({p.left(eq).trimmed().toUpper(), p.mid(eq + 1).trimmed()});
    }
    return parts;
}

QString partValue(const QString &rule, const QString &key)
{
    for (const auto &p : ruleParts(rule)) {
        if (p.first == key)
            return p.second;
    }
    return {};
}

QStringList participantEmails(const QJsonArray &participants)
{
    QStringList emails;
    for (const QJsonValue &v : participants) {
        const QJsonObject p = v.toObject();
        QString email = p.value(QLatin1String("Email")).toString();
        if (email.isEmpty() && p.value(QLatin1String("type")).toString() == QLatin1String("email"))
            email = p.value(QLatin1String("participant")).toString();
        if (email.isEmpty() && v.isString())
            email = v.toString();
        email = email.trimmed().toLower();
        if (!email.isEmpty() && !emails.contains(email))
            emails << email;
    }
    emails.sort();
    return emails;
}

} // namespace

ZohoRecordCodec::ZohoRecordCodec(const ModuleInfo &module)
    : m_module(module)
{
}

QJsonValue ZohoRecordCodec::decodeValue(const QString &field, const QJsonValue &value) const
{
    if (CanonicalValue::isEmpty(value))
        return QJsonValue::Undefined;

    if (field == kParticipants && value.isArray()) {
        const QStringList emails = participantEmails(value.toArray());
        return emails.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(QJsonArray::fromStringList(emails));
    }
    if (field == kRemindAt && value.isObject()) {
        // Tasks: {"ALARM":"FREQ=NONE;ACTION=POPUP;TRIGGER=DATE-TIME:2021-01-18T12:45:00+05:30"} (§3.2).
        const QString alarm = value.toObject().value(QLatin1String("ALARM")).toString();
        QString trigger = partValue(alarm, QStringLiteral("TRIGGER"));
        if (trigger.startsWith(QLatin1String("DATE-TIME:"), Qt::CaseInsensitive))
            trigger = trigger.mid(10);
        return trigger.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(canonicalDateTime(trigger));
    }
    if (field == kRecurring && value.isObject()) {
        // {"RRULE":"FREQ=WEEKLY;INTERVAL=1;UNTIL=2020-05-16;BYDAY=SA;DTSTART=2020-05-02"} (§3.2):
        // DTSTART repeats the item's own start, so it is not part of the compared value.
        QStringList kept;
        for (const auto &p : ruleParts(value.toObject().value(QLatin1String("RRULE")).toString())) {
            if (p.first != QLatin1String("DTSTART"))
                kept << p.first + QLatin1Char('=') + p.second;
        }
        return kept.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(kept.join(QLatin1Char(';')));
    }
    if (value.isObject()) {
        // Lookups and owners are {"name","id"[,"email"]} (§2.1): compare by name.
        const QString name = value.toObject().value(QLatin1String("name")).toString();
        return name.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(name);
    }
    if (value.isArray()) {
        // Multi-select picklists and tags: a sorted list of strings (CanonicalValue).
        QStringList items;
        for (const QJsonValue &v : value.toArray()) {
            const QString s = v.isObject() ? v.toObject().value(QLatin1String("name")).toString() : v.toString();
            if (!s.isEmpty())
                items << s;
        }
        items.sort();
        return items.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(QJsonArray::fromStringList(items));
    }
    if (value.isString() && looksLikeDateTime(value.toString()))
        return canonicalDateTime(value.toString());
    return value;
}

Result<DecodedItem> ZohoRecordCodec::decode(const QByteArray &raw, const FieldMap &map) const
{
    // Size and nesting first: Qt's reader would follow 1,024 levels (docs/fuzzing.md).
    if (const std::optional<Error> e = ParseLimits::checkJson(
            raw, QCoreApplication::translate("ZohoRecordCodec", "A Zoho CRM %1 record").arg(m_module.displayName())))
        return *e;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
    if (!doc.isObject()) {
        return Error::make(Error::Category::Data,
                           QCoreApplication::translate("ZohoRecordCodec",
                                                       "A Zoho CRM %1 record could not be read: %2.")
                               .arg(m_module.displayName(),
                                    parseError.error != QJsonParseError::NoError
                                        ? parseError.errorString()
                                        : QCoreApplication::translate("ZohoRecordCodec", "not a JSON object")));
    }
    const QJsonObject record = doc.object();
    DecodedItem item;
    item.uid = record.value(QLatin1String("id")).toString();
    for (const QString &field : map.crmFields()) {
        const QJsonValue v = decodeValue(field, record.value(field));
        if (!v.isUndefined())
            item.fields.insert(field, v);
    }
    if (record.value(QLatin1String("All_day")).toBool())
        normalizeAllDay(record, item.fields);
    else if (map.crmFields().contains(QLatin1String("All_day")))
        // A Zoho boolean is never unset: a null All_day means false (§3.2; the API's default),
        // and the calendar side always reads true or false. Reading null as "no value" made
        // every timed event differ from its calendar copy when items were matched anew.
        item.fields.insert(QStringLiteral("All_day"), false);
    const QJsonArray tags = record.value(QLatin1String("Tag")).toArray();
    for (const QJsonValue &t : tags) {
        const QString name = t.toObject().value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            item.categories << name;
    }
    return item;
}

QJsonValue ZohoRecordCodec::encodeValue(const QString &field, const QJsonValue &value, const QJsonObject &fields,
                                        const QJsonObject &original) const
{
    if (CanonicalValue::isEmpty(value))
        return QJsonValue::Null;
    if (field == kParticipants) {
        // Request shape: [{"type":"email","participant":"a@b"}] (§3.2 Events).
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("email")},
                                   {QStringLiteral("participant"), v.toString()}});
        return out;
    }
    if (field == kRemindAt && m_module.module() == ModuleInfo::Module::Tasks) {
        return QJsonObject{{QStringLiteral("ALARM"),
                            QStringLiteral("FREQ=NONE;ACTION=POPUP;TRIGGER=DATE-TIME:") + value.toString()}};
    }
    if (field == kRecurring) {
        // Zoho's RRULE carries DTSTART as a date (§3.2); take it from the item's start, else
        // keep the one the record had.
        QString rule = value.toString();
        if (!rule.contains(QLatin1String("DTSTART="), Qt::CaseInsensitive)) {
            const QString startField = m_module.module() == ModuleInfo::Module::Tasks
                ? QStringLiteral("Due_Date") : QStringLiteral("Start_DateTime");
            QString dtstart = fields.value(startField).toString().left(10);
            if (dtstart.isEmpty()) {
                dtstart = partValue(original.value(kRecurring).toObject().value(QLatin1String("RRULE")).toString(),
                                    QStringLiteral("DTSTART"));
            }
            if (dtstart.isEmpty())
                dtstart = original.value(startField).toString().left(10);
            if (!dtstart.isEmpty())
                rule += QStringLiteral(";DTSTART=") + dtstart;
        }
        return QJsonObject{{QStringLiteral("RRULE"), rule}};
    }
    return value;
}

Result<QByteArray> ZohoRecordCodec::encode(const QJsonObject &fields, const QByteArray &original,
                                           const FieldMap &map, const QString &uid) const
{
    Q_UNUSED(uid) // Zoho assigns record ids; a create cannot choose one.
    QJsonObject originalRecord;
    if (!original.trimmed().isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(original);
        if (!doc.isObject()) {
            return Error::make(Error::Category::Data,
                               QCoreApplication::translate("ZohoRecordCodec",
                                                           "The stored copy of a Zoho CRM %1 record is damaged.")
                                   .arg(m_module.displayName()));
        }
        originalRecord = doc.object();
    }
    QJsonObject out;
    for (const QString &field : map.crmFields()) {
        const QJsonValue v = fields.value(field);
        if (!CanonicalValue::isEmpty(v)) {
            out.insert(field, encodeValue(field, v, fields, originalRecord));
        } else if (!originalRecord.isEmpty() && !CanonicalValue::isEmpty(originalRecord.value(field))) {
            // Clearing needs an explicit null: fields left out of a PUT are kept (§2.4).
            out.insert(field, QJsonValue::Null);
        }
    }
    if (fields.value(QLatin1String("All_day")).toBool())
        allDayToZoho(originalRecord, out);
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

void ZohoRecordCodec::normalizeAllDay(const QJsonObject &record, QJsonObject &fields)
{
    // Zoho writes an all-day event as local midnight to 23:59 of its last day; iCalendar as
    // dates with an exclusive end (RFC 5545 §3.6.1). The canonical form is the latter, the
    // dates at 00:00 UTC (docs/icalendar.md), taken from the wall dates Zoho wrote, so the
    // same event reads the same on both sides whatever the user's time zone.
    const auto wallDate = [](const QString &text) { return QDate::fromString(text.left(10), Qt::ISODate); };
    const QString start = record.value(QLatin1String("Start_DateTime")).toString();
    const QString end = record.value(QLatin1String("End_DateTime")).toString();
    if (fields.contains(QLatin1String("Start_DateTime")) && wallDate(start).isValid())
        fields.insert(QStringLiteral("Start_DateTime"), CanonicalValue::dateTime(wallDate(start).startOfDay(Qt::UTC)));
    if (fields.contains(QLatin1String("End_DateTime")) && wallDate(end).isValid()) {
        QDate last = wallDate(end);
        // An end at midnight is already exclusive; any later time closes that day.
        if (end.mid(11, 8) != QLatin1String("00:00:00"))
            last = last.addDays(1);
        fields.insert(QStringLiteral("End_DateTime"), CanonicalValue::dateTime(last.startOfDay(Qt::UTC)));
    }
}

void ZohoRecordCodec::allDayToZoho(const QJsonObject &original, QJsonObject &out)
{
    // Back to Zoho's shape, in the offset the record already uses (else UTC).
    QString offset = original.value(QLatin1String("Start_DateTime")).toString().right(6);
    if (!QRegularExpression(QStringLiteral("^[+-]\\d\\d:\\d\\d$")).match(offset).hasMatch())
        offset = QStringLiteral("+00:00");
    const auto date = [](const QJsonValue &v) { return QDate::fromString(v.toString().left(10), Qt::ISODate); };
    const QDate start = date(out.value(QLatin1String("Start_DateTime")));
    const QDate endExclusive = date(out.value(QLatin1String("End_DateTime")));
    if (start.isValid())
        out.insert(QStringLiteral("Start_DateTime"), start.toString(Qt::ISODate) + QStringLiteral("T00:00:00") + offset);
    if (endExclusive.isValid()) {
        const QDate last = qMax(start.isValid() ? start : endExclusive.addDays(-1), endExclusive.addDays(-1));
        out.insert(QStringLiteral("End_DateTime"), last.toString(Qt::ISODate) + QStringLiteral("T23:59:00") + offset);
    }
}

} // namespace crmsync
