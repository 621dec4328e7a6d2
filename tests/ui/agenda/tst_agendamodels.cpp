// SPDX-License-Identifier: GPL-3.0-or-later
// AgendaModel, ContactListModel and its search, fed from a real StateDb through the
// offline copy's worker-thread loader, each under QAbstractItemModelTester.

#include "agenda/agendamodel.h"
#include "agendatestdata.h"
#include "agenda/contactfilterproxy.h"
#include "agenda/contactlistmodel.h"
#include "offline/offlinecopyreader.h"
#include "offline/offlineloadjob.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace crmsync;

class TestAgendaModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsOffTheGuiThread();
    void missingStateFileIsEmpty();
    void agendaRowsInOrder();
    void agendaOtherDays();
    void agendaReminders();
    void contactColumns();
    void search_data();
    void search();

private:
    QStringList column(const QAbstractItemModel &model, int column) const;

    QTemporaryDir m_dir;
    OfflineItems m_items;
};

QStringList TestAgendaModels::column(const QAbstractItemModel &model, int c) const
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, c).data().toString();
    return out;
}

void TestAgendaModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(agendatest::seed(m_dir.filePath("state.sqlite")));
}

void TestAgendaModels::loadsOffTheGuiThread()
{
    OfflineLoadJob job(m_dir.filePath("state.sqlite"), agendatest::profiles(), {});
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    // Reported later, from the event loop, never from inside start().
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(10000));
    QVERIFY2(!job.hasError(), qPrintable(job.error().userMessage));
    QCOMPARE(job.items().size(), 10 + 6 + 4 + 1);
    m_items = job.items();
    // Module filter: only the Events profile.
    const auto events = OfflineCopyReader::read(m_dir.filePath("state.sqlite"), agendatest::profiles(),
                                                {ModuleInfo::Module::Events});
    QVERIFY(events);
    QCOMPARE(events->size(), 10);
    QCOMPARE(events->first().profile, QStringLiteral("ev"));
    QVERIFY(!events->first().crmId.isEmpty());
}

void TestAgendaModels::missingStateFileIsEmpty()
{
    const QString path = m_dir.filePath("none/state.sqlite");
    const auto items = OfflineCopyReader::read(path, agendatest::profiles());
    QVERIFY(items);
    QVERIFY(items->isEmpty());
    QVERIFY(!QFileInfo::exists(path));
}

void TestAgendaModels::agendaRowsInOrder()
{
    QVERIFY(!m_items.isEmpty());
    AgendaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTimeZone(agendatest::tokyo());
    model.setDay(agendatest::Day);
    model.setItems(m_items);
    const QStringList expected{"Conference", "Holiday",                                      // all day first
                               "Early call", "Standup", "Lunch", "Weekly review",            // by start in Tokyo
                               "Older overdue", "Overdue report", "Call back", "Someday"};   // open tasks
    QCOMPARE(column(model, AgendaModel::TitleColumn), expected);
    QCOMPARE(model.index(0, AgendaModel::KindRole).data(AgendaModel::KindRole).toInt(), int(AgendaRow::Kind::Event));
    QCOMPARE(model.index(9, 0).data(AgendaModel::KindRole).toInt(), int(AgendaRow::Kind::Task));
    QCOMPARE(model.index(3, AgendaModel::DetailColumn).data().toString(), QStringLiteral("会議室A"));
    QCOMPARE(model.index(6, AgendaModel::DetailColumn).data().toString(), QStringLiteral("Deferred · High"));
    // Zoho's picklist values are shown by their labels (translated), not as the API spells them.
    QCOMPARE(model.index(8, AgendaModel::DetailColumn).data().toString(), QStringLiteral("In progress · High"));
    // The weekly event shows today's occurrence, not its first one.
    QCOMPARE(model.row(5).start, QDateTime(QDate(2026, 3, 10), QTime(5, 0), Qt::UTC));
    QCOMPARE(model.index(5, 0).data(AgendaModel::ProfileRole).toString(), QStringLiteral("ev"));
    QVERIFY(!model.index(5, 0).data(AgendaModel::CrmIdRole).toString().isEmpty());
    QVERIFY(model.row(0).allDay);
    QCOMPARE(model.index(0, AgendaModel::TimeColumn).data().toString(), AgendaModel::tr("All day"));
    QCOMPARE(model.index(9, AgendaModel::TimeColumn).data().toString(), AgendaModel::tr("No due date"));
    QCOMPARE(model.index(8, AgendaModel::TimeColumn).data().toString(), AgendaModel::tr("Due today"));
}

