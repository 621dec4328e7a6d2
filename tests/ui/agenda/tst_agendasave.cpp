// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: the Schedule Meeting editor saves through the core's edit path (outbox +
// replay on a worker thread) into a real crm-sandbox; with the sandbox down the change is
// queued, and once it is back a replay applies it exactly once.

#include "clifixture.h"
#include "common/appcontext.h"
#include "agenda/eventeditor.h"
#include "formats/canonicalvalue.h"
#include "state/statedb.h"
#include "sync/profilerunner.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace crmsync;

class TestAgendaSave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void savedThenQueuedThenReplayedOnce();

private:
    EditOutcome saveMeeting(const QString &title, const QDateTime &start);
    QJsonArray eventsTitled(const QString &title);

    CliFixture m_fixture;
    std::unique_ptr<AppContext> m_context;
};

void TestAgendaSave::initTestCase()
{
    QVERIFY(m_fixture.start());
    m_fixture.writeConfig("Events");
    m_context = std::make_unique<AppContext>(m_fixture.configPath(), m_fixture.stateDir());
    m_context->reloadConfig();
    QVERIFY2(!m_context->configError().isError(), qPrintable(m_context->configError().userMessage));
}

EditOutcome TestAgendaSave::saveMeeting(const QString &title, const QDateTime &start)
{
    EventEditor editor(m_context.get());
    editor.subjectEdit()->setText(title);
    editor.attendeesEdit()->setText("Taro.Yamada@acme.example, jane@example.com");
    editor.locationEdit()->setText("本社 3F 会議室");
    editor.startEdit()->setDateTime(start);
    editor.endEdit()->setDateTime(start.addSecs(3600));
    editor.setReminderMinutes(30);
    QSignalSpy saved(&editor, &EditorDialog::saved);
    editor.save();
    if (!saved.wait(30000))
        return {};
    return saved.first().first().value<EditOutcome>();
}

QJsonArray TestAgendaSave::eventsTitled(const QString &title)
{
    QJsonArray out;
    const QJsonArray all = m_fixture.crm().list("Events", "Event_Title,Start_DateTime,End_DateTime,Venue,Participants,Remind_At");
    for (const QJsonValue &v : all) {
        if (v.toObject().value("Event_Title").toString() == title)
            out.append(v);
    }
    return out;
}

void TestAgendaSave::savedThenQueuedThenReplayedOnce()
{
    // Online: applied at once, with the fields where Zoho keeps them.
    const QDateTime start = QDateTime(QDate::currentDate().addDays(1), QTime(10, 0));
    const EditOutcome applied = saveMeeting("予定の登録テスト", start);
    QCOMPARE(int(applied.kind), int(EditOutcome::Kind::Applied));
    QVERIFY(!applied.entry.crmId.isEmpty());
    const QJsonArray created = eventsTitled("予定の登録テスト");
    QCOMPARE(created.size(), 1);
    const QJsonObject record = created.first().toObject();
    QCOMPARE(record.value("Venue").toString(), QStringLiteral("本社 3F 会議室"));
    QCOMPARE(CanonicalValue::parseDateTime(record.value("Start_DateTime").toString()), start);
    QCOMPARE(CanonicalValue::parseDateTime(record.value("End_DateTime").toString()), start.addSecs(3600));
    QCOMPARE(CanonicalValue::parseDateTime(record.value("Remind_At").toString()), start.addSecs(-1800));
    QStringList participants;
    for (const QJsonValue &p : record.value("Participants").toArray())
        participants << p.toObject().value("participant").toString() + p.toObject().value("Email").toString();
    participants.sort();
    QCOMPARE(participants, (QStringList{"jane@example.com", "taro.yamada@acme.example"}));

    // Offline: recorded and queued, nothing sent.
    m_fixture.sandbox().stop();
    const EditOutcome queued = saveMeeting("Offline meeting", start.addSecs(7200));
    QCOMPARE(int(queued.kind), int(EditOutcome::Kind::Queued));
    QVERIFY(queued.entry.id > 0);
    {
        auto db = StateDb::open(QDir(m_fixture.stateDir()).filePath("state.sqlite"));
        QVERIFY(db);
        const auto pending = db.value()->outboxEntries("p", true);
        QVERIFY(pending);
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().id, queued.entry.id);
        QCOMPARE(pending->first().fields.value("Event_Title").toString(), QStringLiteral("Offline meeting"));
    }

    // Back online: the replay (as the next sync runs it) applies it, once.
    QVERIFY(m_fixture.sandbox().restart());
    for (int round = 0; round < 2; ++round) {
        ProfileRunner runner(m_context->config(), m_context->stateDir());
        QVERIFY(runner.prepare({{"p"}, false, false}));
        QSignalSpy finished(&runner, &ProfileRunner::finished);
        runner.startReplay("p");
        QVERIFY(finished.wait(30000));
        QVERIFY2(!runner.replayError().isError(), qPrintable(runner.replayError().userMessage));
        const auto entry = runner.stateDb()->outboxEntry(queued.entry.id);
        QVERIFY(entry);
        QCOMPARE(int(entry->state), int(OutboxEntry::State::Done));
    }
    QCOMPARE(eventsTitled("Offline meeting").size(), 1);
    QCOMPARE(eventsTitled("予定の登録テスト").size(), 1);
}

QTEST_MAIN(TestAgendaSave)
#include "tst_agendasave.moc"
