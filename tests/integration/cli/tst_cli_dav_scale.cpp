// SPDX-License-Identifier: GPL-3.0-or-later
// Scale round trip through the crmsync binary (issue #3): 1,000 contacts and 1,000 events
// go CRM → DAV server → a second, empty CRM, and every mapped field must come back equal.
// Then the state is thrown away and a two-way run against the original pair must match
// every item by identity (ARCHITECTURE.md "Plan": stored link, UID, email, title + start)
// and write nothing.
//
// Server: Radicale for both kinds. One pass each keeps CI time sane (issue #3 measured
// ~33 s for 1,000 PUTs on Radicale, ~41 s on Xandikos), and Xandikos, which commits every
// PUT to git, slowed down past our request timeout after ~400 PUTs on a loaded CI machine.
// tst_dav_contract and tst_dav_interop cover both servers for both kinds.
#include "clifixture.h"
#include "connectors/dav/davstore.h"
#include "davserverprocess.h"
#include "net/networkcontext.h"

#include <QDir>
#include <QProcess>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace crmsync;

namespace {

constexpr int Count = 1000;

QJsonArray seedContacts()
{
    static const QStringList family{QStringLiteral("山田"), QStringLiteral("佐藤"), QStringLiteral("鈴木"),
                                    QStringLiteral("Müller"), QStringLiteral("O'Brien")};
    QJsonArray out;
    for (int i = 0; i < Count; ++i) {
        QJsonObject c{{QStringLiteral("Last_Name"), QStringLiteral("%1%2").arg(family[i % family.size()]).arg(i)},
                      {QStringLiteral("First_Name"), i % 3 ? QStringLiteral("太郎") : QStringLiteral("Anne-Marie")},
                      {QStringLiteral("Email"), QStringLiteral("scale%1@example.com").arg(i)},
                      {QStringLiteral("Phone"), QStringLiteral("+81-3-5555-%1").arg(1000 + i)},
                      {QStringLiteral("Title"), i % 2 ? QStringLiteral("営業部長") : QStringLiteral("Manager, Sales")}};
        if (i % 2 == 0) {
            c.insert(QStringLiteral("Mobile"), QStringLiteral("+81-90-%1-0000").arg(1000 + i));
            c.insert(QStringLiteral("Department"), QStringLiteral("東京支社"));
            c.insert(QStringLiteral("Mailing_City"), QStringLiteral("千代田区"));
            c.insert(QStringLiteral("Mailing_Country"), QStringLiteral("Japan"));
        }
        if (i % 5 == 0) {
            c.insert(QStringLiteral("Salutation"), QStringLiteral("Dr."));
            c.insert(QStringLiteral("Secondary_Email"), QStringLiteral("home%1@example.org").arg(i));
            c.insert(QStringLiteral("Home_Phone"), QStringLiteral("+81-45-000-%1").arg(1000 + i));
            c.insert(QStringLiteral("Date_of_Birth"), QStringLiteral("1980-%1-15").arg(i % 12 + 1, 2, 10, QLatin1Char('0')));
            c.insert(QStringLiteral("Description"), QStringLiteral("メモ; 一行目, 続き\n二行目 \\ end"));
            c.insert(QStringLiteral("Mailing_Street"), QStringLiteral("丸の内1-1-%1").arg(i));
            c.insert(QStringLiteral("Mailing_Zip"), QStringLiteral("100-0005"));
            c.insert(QStringLiteral("Other_City"), QStringLiteral("Osaka"));
        }
        if (i % 7 == 0)
            c.insert(QStringLiteral("Fax"), QStringLiteral("+81-3-5555-9%1").arg(i, 3, 10, QLatin1Char('0')));
        out.append(c);
    }
    return out;
}

QJsonArray seedEvents()
{
    QJsonArray out;
    const QDateTime base(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < Count; ++i) {
        const QDateTime start = base.addSecs(qint64(i) * 3 * 3600);
        QJsonObject e{{QStringLiteral("Event_Title"), QStringLiteral("打ち合わせ #%1").arg(i)},
                      {QStringLiteral("Start_DateTime"), start.toString(Qt::ISODate).replace(QLatin1Char('Z'), QStringLiteral("+00:00"))},
                      {QStringLiteral("End_DateTime"), start.addSecs(3600).toString(Qt::ISODate).replace(QLatin1Char('Z'), QStringLiteral("+00:00"))}};
        if (i % 2 == 0)
            e.insert(QStringLiteral("Venue"), QStringLiteral("会議室 %1, 本社").arg(i % 10));
        if (i % 5 == 0)
            e.insert(QStringLiteral("Description"), QStringLiteral("議題: 予算; 進捗\n次回, 未定"));
        if (i % 10 == 0)
            e.insert(QStringLiteral("Remind_At"), start.addSecs(-900).toString(Qt::ISODate).replace(QLatin1Char('Z'), QStringLiteral("+00:00")));
        if (i % 50 == 0)
            e.insert(QStringLiteral("Recurring_Activity"),
                     QJsonObject{{QStringLiteral("RRULE"), QStringLiteral("FREQ=WEEKLY;COUNT=4;DTSTART=%1").arg(start.date().toString(Qt::ISODate))}});
        out.append(e);
    }
    return out;
}

const QString ContactFields = QStringLiteral(
    "Salutation,First_Name,Last_Name,Email,Secondary_Email,Phone,Mobile,Fax,Home_Phone,Title,Department,"
    "Description,Date_of_Birth,Mailing_Street,Mailing_City,Mailing_Zip,Mailing_Country,Other_City");
const QString EventFields = QStringLiteral("Event_Title,Start_DateTime,End_DateTime,Venue,Description,Remind_At,Recurring_Activity");

//! Every member of the collection: path → ETag.
QHash<QString, QString> davVersions(const DavServerProcess &server, bool calendar)
{
    NetworkContext context;
    DavCollection c;
    c.kind = calendar ? DavCollection::Kind::Calendar : DavCollection::Kind::AddressBook;
    c.url = calendar ? server.calendarUrl() : server.addressBookUrl();
    c.username = server.username();
    c.password = server.password();
    c.context = &context;
    DavStore store(c);
    std::unique_ptr<ListChangesJob> job(store.listChanges({}, {}));
    QSignalSpy spy(job.get(), &Job::finished);
    job->start();
    spy.wait(120000);
    QHash<QString, QString> out;
    for (const Item &item : job->changes().changed)
        out.insert(item.id, item.version);
    return out;
}

//! Records keyed by \a key, without ids (they differ between the two CRMs).
QMap<QString, QJsonObject> byKey(const QJsonArray &records, const QString &key)
{
    QMap<QString, QJsonObject> out;
    for (const QJsonValue &v : records)
        out.insert(v[key].toString(), v.toObject());
    return out;
}

//! The first few differences, named by item and field.
QStringList differences(const QMap<QString, QJsonObject> &original, const QMap<QString, QJsonObject> &copy,
                        const QStringList &fields)
{
    QStringList out;
    for (auto it = original.cbegin(); it != original.cend() && out.size() < 8; ++it) {
        if (!copy.contains(it.key())) {
            out << QStringLiteral("%1: missing").arg(it.key());
            continue;
        }
        const QJsonObject &b = copy[it.key()];
        for (const QString &field : fields) {
            if (it.value().value(field) != b.value(field)) {
                out << QStringLiteral("%1.%2: %3 ≠ %4")
                           .arg(it.key(), field,
                                QString::fromUtf8(QJsonDocument(QJsonArray{it.value().value(field)}).toJson(QJsonDocument::Compact)),
                                QString::fromUtf8(QJsonDocument(QJsonArray{b.value(field)}).toJson(QJsonDocument::Compact)));
            }
        }
    }
    return out;
}

//! CliFixture::sync() with room for 1,000 writes on a loaded CI machine (its own limit is 2 min).
CliFixture::Outcome syncLong(CliFixture &f)
{
    QProcess process;
    process.start(QStringLiteral(CRMSYNC_CLI_BIN), {QStringLiteral("sync"), QStringLiteral("--config"), f.configPath(),
                                                   QStringLiteral("--state-dir"), f.stateDir(), QStringLiteral("--json")});
    if (!process.waitForFinished(480000)) {
        process.kill();
        process.waitForFinished();
    }
    CliFixture::Outcome o;
    o.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    o.stdoutData = process.readAllStandardOutput();
    o.stderrData = process.readAllStandardError();
    o.json = QJsonDocument::fromJson(o.stdoutData).object();
    return o;
}

} // namespace

