// SPDX-License-Identifier: GPL-3.0-or-later
// The agenda's editors: validation messages (data-driven), the canonical values they
// produce, the Zoho request shape, and that an edit sends only what changed.

#include "agendatestdata.h"
#include "common/appcontext.h"
#include "agenda/contacteditor.h"
#include "agenda/eventeditor.h"
#include "formats/canonicalvalue.h"
#include "offline/editservice.h"
#include "agenda/taskeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace crmsync;

class TestAgendaEditors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eventValidation_data();
    void eventValidation();
    void contactValidation_data();
    void contactValidation();
    void taskValidation();
    void invalidInputIsNotSaved();
    void eventFields();
    void requestShape();
    void editSendsOnlyChanges();
    void taskFields();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
};

void TestAgendaEditors::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).mkpath("folder");
    QVERIFY(agendatest::writeFile(m_dir.filePath("config.json"),
                                  agendatest::configJson("http://127.0.0.1:9", m_dir.filePath("folder"))));
    m_context = std::make_unique<AppContext>(m_dir.filePath("config.json"), m_dir.filePath("state"));
    m_context->reloadConfig();
    QVERIFY2(!m_context->configError().isError(), qPrintable(m_context->configError().userMessage));
    QCOMPARE(m_context->config().profiles.size(), 4);
}

void TestAgendaEditors::eventValidation_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("attendees");
    QTest::addColumn<int>("minutes"); // end - start
    QTest::addColumn<bool>("allDay");
    QTest::addColumn<QString>("error");
    QTest::newRow("fine") << "定例会議" << "a@example.com, B@Example.org" << 60 << false << "";
    QTest::newRow("no subject") << "  " << "" << 60 << false << EventEditor::tr("Enter a subject.");
    QTest::newRow("end before start") << "x" << "" << -30 << false << EventEditor::tr("The end must be after the start.");
    QTest::newRow("end at start") << "x" << "" << 0 << false << EventEditor::tr("The end must be after the start.");
    QTest::newRow("all day, one day") << "x" << "" << 0 << true << "";
    QTest::newRow("all day, end a day early") << "x" << "" << -24 * 60 << true
                                              << EventEditor::tr("The end must be after the start.");
    QTest::newRow("bad attendee") << "x" << "a@example.com, bob" << 60 << false
                                  << EventEditor::tr("Not an e-mail address: %1").arg("bob");
    QTest::newRow("Japanese comma") << "x" << "a@example.com、b@example.com" << 60 << false << "";
}

void TestAgendaEditors::eventValidation()
{
    QFETCH(QString, subject);
    QFETCH(QString, attendees);
    QFETCH(int, minutes);
    QFETCH(bool, allDay);
    QFETCH(QString, error);
    EventEditor editor(m_context.get());
    editor.subjectEdit()->setText(subject);
    editor.attendeesEdit()->setText(attendees);
    editor.allDayBox()->setChecked(allDay);
    const QDateTime start(QDate(2026, 3, 10), QTime(10, 0));
    editor.startEdit()->setDateTime(start);
    editor.endEdit()->setDateTime(start.addSecs(60 * minutes));
    QCOMPARE(editor.validate(), error);
}

void TestAgendaEditors::contactValidation_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("error");
    QTest::newRow("contact") << "ct" << "山田" << "" << "" << "";
    QTest::newRow("no last name") << "ct" << "" << "ACME" << "" << ContactEditor::tr("Enter a last name: the CRM requires one.");
    QTest::newRow("lead without company") << "ld" << "Doe" << "" << ""
                                          << ContactEditor::tr("Enter a company: the CRM requires one for a lead.");
    QTest::newRow("lead") << "ld" << "Doe" << "ACME" << "jane@example.com" << "";
    QTest::newRow("bad e-mail") << "ct" << "Doe" << "" << "jane@" << ContactEditor::tr("Not an e-mail address: %1").arg("jane@");
}

