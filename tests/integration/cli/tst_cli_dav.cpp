// SPDX-License-Identifier: GPL-3.0-or-later
// End to end through the crmsync binary: crm-sandbox ⇄ a real CardDAV/CalDAV server
// (Radicale for Contacts, Xandikos for Events and Tasks; reference/protocols.md §4.4), and a
// second client (vdirsyncer) reading and editing what was written.
#include "clifixture.h"
#include "connectors/dav/davstore.h"
#include "davserverprocess.h"
#include "net/networkcontext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace crmsync;

namespace {

QJsonArray someContacts(int n)
{
    QJsonArray out;
    for (int i = 0; i < n; ++i) {
        out.append(QJsonObject{{QStringLiteral("Last_Name"), QStringLiteral("山田%1").arg(i)},
                               {QStringLiteral("First_Name"), QStringLiteral("太郎")},
                               {QStringLiteral("Email"), QStringLiteral("person%1@example.com").arg(i)},
                               {QStringLiteral("Phone"), QStringLiteral("+81-3-1234-%1").arg(1000 + i)},
                               {QStringLiteral("Title"), QStringLiteral("Manager")}});
    }
    return out;
}

//! The member whose payload contains \a needle, from a full listing.
Item findItem(DavStore &store, const QByteArray &needle)
{
    auto list = CliFixture::runJob(store.listChanges({}, {}));
    for (const Item &item : list->changes().changed) {
        if (item.raw.contains(needle))
            return item;
    }
    return {};
}

} // namespace

class TestCliDav : public QObject
{
    Q_OBJECT

private slots:
    void contactsTwoWayWithRadicale()
    {
        CliFixture f;
        QVERIFY(f.start());
        DavServerProcess server(DavServerProcess::Server::Radicale);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QStringList ids = f.crm().create(QStringLiteral("Contacts"), someContacts(3));
        QCOMPARE(ids.size(), 3);
        f.setRemoteAccount(CliFixture::davAccount(QStringLiteral("carddav"), server, server.addressBookUrl()));
        f.writeConfig(QStringLiteral("Contacts"), {{QStringLiteral("conflict"), QStringLiteral("merge")}});

        const auto first = f.sync();
        QVERIFY2(first.exitCode == 0, first.stdoutData + first.stderrData);
        QCOMPARE(first.report()["remote"].toObject()["created"].toInt(), 3);

        NetworkContext context;
        DavStore store(CliFixture::addressBookOf(server, &context));
        auto listing = CliFixture::runJob(store.listChanges({}, {}));
        QCOMPARE(listing->changes().changed.size(), 3);

        // The server side edits contact 0's title; the CRM side edits contact 1's phone.
        const Item card = findItem(store, "person0@example.com");
        QVERIFY(card.raw.contains("TITLE:Manager"));
        WriteRequest edit;
        edit.op = WriteRequest::Op::Update;
        edit.id = card.id;
        edit.expectedVersion = card.version;
        edit.raw = QByteArray(card.raw).replace("TITLE:Manager", "TITLE:Director");
        auto written = CliFixture::runJob(store.write({edit}));
        QVERIFY(written->results().constFirst().ok());
        QVERIFY(f.crm().update(QStringLiteral("Contacts"), ids[1], {{QStringLiteral("Phone"), QStringLiteral("+81-90-0000-1111")}}));

        const auto second = f.sync();
        QVERIFY2(second.exitCode == 0, second.stdoutData + second.stderrData);
        QCOMPARE(second.report()["crm"].toObject()["updated"].toInt(), 1);
        QCOMPARE(second.report()["remote"].toObject()["updated"].toInt(), 1);
        const QJsonArray crm = f.crm().list(QStringLiteral("Contacts"), QStringLiteral("Title,Email"));
        bool director = false;
        for (const QJsonValue &v : crm)
            director = director || (v[QStringLiteral("Email")].toString() == QLatin1String("person0@example.com")
                                    && v[QStringLiteral("Title")].toString() == QLatin1String("Director"));
        QVERIFY(director);
        QVERIFY(!findItem(store, "+81-90-0000-1111").id.isEmpty());

        const auto third = f.sync();
        QCOMPARE(third.exitCode, 0);
        QCOMPARE(third.writes(), 0);
    }

