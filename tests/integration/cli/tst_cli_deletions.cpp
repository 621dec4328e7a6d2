// SPDX-License-Identifier: GPL-3.0-or-later
// End to end through the crmsync binary: every deletion a sync makes is journaled and
// restorable on both sides, and deletions that add up over a day stop for safety
// (docs/sync-model.md "The journal" and "Safety stops"). crm-sandbox Contacts ⇄ a folder.
#include "clifixture.h"
#include "davserverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

namespace {

const QString kFields = QStringLiteral("Last_Name,First_Name,Email,Phone,Title,Modified_Time");

QJsonArray contacts(int n)
{
    QJsonArray out;
    for (int i = 0; i < n; ++i) {
        out.append(QJsonObject{{QStringLiteral("Last_Name"), QStringLiteral("山田%1").arg(i)},
                               {QStringLiteral("First_Name"), QStringLiteral("太郎")},
                               {QStringLiteral("Email"), QStringLiteral("person%1@example.com").arg(i)},
                               {QStringLiteral("Title"), QStringLiteral("Manager")}});
    }
    return out;
}

QString fileFor(const QString &crmId)
{
    return QStringLiteral("crm-%1.vcf").arg(crmId);
}

QJsonObject recordNamed(const QJsonArray &records, const QString &lastName)
{
    for (const QJsonValue &v : records) {
        if (v.toObject().value(QStringLiteral("Last_Name")).toString() == lastName)
            return v.toObject();
    }
    return {};
}

//! The folder's files that contain \a text.
QStringList filesWith(const CliFixture &f, const QByteArray &text)
{
    QStringList out;
    for (const QString &name : f.folderFiles()) {
        if (f.readFile(name).contains(text))
            out << name;
    }
    return out;
}

bool removeFile(const CliFixture &f, const QString &name)
{
    return QFile::remove(QDir(f.folder()).filePath(name));
}

CliFixture::Outcome restore(CliFixture &f, const QStringList &extra = {})
{
    return f.run(QStringList{QStringLiteral("restore"), QStringLiteral("--config"), f.configPath(),
                             QStringLiteral("--state-dir"), f.stateDir(), QStringLiteral("--profile"), QStringLiteral("p")}
                 + extra);
}

} // namespace