void TestAgendaEditors::contactValidation()
{
    QFETCH(QString, profile);
    QFETCH(QString, last);
    QFETCH(QString, company);
    QFETCH(QString, email);
    QFETCH(QString, error);
    ContactEditor editor(m_context.get());
    auto *profiles = editor.findChild<QComboBox *>();
    QVERIFY(profiles);
    profiles->setCurrentIndex(profiles->findData(profile));
    QCOMPARE(editor.profile(), profile);
    editor.lastNameEdit()->setText(last);
    editor.companyEdit()->setText(company);
    editor.emailEdit()->setText(email);
    QCOMPARE(editor.validate(), error);
    // The company goes to the field of the profile's module.
    const QString companyField = profile == "ld" ? "Company" : "Account_Name";
    QCOMPARE(editor.fields().value(companyField).toString(), company);
}

void TestAgendaEditors::taskValidation()
{
    TaskEditor editor(m_context.get());
    QCOMPARE(editor.profile(), QStringLiteral("tk"));
    QCOMPARE(editor.validate(), TaskEditor::tr("Enter a subject."));
    editor.subjectEdit()->setText("見積書を送る");
    QCOMPARE(editor.validate(), QString());
}

void TestAgendaEditors::invalidInputIsNotSaved()
{
    ContactEditor editor(m_context.get());
    editor.save();
    QCOMPARE(editor.message(), ContactEditor::tr("Enter a last name: the CRM requires one."));
    QCOMPARE(editor.result(), int(QDialog::Rejected));
    // Nothing was recorded: the state folder was not even made.
    QVERIFY(!QFileInfo::exists(m_dir.filePath("state")));
}

void TestAgendaEditors::eventFields()
{
    EventEditor editor(m_context.get());
    editor.subjectEdit()->setText("Kick-off");
    editor.attendeesEdit()->setText("Zed@Example.com; amy@example.com zed@example.com");
    editor.locationEdit()->setText("本社 3F");
    const QDateTime start(QDate(2026, 3, 10), QTime(10, 0));
    editor.startEdit()->setDateTime(start);
    editor.endEdit()->setDateTime(start.addSecs(5400));
    editor.setReminderMinutes(15);
    QJsonObject f = editor.fields();
    QCOMPARE(f.value("Event_Title").toString(), QStringLiteral("Kick-off"));
    QCOMPARE(f.value("Venue").toString(), QStringLiteral("本社 3F"));
    QCOMPARE(f.value("Participants").toArray(), (QJsonArray{"amy@example.com", "zed@example.com"}));
    QCOMPARE(f.value("Start_DateTime").toString(), CanonicalValue::dateTime(start));
    QCOMPARE(f.value("End_DateTime").toString(), CanonicalValue::dateTime(start.addSecs(5400)));
    QCOMPARE(f.value("Remind_At").toString(), CanonicalValue::dateTime(start.addSecs(-900)));
    QCOMPARE(f.value("All_day").toBool(), false);

    // All day, the 10th to the 11th: dates at 00:00 UTC with an exclusive end.
    editor.allDayBox()->setChecked(true);
    editor.endEdit()->setDate(QDate(2026, 3, 11));
    editor.reminderBox()->setCurrentIndex(0);
    f = editor.fields();
    QCOMPARE(f.value("Start_DateTime").toString(), QStringLiteral("2026-03-10T00:00:00+00:00"));
    QCOMPARE(f.value("End_DateTime").toString(), QStringLiteral("2026-03-12T00:00:00+00:00"));
    QVERIFY(f.value("Remind_At").toString().isEmpty());
    QCOMPARE(f.value("All_day").toBool(), true);
}