    void eventsFirstSyncWithXandikos()
    {
        CliFixture f;
        QVERIFY(f.start());
        DavServerProcess server(DavServerProcess::Server::Xandikos);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QJsonArray events;
        for (int i = 0; i < 3; ++i) {
            events.append(QJsonObject{{QStringLiteral("Event_Title"), QStringLiteral("打ち合わせ %1").arg(i)},
                                      {QStringLiteral("Start_DateTime"), QStringLiteral("2024-01-0%1T10:00:00+09:00").arg(i + 1)},
                                      {QStringLiteral("End_DateTime"), QStringLiteral("2024-01-0%1T11:00:00+09:00").arg(i + 1)}});
        }
        QCOMPARE(f.crm().create(QStringLiteral("Events"), events).size(), 3);
        f.setRemoteAccount(CliFixture::davAccount(QStringLiteral("caldav"), server, server.calendarUrl()));
        f.writeConfig(QStringLiteral("Events"));

        const auto first = f.sync();
        QVERIFY2(first.exitCode == 0, first.stdoutData + first.stderrData);
        QCOMPARE(first.report()["remote"].toObject()["created"].toInt(), 3);

        NetworkContext context;
        DavCollection c;
        c.kind = DavCollection::Kind::Calendar;
        c.url = server.calendarUrl();
        c.context = &context;
        DavStore store(c);
        const Item event = findItem(store, QStringLiteral("打ち合わせ 1").toUtf8());
        QVERIFY(!event.id.isEmpty());

        const auto second = f.sync();
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.writes(), 0);

        // Another client renames event 1 on the server; the CRM renames event 2.
        WriteRequest edit;
        edit.op = WriteRequest::Op::Update;
        edit.id = event.id;
        edit.expectedVersion = event.version;
        edit.raw = QByteArray(event.raw).replace(QStringLiteral("打ち合わせ 1").toUtf8(), QStringLiteral("打ち合わせ 1（変更）").toUtf8());
        auto written = CliFixture::runJob(store.write({edit}));
        QVERIFY2(written->results().constFirst().ok(), qPrintable(written->results().constFirst().error.detail));
        const QJsonArray crmEvents = f.crm().list(QStringLiteral("Events"), QStringLiteral("Event_Title"));
        QString second2;
        for (const QJsonValue &v : crmEvents) {
            if (v[QStringLiteral("Event_Title")].toString() == QStringLiteral("打ち合わせ 2"))
                second2 = v[QStringLiteral("id")].toString();
        }
        QVERIFY(!second2.isEmpty());
        QVERIFY(f.crm().update(QStringLiteral("Events"), second2, {{QStringLiteral("Event_Title"), QStringLiteral("レビュー")}}));