class TestCliDeletions : public QObject
{
    Q_OBJECT

private slots:
    void deletedFileDeletesRecordThatRestoreBringsBack()
    {
        CliFixture f;
        QVERIFY(f.start());
        const QStringList ids = f.crm().create(QStringLiteral("Contacts"), contacts(4));
        f.writeConfig(QStringLiteral("Contacts"));
        QCOMPARE(f.sync().exitCode, 0);

        // The file goes: the sync deletes the CRM record, journaling it first.
        QVERIFY(removeFile(f, fileFor(ids[0])));
        const auto deleted = f.sync();
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(deleted.report()["crm"].toObject()["deleted"].toInt(), 1);
        QCOMPARE(f.crm().list(QStringLiteral("Contacts"), kFields).size(), 3);

        const auto listed = restore(f, {QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray entries = listed.json["entries"].toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries[0].toObject();
        QCOMPARE(entry["kind"].toString(), QStringLiteral("deleted-on-crm"));
        QCOMPARE(entry["crm_id"].toString(), ids[0]);
        QCOMPARE(entry["remote_id"].toString(), fileFor(ids[0]));
        QCOMPARE(entry["losing"].toObject()["Last_Name"].toString(), QStringLiteral("山田0"));
        const auto text = restore(f);
        QVERIFY2(text.stdoutData.contains("deleted on CRM"), text.stdoutData.constData());

        const QString id = QString::number(entry["id"].toInteger());
        const auto restored = restore(f, {QStringLiteral("--entry"), id});
        QVERIFY2(restored.exitCode == 0, restored.stderrData.constData());
        // Back on both sides: a new CRM record with the old values, and a file for it.
        const QJsonArray crm = f.crm().list(QStringLiteral("Contacts"), kFields);
        QCOMPARE(crm.size(), 4);
        const QJsonObject back = recordNamed(crm, QStringLiteral("山田0"));
        QCOMPARE(back["Email"].toString(), QStringLiteral("person0@example.com"));
        QCOMPARE(f.folderFiles().size(), 4);
        QCOMPARE(filesWith(f, "person0@example.com").size(), 1);

        // Linked again: the next run has nothing to do and deletes nothing.
        const auto after = f.sync();
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.writes(), 0);
        QCOMPARE(f.crm().list(QStringLiteral("Contacts"), kFields).size(), 4);

        const auto twice = restore(f, {QStringLiteral("--entry"), id});
        QVERIFY(twice.exitCode != 0);
        QVERIFY2(twice.stderrData.contains("already restored"), twice.stderrData.constData());
        QCOMPARE(f.crm().list(QStringLiteral("Contacts"), kFields).size(), 4);
        QCOMPARE(f.folderFiles().size(), 4);
    }

    void deletedRecordDeletesFileThatRestoreBringsBackWhole()
    {
        CliFixture f;
        QVERIFY(f.start());
        const QStringList ids = f.crm().create(QStringLiteral("Contacts"), contacts(4));
        f.writeConfig(QStringLiteral("Contacts"));
        QCOMPARE(f.sync().exitCode, 0);
        // Something only the file holds: not mapped, so only the journaled payload keeps it.
        QByteArray card = f.readFile(fileFor(ids[1]));
        card.replace("END:VCARD", "X-PHONE-APP-NOTE:met at the Osaka fair\r\nEND:VCARD");
        f.writeFile(fileFor(ids[1]), card);
        QCOMPARE(f.sync().exitCode, 0);

        QVERIFY(f.crm().remove(QStringLiteral("Contacts"), ids[1]));
        const auto deleted = f.sync();
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(deleted.report()["remote"].toObject()["deleted"].toInt(), 1);
        QVERIFY(!f.folderFiles().contains(fileFor(ids[1])));

        const auto listed = restore(f, {QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray entries = listed.json["entries"].toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries[0].toObject();
        QCOMPARE(entry["kind"].toString(), QStringLiteral("deleted-on-remote"));
        QCOMPARE(entry["remote_id"].toString(), fileFor(ids[1]));
        QVERIFY2(restore(f).stdoutData.contains("deleted on other side"), "");

        const auto restored = restore(f, {QStringLiteral("--entry"), QString::number(entry["id"].toInteger())});
        QVERIFY2(restored.exitCode == 0, restored.stderrData.constData());
        const QJsonArray crm = f.crm().list(QStringLiteral("Contacts"), kFields);
        QCOMPARE(crm.size(), 4);
        QCOMPARE(recordNamed(crm, QStringLiteral("山田1"))["Email"].toString(), QStringLiteral("person1@example.com"));
        const QStringList files = filesWith(f, "person1@example.com");
        QCOMPARE(files.size(), 1);
        QVERIFY2(f.readFile(files[0]).contains("X-PHONE-APP-NOTE:met at the Osaka fair"), f.readFile(files[0]).constData());

        const auto after = f.sync();
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.writes(), 0);
        QCOMPARE(f.folderFiles().size(), 4);
    }

    void deletedRecordDeletesDavItemThatRestoreBringsBack()
    {
        CliFixture f;
        QVERIFY(f.start());
        DavServerProcess server(DavServerProcess::Server::Radicale);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QStringList ids = f.crm().create(QStringLiteral("Contacts"), contacts(3));
        f.setRemoteAccount(CliFixture::davAccount(QStringLiteral("carddav"), server, server.addressBookUrl()));
        f.writeConfig(QStringLiteral("Contacts"));
        const auto first = f.sync();
        QVERIFY2(first.exitCode == 0, first.stdoutData + first.stderrData);

        QVERIFY(f.crm().remove(QStringLiteral("Contacts"), ids[2]));
        const auto deleted = f.sync();
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(deleted.report()["remote"].toObject()["deleted"].toInt(), 1);
        const QJsonArray entries = restore(f, {QStringLiteral("--json")}).json["entries"].toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].toObject()["kind"].toString(), QStringLiteral("deleted-on-remote"));

        const auto restored = restore(f, {QStringLiteral("--entry"), QString::number(entries[0].toObject()["id"].toInteger())});
        QVERIFY2(restored.exitCode == 0, restored.stderrData.constData());
        QCOMPARE(recordNamed(f.crm().list(QStringLiteral("Contacts"), kFields), QStringLiteral("山田2"))["Email"].toString(),
                 QStringLiteral("person2@example.com"));
        // Had the address book not got the card back, this run would see it gone and delete
        // the record again.
        const auto after = f.sync();
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.writes(), 0);
        QCOMPARE(f.crm().list(QStringLiteral("Contacts"), kFields).size(), 3);
    }

    void deletionsAddingUpWithinADayStop()
    {
        CliFixture f;
        QVERIFY(f.start());
        const QStringList ids = f.crm().create(QStringLiteral("Contacts"), contacts(10));
        f.writeConfig(QStringLiteral("Contacts")); // max_delete_percent: 50
        QCOMPARE(f.sync().exitCode, 0);

        // Two files a run: each run alone stays well under half of what is linked.
        for (int run = 0; run < 2; ++run) {
            QVERIFY(removeFile(f, fileFor(ids[2 * run])));
            QVERIFY(removeFile(f, fileFor(ids[2 * run + 1])));
            const auto r = f.sync();
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.report()["crm"].toObject()["deleted"].toInt(), 2);
        }
        QCOMPARE(f.crm().list(QStringLiteral("Contacts"), kFields).size(), 6);

        // Two more make 6 of the 10 the day began with.
        QVERIFY(removeFile(f, fileFor(ids[4])));
        QVERIFY(removeFile(f, fileFor(ids[5])));
        const auto stopped = f.sync();
        QCOMPARE(stopped.exitCode, 5);
        QCOMPARE(stopped.report()["status"].toString(), QStringLiteral("safety-stop"));
        const QString message = stopped.report()["message"].toString();
        QVERIFY2(message.contains(QStringLiteral("6 deletions")) && message.contains(QStringLiteral("24 hours"))
                     && message.contains(QStringLiteral("50%")),
                 qPrintable(message));
        QCOMPARE(f.crm().list(QStringLiteral("Contacts"), kFields).size(), 6);
        // Asking again does not wear the guard down.
        QCOMPARE(f.sync().exitCode, 5);
        QCOMPARE(f.crm().list(QStringLiteral("Contacts"), kFields).size(), 6);

        const auto confirmed = f.sync({QStringLiteral("--confirm-deletes")});
        QCOMPARE(confirmed.exitCode, 0);
        QCOMPARE(confirmed.report()["crm"].toObject()["deleted"].toInt(), 2);
        QCOMPARE(f.crm().list(QStringLiteral("Contacts"), kFields).size(), 4);

        // The confirmed deletions were accepted: the guard counts afresh from there.
        QVERIFY(removeFile(f, fileFor(ids[6])));
        const auto later = f.sync();
        QCOMPARE(later.exitCode, 0);
        QCOMPARE(later.report()["crm"].toObject()["deleted"].toInt(), 1);
        // Every deletion is in the journal.
        QCOMPARE(restore(f, {QStringLiteral("--json")}).json["entries"].toArray().size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestCliDeletions)
#include "tst_cli_deletions.moc"