class TestCliDavScale : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("module");
        QTest::addColumn<bool>("calendar");
        QTest::addColumn<QString>("key");
        QTest::newRow("contacts, Radicale") << QStringLiteral("Contacts") << false << QStringLiteral("Email");
        QTest::newRow("events, Radicale") << QStringLiteral("Events") << true << QStringLiteral("Event_Title");
    }

    void roundTrip()
    {
        QFETCH(QString, module);
        QFETCH(bool, calendar);
        QFETCH(QString, key);
        const QString fields = calendar ? EventFields : ContactFields;
        const QStringList fieldList = fields.split(QLatin1Char(','));
        QElapsedTimer clock;
        clock.start();
        const auto lap = [&clock](const char *what) {
            qInfo("%-32s %6.1f s", what, clock.restart() / 1000.0);
        };

        CliFixture a;
        QVERIFY(a.start());
        DavServerProcess server(DavServerProcess::Server::Radicale);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QCOMPARE(a.crm().create(module, calendar ? seedEvents() : seedContacts()).size(), Count);
        const QJsonArray original = a.crm().list(module, fields + QStringLiteral(",Modified_Time"));
        QCOMPARE(original.size(), Count);
        lap("seed");

        // 1. CRM → server.
        const QJsonObject account = CliFixture::davAccount(calendar ? QStringLiteral("caldav") : QStringLiteral("carddav"), server,
                                               calendar ? server.calendarUrl() : server.addressBookUrl());
        a.setRemoteAccount(account);
        a.writeConfig(module);
        const auto up = syncLong(a);
        QVERIFY2(up.exitCode == 0, up.stdoutData + up.stderrData);
        QCOMPARE(up.report()["remote"].toObject()["created"].toInt(), Count);
        lap("sync CRM → server");

        // 2. Server → a second, empty CRM with fresh state.
        CliFixture b;
        QVERIFY(b.start());
        b.setRemoteAccount(account);
        b.writeConfig(module, {{QStringLiteral("direction"), QStringLiteral("remote-to-crm")}});
        const auto down = syncLong(b);
        QVERIFY2(down.exitCode == 0, down.stdoutData + down.stderrData);
        QCOMPARE(down.report()["crm"].toObject()["created"].toInt(), Count);
        lap("sync server → second CRM");
        const QJsonArray copy = b.crm().list(module, fields);
        QCOMPARE(copy.size(), Count);
        const QStringList diffs = differences(byKey(original, key), byKey(copy, key), fieldList);
        QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));

        // 3. Lost state, two-way again against the original pair: everything matches, nothing is written.
        const QHash<QString, QString> etags = davVersions(server, calendar);
        QCOMPARE(etags.size(), Count);
        QVERIFY(QDir(a.stateDir()).removeRecursively());
        const auto again = syncLong(a);
        QVERIFY2(again.exitCode == 0, again.stdoutData + again.stderrData);
        lap("two-way after state loss");
        const QByteArray report = QJsonDocument(again.report()).toJson();
        // No duplicates: nothing created or deleted on either side, every resource as it was.
        for (const char *side : {"crm", "remote"}) {
            const QJsonObject o = again.report()[QLatin1String(side)].toObject();
            QVERIFY2(o["created"].toInt() == 0 && o["deleted"].toInt() == 0, report.constData());
        }
        QCOMPARE(again.report()["remote"].toObject()["updated"].toInt(), 0);
        QCOMPARE(davVersions(server, calendar), etags);
        const QJsonArray after = a.crm().list(module, fields + QStringLiteral(",Modified_Time"));
        QCOMPARE(after.size(), Count);
        // Nothing changed in the CRM either: a timed event's All_day reads false on both sides.
        QVERIFY2(again.writes() == 0, report.constData());
        QVERIFY(differences(byKey(original, QStringLiteral("id")), byKey(after, QStringLiteral("id")),
                            fieldList + QStringList{QStringLiteral("Modified_Time")}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliDavScale)
#include "tst_cli_dav_scale.moc"
