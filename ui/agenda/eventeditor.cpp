// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventeditor.h"

#include "agendamodel.h"
#include "formats/canonicalvalue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace crmsync {

namespace {

const QLatin1String kStart("Start_DateTime");
const QLatin1String kEnd("End_DateTime");
const QLatin1String kAllDay("All_day");

QDateTime nextFullHour()
{
    const QDateTime now = QDateTime::currentDateTime();
    return QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600);
}

} // namespace

EventEditor::EventEditor(AppContext *context, QWidget *parent)
    : EditorDialog(context, {ModuleInfo::Module::Events}, parent)
    , m_subject(new QLineEdit(this))
    , m_attendees(new QLineEdit(this))
    , m_location(new QLineEdit(this))
    , m_start(new QDateTimeEdit(nextFullHour(), this))
    , m_end(new QDateTimeEdit(nextFullHour().addSecs(3600), this))
    , m_allDay(new QCheckBox(tr("All day"), this))
    , m_reminder(new QComboBox(this))
{
    setWindowTitle(tr("Schedule Meeting"));
    m_attendees->setPlaceholderText(tr("E-mail addresses, separated by commas"));
    for (QDateTimeEdit *edit : {m_start, m_end})
        edit->setCalendarPopup(true);
    m_reminder->addItem(tr("None"), -1);
    m_reminder->addItem(tr("5 minutes before"), 5);
    m_reminder->addItem(tr("15 minutes before"), 15);
    m_reminder->addItem(tr("30 minutes before"), 30);
    m_reminder->addItem(tr("1 hour before"), 60);
    m_reminder->addItem(tr("1 day before"), 24 * 60);
    form()->addRow(tr("Subject:"), m_subject);
    form()->addRow(tr("Attendees:"), m_attendees);
    form()->addRow(tr("Location:"), m_location);
    form()->addRow(tr("Start:"), m_start);
    form()->addRow(tr("End:"), m_end);
    form()->addRow(QString(), m_allDay);
    form()->addRow(tr("Reminder:"), m_reminder);
    connect(m_allDay, &QCheckBox::toggled, this, &EventEditor::updateAllDay);
    updateAllDay();
}

void EventEditor::updateAllDay()
{
    const QLocale locale;
    const QString format = m_allDay->isChecked() ? locale.dateFormat(QLocale::ShortFormat)
                                                 : locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ')
            + AgendaModel::shortTimeFormat(locale);
    for (QDateTimeEdit *edit : {m_start, m_end})
        edit->setDisplayFormat(format);
}

void EventEditor::setReminderMinutes(int minutes)
{
    int index = m_reminder->findData(minutes < 0 ? -1 : minutes);
    if (index < 0) {
        // A lead time set elsewhere (CRM web, another calendar) is kept, not rounded.
        m_reminder->addItem(tr("%n minute(s) before", nullptr, minutes), minutes);
        index = m_reminder->count() - 1;
    }
    m_reminder->setCurrentIndex(index);
}

QStringList EventEditor::parseAttendees(const QString &text, QStringList *invalid)
{
    static const QRegularExpression separators(QStringLiteral("[,;、，\\s]+"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    QStringList out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString address = part.trimmed().toLower();
        if (!email.match(address).hasMatch()) {
            if (invalid)
                *invalid << part;
        } else if (!out.contains(address)) {
            out << address;
        }
    }
    out.sort();
    return out;
}

QString EventEditor::validate() const
{
    if (m_subject->text().trimmed().isEmpty())
        return tr("Enter a subject.");
    QStringList invalid;
    parseAttendees(m_attendees->text(), &invalid);
    if (!invalid.isEmpty())
        return tr("Not an e-mail address: %1").arg(invalid.join(QStringLiteral(", ")));
    if (m_allDay->isChecked() ? m_end->date() < m_start->date() : m_end->dateTime() <= m_start->dateTime())
        return tr("The end must be after the start.");
    return {};
}

QJsonObject EventEditor::fields() const
{
    QJsonObject f;
    f.insert(QStringLiteral("Event_Title"), m_subject->text().trimmed());
    f.insert(QStringLiteral("Venue"), m_location->text().trimmed());
    f.insert(QStringLiteral("Participants"), QJsonArray::fromStringList(parseAttendees(m_attendees->text())));
    const bool allDay = m_allDay->isChecked();
    f.insert(kAllDay, allDay);
    QDateTime start;
    if (allDay) {
        // Canonical all-day form: dates at 00:00 UTC, exclusive end (ZohoRecordCodec).
        f.insert(kStart, CanonicalValue::dateTime(m_start->date().startOfDay(QTimeZone::utc())));
        f.insert(kEnd, CanonicalValue::dateTime(m_end->date().addDays(1).startOfDay(QTimeZone::utc())));
        start = m_start->date().startOfDay();
    } else {
        start = m_start->dateTime();
        f.insert(kStart, CanonicalValue::dateTime(start));
        f.insert(kEnd, CanonicalValue::dateTime(m_end->dateTime()));
    }
    const int minutes = m_reminder->currentData().toInt();
    f.insert(QStringLiteral("Remind_At"), minutes < 0 ? QString() : CanonicalValue::dateTime(start.addSecs(-60 * minutes)));
    return f;
}

void EventEditor::load(const QJsonObject &f)
{
    setWindowTitle(tr("Edit Meeting"));
    m_subject->setText(f.value(QLatin1String("Event_Title")).toString());
    m_location->setText(f.value(QLatin1String("Venue")).toString());
    QStringList attendees;
    for (const QJsonValue &v : f.value(QLatin1String("Participants")).toArray())
        attendees << v.toString();
    m_attendees->setText(attendees.join(QStringLiteral(", ")));
    const bool allDay = f.value(kAllDay).toBool();
    m_allDay->setChecked(allDay);
    const QDateTime start = CanonicalValue::parseDateTime(f.value(kStart).toString());
    const QDateTime end = CanonicalValue::parseDateTime(f.value(kEnd).toString());
    QDateTime localStart;
    if (allDay) {
        m_start->setDate(start.toUTC().date());
        m_end->setDate(qMax(start.toUTC().date(), end.toUTC().date().addDays(-1)));
        localStart = start.toUTC().date().startOfDay();
    } else {
        m_start->setDateTime(start.toLocalTime());
        m_end->setDateTime(end.toLocalTime());
        localStart = start;
    }
    const QDateTime remind = CanonicalValue::parseDateTime(f.value(QLatin1String("Remind_At")).toString());
    setReminderMinutes(remind.isValid() ? int(remind.secsTo(localStart) / 60) : -1);
}

QJsonObject EventEditor::completeChanges(const QJsonObject &changes) const
{
    // Zoho needs the pair of times and the all-day flag together to read any of them
    // right (allDayToZoho, reference/zoho-crm-api.md §3.2).
    if (!changes.contains(kStart) && !changes.contains(kEnd) && !changes.contains(kAllDay))
        return changes;
    const QJsonObject now = fields();
    QJsonObject out = changes;
    for (const QLatin1String key : {kStart, kEnd, kAllDay})
        out.insert(key, now.value(key));
    return out;
}

} // namespace crmsync
