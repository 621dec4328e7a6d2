// SPDX-License-Identifier: GPL-3.0-or-later
// ReminderScheduler: reminders fire from a local timer, once each, and not after the
// event began. The clock is injected; the timer is real (short waits, no sleeps).

#include "agenda/reminderscheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace crmsync;

class TestReminderScheduler : public QObject
{
    Q_OBJECT

private slots:
    void firesWhenDue();
    void lateButBeforeStartFiresAtOnce();
    void startedEventsAndDuplicatesAreSkipped();
};

void TestReminderScheduler::firesWhenDue()
{
    ReminderScheduler s;
    QSignalSpy due(&s, &ReminderScheduler::reminderDue);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime start = now.addSecs(15 * 60);
    s.setReminders({{"Later", now.addSecs(600), now.addSecs(3600)}, {"Soon", now.addMSecs(150), start}});
    QCOMPARE(due.count(), 0);
    QCOMPARE(s.nextAt(), now.addMSecs(150));
    QVERIFY(due.wait(5000));
    QCOMPARE(due.count(), 1);
    QCOMPARE(due.first().at(0).toString(), QStringLiteral("Soon"));
    QCOMPARE(due.first().at(1).toDateTime(), start);
    QCOMPARE(s.nextAt(), now.addSecs(600));
    // Ten minutes later by the clock: the other one.
    s.setClock([now] { return now.addSecs(601); });
    QCOMPARE(due.count(), 2);
    QCOMPARE(due.last().at(0).toString(), QStringLiteral("Later"));
    QVERIFY(!s.nextAt().isValid());
}

void TestReminderScheduler::lateButBeforeStartFiresAtOnce()
{
    ReminderScheduler s;
    QSignalSpy due(&s, &ReminderScheduler::reminderDue);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    s.setClock([now] { return now; });
    // The app started five minutes after the reminder time; the meeting is still ahead.
    s.setReminders({{"Standup", now.addSecs(-300), now.addSecs(600)}});
    QCOMPARE(due.count(), 1);
}

void TestReminderScheduler::startedEventsAndDuplicatesAreSkipped()
{
    ReminderScheduler s;
    QSignalSpy due(&s, &ReminderScheduler::reminderDue);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    s.setClock([now] { return now; });
    const ReminderScheduler::Reminder begun{"Begun", now.addSecs(-900), now.addSecs(-60)};
    const ReminderScheduler::Reminder ahead{"Ahead", now.addSecs(-10), now.addSecs(300)};
    s.setReminders({begun, ahead});
    QCOMPARE(due.count(), 1);
    QCOMPARE(due.first().at(0).toString(), QStringLiteral("Ahead"));
    // The agenda reloads after a sync: the same reminders do not fire again.
    s.setReminders({begun, ahead});
    QCOMPARE(due.count(), 1);
    QVERIFY(!s.nextAt().isValid());
}

QTEST_MAIN(TestReminderScheduler)
#include "tst_reminderscheduler.moc"
