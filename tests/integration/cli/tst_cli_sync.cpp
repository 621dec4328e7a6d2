// SPDX-License-Identifier: GPL-3.0-or-later
// End to end through the crmsync binary: crm-sandbox Contacts/Leads ⇄ a folder of vCards.
#include "clifixture.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

namespace {

QJsonArray someContacts(int n)
{
    static const QStringList lastJa{QStringLiteral("山田"), QStringLiteral("佐藤"), QStringLiteral("鈴木")};
    QJsonArray out;
    for (int i = 0; i < n; ++i) {
        const bool ja = i % 2 == 0;
        out.append(QJsonObject{
            {QStringLiteral("Last_Name"), ja ? lastJa.at(i % 3) + QString::number(i) : QStringLiteral("Smith%1").arg(i)},
            {QStringLiteral("First_Name"), ja ? QStringLiteral("太郎") : QStringLiteral("Anna")},
            {QStringLiteral("Email"), QStringLiteral("person%1@example.com").arg(i)},
            {QStringLiteral("Phone"), QStringLiteral("+81-3-1234-%1").arg(1000 + i)},
            {QStringLiteral("Title"), QStringLiteral("Manager")}});
    }
    return out;
}

QString fileFor(const QString &crmId)
{
    return QStringLiteral("crm-%1.vcf").arg(crmId);
}

QJsonObject recordById(const QJsonArray &records, const QString &id)
{
    for (const QJsonValue &v : records) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

const QString kFields = QStringLiteral("Last_Name,First_Name,Email,Phone,Title,Description,Modified_Time");

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private slots:
    void firstSyncCreatesFilesAndSecondSyncIsQuiet()
    {
        CliFixture f;
        QVERIFY(f.start());
        QCOMPARE(f.crm().create(QStringLiteral("Contacts"), someContacts(12)).size(), 12);
        f.writeConfig(QStringLiteral("Contacts"));
        const auto calls = [&f] {
            const QJsonObject s = f.crm().stats();
            return s[QStringLiteral("requests")].toInt() + s[QStringLiteral("token_requests")].toInt();
        };
        const int before = calls();

        const auto first = f.sync();
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.report().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        // "requests" counts every call the CRM saw for the profile: sign-in and field check too.
        QCOMPARE(first.report()["requests"].toInt(), calls() - before);
        QCOMPARE(first.report()["remote"].toObject()["created"].toInt(), 12);
        QCOMPARE(first.report()["crm"].toObject()["created"].toInt(), 0);
        QCOMPARE(f.folderFiles().size(), 12);
        QVERIFY(f.readFile(f.folderFiles().first()).contains("BEGIN:VCARD"));

        const auto second = f.sync();
        QCOMPARE(second.exitCode, 0);
        const QJsonObject r = second.report();
        QCOMPARE(r["remote"].toObject()["created"].toInt() + r["remote"].toObject()["updated"].toInt(), 0);
        QCOMPARE(r["crm"].toObject()["created"].toInt() + r["crm"].toObject()["updated"].toInt(), 0);
        // A no-change run is incremental: token refresh, one list, one deleted list.
        QVERIFY2(r["requests"].toInt() <= 3, qPrintable(QString::number(r["requests"].toInt())));
    }

    void pausedProfileRunsOnlyWhenNamed()
    {
        CliFixture f;
        QVERIFY(f.start());
        QCOMPARE(f.crm().create(QStringLiteral("Contacts"), someContacts(3)).size(), 3);
        f.writeConfig(QStringLiteral("Contacts"), QJsonObject{{QStringLiteral("paused"), true}});

        const auto all = f.sync();
        QCOMPARE(all.exitCode, 0);
        QVERIFY2(all.json.value(QStringLiteral("profiles")).toArray().isEmpty(), all.stdoutData.constData());
        QVERIFY(f.folderFiles().isEmpty());

        const auto named = f.sync({QStringLiteral("--profile"), QStringLiteral("p")});
        QCOMPARE(named.exitCode, 0);
        QCOMPARE(named.report()["remote"].toObject()["created"].toInt(), 3);
        QCOMPARE(f.folderFiles().size(), 3);
    }

    void editsOnBothSidesMeet()
    {
        CliFixture f;
        QVERIFY(f.start());
        const QStringList ids = f.crm().create(QStringLiteral("Contacts"), someContacts(4));
        f.writeConfig(QStringLiteral("Contacts"), {{QStringLiteral("conflict"), QStringLiteral("merge")}});
        QCOMPARE(f.sync().exitCode, 0);

        // The folder side edits contact 0's title; the CRM side edits contact 1's phone.
        QByteArray card = f.readFile(fileFor(ids[0]));
        QVERIFY(card.contains("TITLE:Manager"));
        card.replace("TITLE:Manager", "TITLE:Director");
        f.writeFile(fileFor(ids[0]), card);
        QVERIFY(f.crm().update(QStringLiteral("Contacts"), ids[1], {{QStringLiteral("Phone"), QStringLiteral("+81-90-0000-1111")}}));

        const auto run = f.sync();
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.report()["crm"].toObject()["updated"].toInt(), 1);
        QCOMPARE(run.report()["remote"].toObject()["updated"].toInt(), 1);
        const QJsonArray crm = f.crm().list(QStringLiteral("Contacts"), kFields);
        QCOMPARE(recordById(crm, ids[0])["Title"].toString(), QStringLiteral("Director"));
        QVERIFY(f.readFile(fileFor(ids[1])).contains("+81-90-0000-1111"));
    }

