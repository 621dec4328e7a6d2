// SPDX-License-Identifier: GPL-3.0-or-later
// AgendaView as the main window will use it: built from an AppContext, it reads the
// offline copy without blocking (no CRM is running here), fills its models, searches,
// reminds of today's event and opens the editors.

#include "agenda/agendamodel.h"
#include "agenda/agendaview.h"
#include "agenda/contactfilterproxy.h"
#include "agenda/contactlistmodel.h"
#include "agenda/eventeditor.h"
#include "agendatestdata.h"
#include "common/appcontext.h"
#include "formats/canonicalvalue.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace crmsync;

class TestAgendaView : public QObject
{
    Q_OBJECT

private slots:
    void showsTodayFromTheOfflineCopy();
    void emptyWithoutState();
};

void TestAgendaView::showsTodayFromTheOfflineCopy()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath("folder");
    QDir(dir.path()).mkpath("state");
    QVERIFY(agendatest::writeFile(dir.filePath("config.json"), agendatest::configJson("http://127.0.0.1:9", dir.filePath("folder"))));
    QVERIFY(agendatest::seed(dir.filePath("state/state.sqlite")));
    // Today's own records, whatever day the test runs on.
    const QDate today = QDate::currentDate();
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime start = now.addSecs(600);
    const bool timedToday = start.date() == today;
    {
        auto db = StateDb::open(dir.filePath("state/state.sqlite"));
        QVERIFY(db);
        const QList<QJsonObject> bases{
            agendatest::event("本日の全日予定", CanonicalValue::dateTime(today.startOfDay(QTimeZone::utc())),
                              CanonicalValue::dateTime(today.addDays(1).startOfDay(QTimeZone::utc())), true),
            agendatest::with(agendatest::event("Reminder soon", CanonicalValue::dateTime(start),
                                               CanonicalValue::dateTime(start.addSecs(1800))),
                             "Remind_At", CanonicalValue::dateTime(now.addSecs(-60)))};
        for (const QJsonObject &base : bases) {
            Link link;
            link.crmId = base.value("Event_Title").toString();
            link.base = base;
            link.baseHash = Link::hashOf(base);
            QVERIFY(db.value()->insertLink("ev", link));
        }
    }
    AppContext context(dir.filePath("config.json"), dir.filePath("state"));
    context.reloadConfig();
    AgendaView view(&context);
    QSignalSpy loaded(&view, &AgendaView::loaded);
    QSignalSpy reminded(&view, &AgendaView::reminderDue);
    view.show();
    QVERIFY(loaded.wait(10000));
    QStringList titles;
    for (int r = 0; r < view.agendaModel()->rowCount(); ++r)
        titles << view.agendaModel()->index(r, AgendaModel::TitleColumn).data().toString();
    QCOMPARE(titles.first(), QStringLiteral("本日の全日予定"));
    QVERIFY(titles.contains("Someday")); // an undated open task is always today's work
    if (timedToday) {
        QVERIFY(titles.contains("Reminder soon"));
        QTRY_COMPARE(reminded.count(), 1);
        QCOMPARE(reminded.first().at(0).toString(), QStringLiteral("Reminder soon"));
        QCOMPARE(reminded.first().at(1).toDateTime(), QDateTime(start.date(), QTime(start.time().hour(), start.time().minute(), start.time().second())));
    }
    QCOMPARE(view.contactModel()->rowCount(), 5);
    QTest::keyClicks(view.searchEdit(), "yamada");
    QCOMPARE(view.contactFilter()->rowCount(), 2);

    // Scheduling a meeting opens the editor without blocking (open(), not exec()).
    view.scheduleMeeting();
    QVERIFY(view.openEditor());
    QTRY_VERIFY(view.openEditor()->isVisible());
    QVERIFY(qobject_cast<EventEditor *>(view.openEditor()));
    view.openEditor()->reject();
}

void TestAgendaView::emptyWithoutState()
{
    QTemporaryDir dir;
    AppContext context(dir.filePath("none.json"), dir.filePath("state"));
    context.reloadConfig();
    AgendaView view(&context);
    QSignalSpy loaded(&view, &AgendaView::loaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(view.agendaModel()->rowCount(), 0);
    QCOMPARE(view.contactModel()->rowCount(), 0);
    QVERIFY(!QFileInfo::exists(dir.filePath("state/state.sqlite")));
}

QTEST_MAIN(TestAgendaView)
#include "tst_agendaview.moc"