        const auto third = f.sync();
        QVERIFY2(third.exitCode == 0, third.stdoutData + third.stderrData);
        QCOMPARE(third.report()["crm"].toObject()["updated"].toInt(), 1);
        QCOMPARE(third.report()["remote"].toObject()["updated"].toInt(), 1);
        bool renamed = false;
        for (const QJsonValue &v : f.crm().list(QStringLiteral("Events"), QStringLiteral("Event_Title")))
            renamed = renamed || v[QStringLiteral("Event_Title")].toString() == QStringLiteral("打ち合わせ 1（変更）");
        QVERIFY(renamed);
        QVERIFY(!findItem(store, QStringLiteral("SUMMARY:レビュー").toUtf8()).id.isEmpty());
    }

    void tasksTwoWayWithXandikos()
    {
        CliFixture f;
        QVERIFY(f.start());
        DavServerProcess server(DavServerProcess::Server::Xandikos);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QCOMPARE(f.crm().create(QStringLiteral("Tasks"),
                                QJsonArray{QJsonObject{{QStringLiteral("Subject"), QStringLiteral("見積書を送付")},
                                                       {QStringLiteral("Due_Date"), QStringLiteral("2026-11-25")}}})
                     .size(),
                 1);
        f.setRemoteAccount(CliFixture::davAccount(QStringLiteral("caldav"), server, server.calendarUrl()));
        f.writeConfig(QStringLiteral("Tasks"));
        const auto first = f.sync();
        QVERIFY2(first.exitCode == 0, first.stdoutData + first.stderrData);
        QCOMPARE(first.report()["remote"].toObject()["created"].toInt(), 1);

        NetworkContext context;
        DavCollection c;
        c.kind = DavCollection::Kind::Calendar;
        c.url = server.calendarUrl();
        c.context = &context;
        DavStore store(c);
        const Item todo = findItem(store, "BEGIN:VTODO");
        QVERIFY(todo.raw.contains(QStringLiteral("見積書を送付").toUtf8()));

        const auto second = f.sync();
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.writes(), 0);

        // A phone marks the task done on the server; the CRM gets a new task meanwhile.
        QByteArray done = todo.raw;
        const qsizetype status = done.indexOf("STATUS:");
        if (status >= 0) {
            const qsizetype lineEnd = done.indexOf('\n', status);
            QVERIFY(lineEnd > status);
            done.replace(status, (done.at(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd) - status, "STATUS:COMPLETED");
        } else {
            QVERIFY(done.contains("END:VTODO"));
            done.replace("END:VTODO", "STATUS:COMPLETED\r\nEND:VTODO");
        }
        WriteRequest edit;
        edit.op = WriteRequest::Op::Update;
        edit.id = todo.id;
        edit.expectedVersion = todo.version;
        edit.raw = done;
        auto written = CliFixture::runJob(store.write({edit}));
        QVERIFY2(written->results().constFirst().ok(), qPrintable(written->results().constFirst().error.detail));
        QCOMPARE(f.crm().create(QStringLiteral("Tasks"),
                                QJsonArray{QJsonObject{{QStringLiteral("Subject"), QStringLiteral("契約書を確認")},
                                                       {QStringLiteral("Due_Date"), QStringLiteral("2026-11-30")},
                                                       {QStringLiteral("Priority"), QStringLiteral("High")}}})
                     .size(),
                 1);

        const auto third = f.sync();
        QVERIFY2(third.exitCode == 0, third.stdoutData + third.stderrData);
        QCOMPARE(third.report()["crm"].toObject()["updated"].toInt(), 1);
        QCOMPARE(third.report()["remote"].toObject()["created"].toInt(), 1);
        QString statusInCrm;
        for (const QJsonValue &v : f.crm().list(QStringLiteral("Tasks"), QStringLiteral("Subject,Status"))) {
            if (v[QStringLiteral("Subject")].toString() == QStringLiteral("見積書を送付"))
                statusInCrm = v[QStringLiteral("Status")].toString();
        }
        QCOMPARE(statusInCrm, QStringLiteral("Completed"));
        const Item added = findItem(store, QStringLiteral("契約書を確認").toUtf8());
        QVERIFY(added.raw.contains("BEGIN:VTODO"));
        QVERIFY(added.raw.contains("PRIORITY:3"));

        const auto fourth = f.sync();
        QCOMPARE(fourth.exitCode, 0);
        QCOMPARE(fourth.writes(), 0);
    }

    void secondDeviceReadsWhatWasWritten()
    {
        // Another client on another "device": vdirsyncer (Debian package) downloads the
        // address book CRM Sync wrote into a folder of its own, and its edit comes back.
        const QString vdirsyncer = QStandardPaths::findExecutable(QStringLiteral("vdirsyncer"));
        if (vdirsyncer.isEmpty())
            QSKIP("vdirsyncer is not installed (packaging/install-deps.sh installs it)");
        CliFixture f;
        QVERIFY(f.start());
        DavServerProcess server(DavServerProcess::Server::Radicale);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QCOMPARE(f.crm().create(QStringLiteral("Contacts"), someContacts(4)).size(), 4);
        f.setRemoteAccount(CliFixture::davAccount(QStringLiteral("carddav"), server, server.addressBookUrl()));
        f.writeConfig(QStringLiteral("Contacts"));
        const auto first = f.sync();
        QVERIFY2(first.exitCode == 0, first.stdoutData + first.stderrData);

        QTemporaryDir device;
        QVERIFY(device.isValid());
        const QString local = device.filePath(QStringLiteral("cards"));
        QVERIFY(QDir().mkpath(local));
        QFile config(device.filePath(QStringLiteral("config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("[general]\nstatus_path = \"%1\"\n\n"
                                    "[pair cards]\na = \"phone\"\nb = \"server\"\ncollections = null\n\n"
                                    "[storage phone]\ntype = \"filesystem\"\npath = \"%2\"\nfileext = \".vcf\"\n\n"
                                    "[storage server]\ntype = \"carddav\"\nurl = \"%3\"\nusername = \"%4\"\npassword = \"%5\"\n")
                         .arg(device.filePath(QStringLiteral("status")), local, server.addressBookUrl().toString(),
                              server.username(), server.password())
                         .toUtf8());
        config.close();
        const auto vdir = [&](const QStringList &args) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(vdirsyncer, QStringList{QStringLiteral("-c"), config.fileName()} + args);
            if (!p.waitForFinished(120000))
                p.kill();
            p.waitForFinished();
            return std::make_pair(p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll());
        };
        auto [code, out] = vdir({QStringLiteral("discover")});
        QVERIFY2(code == 0, out.constData());
        std::tie(code, out) = vdir({QStringLiteral("sync")});
        QVERIFY2(code == 0, out.constData());
        QDir cards(local);
        const QStringList files = cards.entryList({QStringLiteral("*.vcf")}, QDir::Files);
        QCOMPARE(files.size(), 4);
        QString edited;
        for (const QString &name : files) {
            QFile file(cards.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray card = file.readAll();
            QVERIFY2(card.contains(QStringLiteral("太郎").toUtf8()), card.constData());
            if (card.contains("person2@example.com"))
                edited = file.fileName();
        }
        QVERIFY(!edited.isEmpty());

        // The second device edits a title; CRM Sync brings it to the CRM.
        QFile file(edited);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray card = file.readAll().replace("TITLE:Manager", "TITLE:部長");
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(card);
        file.close();
        std::tie(code, out) = vdir({QStringLiteral("sync")});
        QVERIFY2(code == 0, out.constData());
        const auto second = f.sync();
        QVERIFY2(second.exitCode == 0, second.stdoutData + second.stderrData);
        QCOMPARE(second.report()["crm"].toObject()["updated"].toInt(), 1);
        bool seen = false;
        for (const QJsonValue &v : f.crm().list(QStringLiteral("Contacts"), QStringLiteral("Title,Email")))
            seen = seen || (v[QStringLiteral("Email")].toString() == QLatin1String("person2@example.com")
                            && v[QStringLiteral("Title")].toString() == QStringLiteral("部長"));
        QVERIFY(seen);
    }

    void discoverListsCollections_data()
    {
        QTest::addColumn<bool>("xandikos");
        QTest::newRow("radicale") << false;
        QTest::newRow("xandikos") << true;
    }

    void discoverListsCollections()
    {
        QFETCH(bool, xandikos);
        CliFixture f;
        QVERIFY(f.start());
        DavServerProcess server(xandikos ? DavServerProcess::Server::Xandikos : DavServerProcess::Server::Radicale);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        // The server's root URL: discovery finds the collections from there.
        f.setRemoteAccount(CliFixture::davAccount(QStringLiteral("carddav"), server, server.baseUrl()));
        f.writeConfig(QStringLiteral("Contacts"));

        const auto json = f.run({QStringLiteral("discover"), QStringLiteral("--config"), f.configPath(),
                                 QStringLiteral("--account"), QStringLiteral("folder"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.stdoutData + json.stderrData);
        QMap<QString, QString> found;
        for (const QJsonValue &v : json.json[QStringLiteral("collections")].toArray())
            found.insert(v[QStringLiteral("url")].toString(), v[QStringLiteral("type")].toString());
        QCOMPARE(found.value(server.addressBookUrl().toString()), QStringLiteral("carddav"));
        QCOMPARE(found.value(server.calendarUrl().toString()), QStringLiteral("caldav"));

        const auto text = f.run({QStringLiteral("discover"), QStringLiteral("--config"), f.configPath(),
                                 QStringLiteral("--account"), QStringLiteral("folder")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.stdoutData.contains(server.calendarUrl().toEncoded()));

        const auto wrong = f.run({QStringLiteral("discover"), QStringLiteral("--config"), f.configPath(),
                                  QStringLiteral("--account"), QStringLiteral("zoho")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.stderrData.contains("zoho"));
    }
};

QTEST_GUILESS_MAIN(TestCliDav)
#include "tst_cli_dav.moc"