    void conflictsAreMergedJournaledAndRestorable()
    {
        CliFixture f;
        QVERIFY(f.start());
        const QStringList ids = f.crm().create(QStringLiteral("Contacts"), someContacts(2));
        f.writeConfig(QStringLiteral("Contacts"), {{QStringLiteral("conflict"), QStringLiteral("merge")}});
        QCOMPARE(f.sync().exitCode, 0);

        // Both sides edit the title (a real conflict) and different fields (mergeable).
        QByteArray card = f.readFile(fileFor(ids[0]));
        card.replace("TITLE:Manager", "TITLE:CTO");
        card.replace("+81-3-1234-1000", "+81-3-9999-0000");
        f.writeFile(fileFor(ids[0]), card);
        QVERIFY(f.crm().update(QStringLiteral("Contacts"), ids[0],
                               {{QStringLiteral("Title"), QStringLiteral("VP Sales")},
                                {QStringLiteral("Description"), QStringLiteral("met at the Osaka fair")}}));

        const auto run = f.sync();
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.report()["conflicts"].toInt(), 1);
        const QJsonObject merged = recordById(f.crm().list(QStringLiteral("Contacts"), kFields), ids[0]);
        QCOMPARE(merged["Title"].toString(), QStringLiteral("VP Sales")); // merge_fallback: crm-wins
        QCOMPARE(merged["Phone"].toString(), QStringLiteral("+81-3-9999-0000"));
        QCOMPARE(merged["Description"].toString(), QStringLiteral("met at the Osaka fair"));
        const QByteArray mergedCard = f.readFile(fileFor(ids[0]));
        QVERIFY(mergedCard.contains("TITLE:VP Sales"));
        QVERIFY(mergedCard.contains("met at the Osaka fair"));