void TestAgendaEditors::requestShape()
{
    const QJsonObject canonical{{"Event_Title", "Offsite"},
                                {"Participants", QJsonArray{"a@example.com"}},
                                {"All_day", true},
                                {"Start_DateTime", "2026-03-10T00:00:00+00:00"},
                                {"End_DateTime", "2026-03-12T00:00:00+00:00"}};
    const QJsonObject request = EditService::requestFields(ModuleInfo::Module::Events, canonical, 9 * 3600);
    QCOMPARE(request.value("Event_Title").toString(), QStringLiteral("Offsite"));
    QCOMPARE(request.value("Participants").toArray(),
             (QJsonArray{QJsonObject{{"type", "email"}, {"participant", "a@example.com"}}}));
    // Zoho's all-day shape: local midnight to 23:59 of the last day (reference §3.2).
    QCOMPARE(request.value("Start_DateTime").toString(), QStringLiteral("2026-03-10T00:00:00+09:00"));
    QCOMPARE(request.value("End_DateTime").toString(), QStringLiteral("2026-03-11T23:59:00+09:00"));
    const QJsonObject task = EditService::requestFields(ModuleInfo::Module::Tasks,
                                                        {{"Remind_At", "2026-03-10T00:00:00+00:00"}}, 0);
    QCOMPARE(task.value("Remind_At").toObject().value("ALARM").toString(),
             QStringLiteral("FREQ=NONE;ACTION=POPUP;TRIGGER=DATE-TIME:2026-03-10T00:00:00+00:00"));
}

void TestAgendaEditors::editSendsOnlyChanges()
{
    EventEditor editor(m_context.get());
    const QJsonObject base = agendatest::with(
        agendatest::with(agendatest::event("Standup", "2026-03-10T00:30:00+00:00", "2026-03-10T00:45:00+00:00"),
                         "Participants", QJsonArray{"a@example.com"}),
        "Remind_At", "2026-03-10T00:15:00+00:00");
    editor.setRecord(OfflineItem{"ev", ModuleInfo::Module::Events, "5001", base});
    QVERIFY(!editor.isNew());
    QCOMPARE(editor.reminderBox()->currentData().toInt(), 15);
    QCOMPARE(editor.attendeesEdit()->text(), QStringLiteral("a@example.com"));
    QCOMPARE(editor.changes(), QJsonObject());
    editor.subjectEdit()->setText("Daily standup");
    QCOMPARE(editor.changes(), (QJsonObject{{"Event_Title", "Daily standup"}}));
    editor.locationEdit()->setText("Room 2");
    editor.attendeesEdit()->clear();
    QCOMPARE(editor.changes(), (QJsonObject{{"Event_Title", "Daily standup"}, {"Venue", "Room 2"},
                                            {"Participants", QJsonValue::Null}}));
    // A moved meeting carries both times and the all-day flag.
    editor.endEdit()->setDateTime(editor.endEdit()->dateTime().addSecs(900));
    const QJsonObject moved = editor.changes();
    QVERIFY(moved.contains("Start_DateTime"));
    QCOMPARE(moved.value("End_DateTime").toString(), QStringLiteral("2026-03-10T01:00:00+00:00"));
    QCOMPARE(moved.value("All_day").toBool(true), false);
}

void TestAgendaEditors::taskFields()
{
    TaskEditor editor(m_context.get());
    editor.setRecord(OfflineItem{"tk", ModuleInfo::Module::Tasks, "7", agendatest::task("Call back", "2026-03-10", "In Progress")});
    QCOMPARE(editor.statusBox()->currentData().toString(), QStringLiteral("In Progress"));
    QCOMPARE(editor.priorityBox()->currentData().toString(), QStringLiteral("High"));
    editor.hasDueBox()->setChecked(false);
    editor.statusBox()->setCurrentIndex(editor.statusBox()->findData("Completed"));
    QCOMPARE(editor.changes(), (QJsonObject{{"Due_Date", QJsonValue::Null}, {"Status", "Completed"}}));
}

QTEST_MAIN(TestAgendaEditors)
#include "tst_agendaeditors.moc"