void TestAgendaModels::agendaOtherDays()
{
    AgendaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTimeZone(agendatest::tokyo());
    model.setItems(m_items);
    model.setDay(agendatest::Day.addDays(-1));
    QStringList titles = column(model, AgendaModel::TitleColumn);
    // Tuesday's weekly event and the events of the 10th are not there; the 9th's are, and
    // a task due on the 10th is not yet the 9th's work.
    QCOMPARE(titles, (QStringList{"Conference", "Yesterday all day", "Yesterday", "Older overdue", "Overdue report",
                                  "Someday"}));
    // A week later: only the recurring event (and the open tasks).
    model.setDay(agendatest::Day.addDays(7));
    titles = column(model, AgendaModel::TitleColumn);
    QCOMPARE(titles, (QStringList{"Weekly review", "Older overdue", "Overdue report", "Call back", "Someday"}));
}

void TestAgendaModels::agendaReminders()
{
    const QList<AgendaRow> rows = AgendaModel::buildRows(m_items, agendatest::Day, agendatest::tokyo());
    QList<QDateTime> reminders;
    for (const AgendaRow &r : rows) {
        if (r.remindAt.isValid())
            reminders << r.remindAt;
    }
    // Remind_At is for the first occurrence; today's keeps its 15 minutes' lead.
    QCOMPARE(reminders, QList<QDateTime>{QDateTime(QDate(2026, 3, 10), QTime(4, 45), Qt::UTC)});
}

void TestAgendaModels::contactColumns()
{
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(m_items);
    QCOMPARE(model.rowCount(), 5); // contacts and the lead; events and tasks are not contacts
    const QStringList names = column(model, ContactListModel::NameColumn);
    QVERIFY(names.contains("山田 太郎")); // family name first in Japanese
    QVERIFY(names.contains("Jane Doe"));
    const int sato = int(names.indexOf("佐藤 花子"));
    QVERIFY(sato >= 0);
    QCOMPARE(model.index(sato, ContactListModel::CompanyColumn).data().toString(), QStringLiteral("ＡＣＭＥ商事"));
    QCOMPARE(model.index(sato, ContactListModel::EmailColumn).data().toString(), QStringLiteral("sato@shoji.jp"));
    QCOMPARE(model.index(sato, ContactListModel::PhoneColumn).data().toString(), QStringLiteral("03-1234-5678"));
    QCOMPARE(model.index(sato, 0).data(ContactListModel::ProfileRole).toString(), QStringLiteral("ld"));
}

void TestAgendaModels::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("empty") << "" << QStringList{"Hanako Yamada", "Jane Doe", "John Smith", "佐藤 花子", "山田 太郎"};
    QTest::newRow("kanji") << "山田" << QStringList{"山田 太郎"};
    QTest::newRow("kanji full name, ideographic space") << "山田　太郎" << QStringList{"山田 太郎"};
    QTest::newRow("latin name and e-mail") << "yamada" << QStringList{"Hanako Yamada", "山田 太郎"};
    QTest::newRow("upper case") << "YAMADA" << QStringList{"Hanako Yamada", "山田 太郎"};
    QTest::newRow("reading in hiragana") << "やまだ" << QStringList{"山田 太郎"};
    QTest::newRow("reading in katakana") << "ヤマダ" << QStringList{"山田 太郎"};
    QTest::newRow("company, any width and case") << "ACME" << QStringList{"Jane Doe", "佐藤 花子", "山田 太郎"};
    QTest::newRow("full-width query") << "ａｃｍｅ" << QStringList{"Jane Doe", "佐藤 花子", "山田 太郎"};
    QTest::newRow("partial e-mail") << "@globex" << QStringList{"Hanako Yamada"};
    QTest::newRow("two words") << "jane doe" << QStringList{"Jane Doe"};
    QTest::newRow("Japanese company") << "株式会社" << QStringList{"山田 太郎"};
    QTest::newRow("no match") << "zzz" << QStringList{};
}

void TestAgendaModels::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    ContactListModel model;
    model.setItems(m_items);
    ContactFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSearchText("something first");
    proxy.setSearchText(text);
    QStringList shown = column(proxy, ContactListModel::NameColumn);
    shown.sort();
    names.sort();
    QCOMPARE(shown, names);
}

QTEST_MAIN(TestAgendaModels)
#include "tst_agendamodels.moc"