        const auto listed = f.run({QStringLiteral("restore"), QStringLiteral("--config"), f.configPath(), QStringLiteral("--state-dir"),
                                   f.stateDir(), QStringLiteral("--profile"), QStringLiteral("p"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray entries = listed.json["entries"].toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].toObject()["losing_side"].toString(), QStringLiteral("remote"));
        QCOMPARE(entries[0].toObject()["losing"].toObject()["Title"].toString(), QStringLiteral("CTO"));

        const auto restored = f.run({QStringLiteral("restore"), QStringLiteral("--config"), f.configPath(), QStringLiteral("--state-dir"),
                                     f.stateDir(), QStringLiteral("--profile"), QStringLiteral("p"), QStringLiteral("--entry"),
                                     QString::number(entries[0].toObject()["id"].toInteger())});
        QVERIFY2(restored.exitCode == 0, restored.stderrData.constData());
        QCOMPARE(recordById(f.crm().list(QStringLiteral("Contacts"), kFields), ids[0])["Title"].toString(), QStringLiteral("CTO"));
        QVERIFY(f.readFile(fileFor(ids[0])).contains("TITLE:CTO"));
        // Restoring left both sides equal to the base: the next run has nothing to do.
        const auto after = f.sync();
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.report()["crm"].toObject()["updated"].toInt() + after.report()["remote"].toObject()["updated"].toInt(), 0);
    }

    void newFileGetsDefaultsInCrm()
    {
        CliFixture f;
        QVERIFY(f.start());
        f.writeConfig(QStringLiteral("Contacts"), {{QStringLiteral("defaults"), QJsonObject{{QStringLiteral("Last_Name"), QStringLiteral("(no name)")}}}});
        f.writeFile(QStringLiteral("phone-export.vcf"),
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:info@shop.example\r\nN:;;;;\r\nEMAIL;TYPE=work:info@shop.example\r\nEND:VCARD\r\n");
        const auto run = f.sync();
        QVERIFY2(run.exitCode == 0, run.stdoutData.constData());
        QCOMPARE(run.report()["crm"].toObject()["created"].toInt(), 1);
        const QJsonArray crm = f.crm().list(QStringLiteral("Contacts"), kFields);
        QCOMPARE(crm.size(), 1);
        QCOMPARE(crm[0].toObject()["Last_Name"].toString(), QStringLiteral("(no name)"));
        QCOMPARE(crm[0].toObject()["Email"].toString(), QStringLiteral("info@shop.example"));
    }

    void missingDefaultIsPerItemError()
    {
        CliFixture f;
        QVERIFY(f.start());
        f.writeConfig(QStringLiteral("Leads"));
        f.writeFile(QStringLiteral("good.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ken Ito\r\nN:Ito;Ken;;;\r\nORG:Ito Trading\r\nEND:VCARD\r\n");
        f.writeFile(QStringLiteral("nocompany.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Aki Mori\r\nN:Mori;Aki;;;\r\nEND:VCARD\r\n");
        const auto run = f.sync();
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.report()["status"].toString(), QStringLiteral("errors"));
        QCOMPARE(run.report()["crm"].toObject()["created"].toInt(), 1);
        const QJsonArray errors = run.report()["errors"].toArray();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors[0].toObject()["message"].toString().contains(QStringLiteral("Company")));
        QVERIFY(errors[0].toObject()["item"].toString().contains(QStringLiteral("Mori")));
    }

    void brokenFileIsSkippedAndReported()
    {
        CliFixture f;
        QVERIFY(f.start());
        const QStringList ids = f.crm().create(QStringLiteral("Contacts"), someContacts(3));
        f.writeConfig(QStringLiteral("Contacts"));
        QCOMPARE(f.sync().exitCode, 0);
        // A synced file is corrupted: it must be reported, not deleted from the CRM.
        f.writeFile(fileFor(ids[0]), "this is not a vCard\r\n");
        const auto run = f.sync();
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.report()["crm"].toObject()["deleted"].toInt(), 0);
        QVERIFY(run.report()["errors"].toArray()[0].toObject()["item"].toString().contains(fileFor(ids[0])));
        QCOMPARE(f.crm().list(QStringLiteral("Contacts"), kFields).size(), 3);
    }

    void emptiedSideIsSafetyStop()
    {
        CliFixture f;
        QVERIFY(f.start());
        f.crm().create(QStringLiteral("Contacts"), someContacts(6));
        f.writeConfig(QStringLiteral("Contacts"));
        QCOMPARE(f.sync().exitCode, 0);
        for (const QString &name : f.folderFiles())
            QVERIFY(QFile::remove(QDir(f.folder()).filePath(name)));

        const auto stopped = f.sync();
        QCOMPARE(stopped.exitCode, 5);
        QCOMPARE(stopped.report()["status"].toString(), QStringLiteral("safety-stop"));
        QCOMPARE(f.crm().list(QStringLiteral("Contacts"), kFields).size(), 6);

        const auto confirmed = f.sync({QStringLiteral("--confirm-deletes")});
        QCOMPARE(confirmed.exitCode, 0);
        QCOMPARE(confirmed.report()["crm"].toObject()["deleted"].toInt(), 6);
        QCOMPARE(f.crm().list(QStringLiteral("Contacts"), kFields).size(), 0);
    }

    void noDuplicatesAfterStateIsDeleted()
    {
        CliFixture f;
        QVERIFY(f.start());
        f.crm().create(QStringLiteral("Contacts"), someContacts(8));
        f.writeConfig(QStringLiteral("Contacts"));
        f.writeFile(QStringLiteral("from-phone.vcf"),
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mei Chen\r\nN:Chen;Mei;;;\r\nEMAIL;TYPE=work:mei@example.com\r\nEND:VCARD\r\n");
        QCOMPARE(f.sync().exitCode, 0);
        QCOMPARE(f.folderFiles().size(), 9);
        QVERIFY(QDir(f.stateDir()).removeRecursively());

        const auto again = f.sync();
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.report()["crm"].toObject()["created"].toInt(), 0);
        QCOMPARE(again.report()["remote"].toObject()["created"].toInt(), 0);
        QCOMPARE(f.folderFiles().size(), 9);
        QCOMPARE(f.crm().list(QStringLiteral("Contacts"), kFields).size(), 9);
    }

    void customFieldsMapAndUnmappedDataSurvives()
    {
        CliFixture f;
        QVERIFY(f.start());
        const QStringList ids = f.crm().create(QStringLiteral("Contacts"), someContacts(1));
        QVERIFY(f.crm().update(QStringLiteral("Contacts"), ids[0], {{QStringLiteral("Customer_Rank"), QStringLiteral("A")}}));
        const QJsonArray map{QJsonObject{{QStringLiteral("crm"), QStringLiteral("Last_Name")}, {QStringLiteral("remote"), QStringLiteral("N.family")}},
                             QJsonObject{{QStringLiteral("crm"), QStringLiteral("First_Name")}, {QStringLiteral("remote"), QStringLiteral("N.given")}},
                             QJsonObject{{QStringLiteral("crm"), QStringLiteral("Email")}, {QStringLiteral("remote"), QStringLiteral("EMAIL;TYPE=work")}},
                             QJsonObject{{QStringLiteral("crm"), QStringLiteral("Title")}, {QStringLiteral("remote"), QStringLiteral("TITLE")}},
                             QJsonObject{{QStringLiteral("crm"), QStringLiteral("Customer_Rank")}, {QStringLiteral("remote"), QStringLiteral("X-CRM-RANK")}}};
        f.writeConfig(QStringLiteral("Contacts"), {{QStringLiteral("field_map"), map}});
        QCOMPARE(f.sync().exitCode, 0);
        const QString name = fileFor(ids[0]);
        QVERIFY(f.readFile(name).contains("X-CRM-RANK:A"));

        // Another client adds a photo, a birthday (unmapped here) and a group label.
        QByteArray card = f.readFile(name);
        const QByteArray extra = "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n"
                                 "BDAY:1980-02-03\r\nitem1.URL:https://example.com\r\nitem1.X-ABLabel:blog\r\n";
        card.replace("END:VCARD", extra + "END:VCARD");
        f.writeFile(name, card);
        QCOMPARE(f.sync().exitCode, 0);

        // The CRM changes the custom field and the title; the file is patched, not rewritten.
        QVERIFY(f.crm().update(QStringLiteral("Contacts"), ids[0], {{QStringLiteral("Customer_Rank"), QStringLiteral("B")},
                                                                    {QStringLiteral("Title"), QStringLiteral("Partner")}}));
        const auto run = f.sync();
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.report()["remote"].toObject()["updated"].toInt(), 1);
        const QByteArray after = f.readFile(name);
        QVERIFY(after.contains("X-CRM-RANK:B"));
        QVERIFY(after.contains("TITLE:Partner"));
        QVERIFY(after.contains(extra));

        // And a file-side change of the custom field reaches the CRM.
        QByteArray edited = after;
        edited.replace("X-CRM-RANK:B", "X-CRM-RANK:C");
        f.writeFile(name, edited);
        QCOMPARE(f.sync().exitCode, 0);
        QCOMPARE(recordById(f.crm().list(QStringLiteral("Contacts"), QStringLiteral("Customer_Rank,Email")), ids[0])["Customer_Rank"].toString(),
                 QStringLiteral("C"));
    }

    void unknownMappedFieldIsReportedBeforeAnythingIsWritten()
    {
        CliFixture f;
        QVERIFY(f.start());
        f.crm().create(QStringLiteral("Contacts"), someContacts(2));
        const QJsonArray map{QJsonObject{{QStringLiteral("crm"), QStringLiteral("Last_Name")}, {QStringLiteral("remote"), QStringLiteral("N.family")}},
                             QJsonObject{{QStringLiteral("crm"), QStringLiteral("Shoe_Size__c")}, {QStringLiteral("remote"), QStringLiteral("X-SHOE")}}};
        f.writeConfig(QStringLiteral("Contacts"), {{QStringLiteral("field_map"), map}});
        const auto run = f.sync();
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.report()["message"].toString().contains(QStringLiteral("Shoe_Size__c")));
        QCOMPARE(f.folderFiles().size(), 0);
    }

    void clearedFieldIsClearedInCrm()
    {
        CliFixture f;
        QVERIFY(f.start());
        const QStringList ids = f.crm().create(QStringLiteral("Contacts"), someContacts(2));
        f.writeConfig(QStringLiteral("Contacts"));
        QCOMPARE(f.sync().exitCode, 0);
        QByteArray card = f.readFile(fileFor(ids[0]));
        const qsizetype at = card.indexOf("TITLE:");
        QVERIFY(at >= 0);
        card.remove(at, card.indexOf('\n', at) - at + 1);
        f.writeFile(fileFor(ids[0]), card);
        const auto run = f.sync();
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.report()["crm"].toObject()["updated"].toInt(), 1);
        QVERIFY(recordById(f.crm().list(QStringLiteral("Contacts"), kFields), ids[0])["Title"].isNull());
        // And nothing comes back on the next runs.
        QCOMPARE(f.sync().report()["remote"].toObject()["updated"].toInt(), 0);
        QVERIFY(!f.readFile(fileFor(ids[0])).contains("TITLE:"));
    }

    void allDayAndTimedEventsStayStable()
    {
        CliFixture f;
        // A Japanese org: Zoho renders times in the user's zone (reference/zoho-crm-api.md §3.1).
        QVERIFY(f.start({QStringLiteral("--time-zone"), QStringLiteral("+09:00")}));
        const QStringList ids = f.crm().create(QStringLiteral("Events"), QJsonArray{
            QJsonObject{{QStringLiteral("Event_Title"), QStringLiteral("展示会")}, {QStringLiteral("All_day"), true},
                        {QStringLiteral("Start_DateTime"), QStringLiteral("2026-11-14T00:00:00+09:00")},
                        {QStringLiteral("End_DateTime"), QStringLiteral("2026-11-15T23:59:00+09:00")}},
            QJsonObject{{QStringLiteral("Event_Title"), QStringLiteral("Review")},
                        {QStringLiteral("Start_DateTime"), QStringLiteral("2026-11-20T10:00:00+09:00")},
                        {QStringLiteral("End_DateTime"), QStringLiteral("2026-11-20T11:30:00+09:00")},
                        {QStringLiteral("Venue"), QStringLiteral("本社 会議室A")}}});
        QCOMPARE(ids.size(), 2);
        f.writeConfig(QStringLiteral("Events"));
        QCOMPARE(f.sync().exitCode, 0);
        const QByteArray allDay = f.readFile(QStringLiteral("crm-%1.ics").arg(ids[0]));
        QVERIFY2(allDay.contains("DTSTART;VALUE=DATE:20261114"), allDay.constData());
        QVERIFY2(allDay.contains("DTEND;VALUE=DATE:20261116"), allDay.constData());
        QVERIFY(f.readFile(QStringLiteral("crm-%1.ics").arg(ids[1])).contains("DTSTART:20261120T010000Z"));
        for (int run = 0; run < 2; ++run) {
            const auto again = f.sync();
            QCOMPARE(again.exitCode, 0);
            QCOMPARE(again.report()["crm"].toObject()["updated"].toInt(), 0);
            QCOMPARE(again.report()["remote"].toObject()["updated"].toInt(), 0);
        }
        const QJsonObject stored = recordById(f.crm().list(QStringLiteral("Events"), QStringLiteral("Start_DateTime,End_DateTime,All_day")), ids[0]);
        QCOMPARE(stored["End_DateTime"].toString().left(16), QStringLiteral("2026-11-15T23:59"));
    }

    void recurrenceRemindersAndParticipantsStayStable()
    {
        CliFixture f;
        QVERIFY(f.start({QStringLiteral("--time-zone"), QStringLiteral("+09:00")}));
        const QStringList ids = f.crm().create(QStringLiteral("Events"), QJsonArray{QJsonObject{
            {QStringLiteral("Event_Title"), QStringLiteral("週次定例")},
            {QStringLiteral("Start_DateTime"), QStringLiteral("2026-11-16T10:00:00+09:00")},
            {QStringLiteral("End_DateTime"), QStringLiteral("2026-11-16T11:00:00+09:00")},
            {QStringLiteral("Remind_At"), QStringLiteral("2026-11-16T09:45:00+09:00")},
            {QStringLiteral("Recurring_Activity"), QJsonObject{{QStringLiteral("RRULE"), QStringLiteral("FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;DTSTART=2026-11-16")}}},
            {QStringLiteral("Participants"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("email")},
                                                                    {QStringLiteral("participant"), QStringLiteral("ken@example.com")}}}}}});
        QCOMPARE(ids.size(), 1);
        f.writeConfig(QStringLiteral("Events"));
        QCOMPARE(f.sync().exitCode, 0);
        const QByteArray ics = f.readFile(QStringLiteral("crm-%1.ics").arg(ids[0]));
        QVERIFY2(ics.contains("RRULE:FREQ=WEEKLY"), ics.constData());
        QVERIFY2(ics.contains("BEGIN:VALARM"), ics.constData());
        QVERIFY2(QByteArray(ics).replace("\r\n ", "").contains("mailto:ken@example.com"), ics.constData());
        for (int run = 0; run < 2; ++run) {
            const auto again = f.sync();
            QCOMPARE(again.exitCode, 0);
            QCOMPARE(again.report()["crm"].toObject()["updated"].toInt(), 0);
            QCOMPARE(again.report()["remote"].toObject()["updated"].toInt(), 0);
        }

        // Tasks: a reminder and a due date survive too.
        const QStringList tasks = f.crm().create(QStringLiteral("Tasks"), QJsonArray{QJsonObject{
            {QStringLiteral("Subject"), QStringLiteral("見積書を送付")}, {QStringLiteral("Due_Date"), QStringLiteral("2026-11-25")},
            {QStringLiteral("Status"), QStringLiteral("In Progress")}, {QStringLiteral("Priority"), QStringLiteral("High")},
            {QStringLiteral("Remind_At"), QJsonObject{{QStringLiteral("ALARM"), QStringLiteral("FREQ=NONE;ACTION=POPUP;TRIGGER=DATE-TIME:2026-11-25T09:00:00+09:00")}}}}});
        QCOMPARE(tasks.size(), 1);
        // The same profile name for another module is refused: its state belongs to Events.
        f.writeConfig(QStringLiteral("Tasks"));
        const auto reused = f.sync();
        QCOMPARE(reused.exitCode, 1);
        QVERIFY(reused.report()["message"].toString().contains(QStringLiteral("Events")));
        for (const QString &name : f.folderFiles())
            QFile::remove(QDir(f.folder()).filePath(name)); // the folder held the events
        f.writeConfig(QStringLiteral("Tasks"), {{QStringLiteral("name"), QStringLiteral("tasks")}});
        QCOMPARE(f.sync().exitCode, 0);
        QVERIFY(f.readFile(QStringLiteral("crm-%1.ics").arg(tasks[0])).contains("STATUS:IN-PROCESS"));
        for (int run = 0; run < 2; ++run) {
            const auto again = f.sync();
            QCOMPARE(again.report()["crm"].toObject()["updated"].toInt() + again.report()["remote"].toObject()["updated"].toInt(), 0);
        }
    }

    void dryRunChangesNothing()
    {
        CliFixture f;
        QVERIFY(f.start());
        f.crm().create(QStringLiteral("Contacts"), someContacts(5));
        f.writeConfig(QStringLiteral("Contacts"));
        const auto plan = f.sync({QStringLiteral("--dry-run")});
        QCOMPARE(plan.exitCode, 0);
        QCOMPARE(plan.report()["dry_run"].toBool(), true);
        QCOMPARE(plan.report()["remote"].toObject()["created"].toInt(), 5);
        QCOMPARE(f.folderFiles().size(), 0);
    }

    void exitCodes()
    {
        CliFixture f;
        QVERIFY(f.start());
        f.writeConfig(QStringLiteral("Contacts"), {{QStringLiteral("direction"), QStringLiteral("both")}});
        const auto bad = f.sync();
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.stderrData.contains("direction"));

        f.writeConfig(QStringLiteral("Contacts"), {}, {QStringLiteral("printf"), QStringLiteral("wrong-token")});
        const auto auth = f.sync();
        QCOMPARE(auth.exitCode, 3);
        QCOMPARE(auth.report()["status"].toString(), QStringLiteral("auth-error"));

        f.writeConfig(QStringLiteral("Contacts"));
        f.sandbox().stop();
        const auto offline = f.sync();
        QCOMPARE(offline.exitCode, 4);
        QCOMPARE(offline.report()["status"].toString(), QStringLiteral("offline"));

        const auto usage = f.run({QStringLiteral("sync")});
        QCOMPARE(usage.exitCode, 2);
        QCOMPARE(f.run({QStringLiteral("--version")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
