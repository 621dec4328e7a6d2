// SPDX-License-Identifier: GPL-3.0-or-later
// A concurrent edit through the crmsync binary: a second client changes the same card on
// the CardDAV server between our fetch and our write, so our If-Match PUT meets 412
// (RFC 7232 §3.1; reference/protocols.md §4.3). The run must list again, re-plan the item
// under the profile's conflict policy (ARCHITECTURE.md "Execute"), lose no edit and
// journal the losing version. The second client is the CRMSYNC_BEFORE_WRITE_COMMAND hook
// (core/state/faultinjection.h), a shell script that PUTs with curl and the current ETag.
// Radicale only: the 412 paths of both servers are in tst_dav_contract.
#include "clifixture.h"
#include "davserverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

namespace {

//! "A second device": a plain HTTP request with basic auth, no crmsync code involved.
QByteArray plainRequest(const DavServerProcess &server, const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                        int *status = nullptr)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization",
                         "Basic " + (server.username() + QLatin1Char(':') + server.password()).toUtf8().toBase64());
    if (verb == "PROPFIND") {
        request.setRawHeader("Depth", "1");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/xml; charset=utf-8"));
    }
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    spy.wait(10000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return data;
}

QJsonObject crmContact(CliFixture &f, const QString &id)
{
    for (const QJsonValue &v : f.crm().list(QStringLiteral("Contacts"), QStringLiteral("Title,Phone,Email"))) {
        if (v[QStringLiteral("id")].toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestCliDavConflict : public QObject
{
    Q_OBJECT

private slots:
    void concurrentEditGets412AndIsReplanned_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("crmField");
        QTest::addColumn<QString>("crmValue");
        QTest::addColumn<QString>("serverTitle");
        QTest::addColumn<QString>("expectTitle");
        QTest::addColumn<QString>("expectPhone");
        QTest::addColumn<int>("journaled");

        const QString phone0 = QStringLiteral("+81-3-1234-5678");
        const QString phone1 = QStringLiteral("+81-90-1111-2222");
        // crm-wins: the server's Title edit loses to the CRM's whole version, but is journaled.
        QTest::newRow("crm-wins, different fields") << QStringLiteral("crm-wins") << QStringLiteral("Phone") << phone1
                                                    << QStringLiteral("Director") << QStringLiteral("Manager") << phone1 << 1;
        // merge: different fields → both edits kept, nothing lost, nothing journaled.
        QTest::newRow("merge, different fields") << QStringLiteral("merge") << QStringLiteral("Phone") << phone1
                                                 << QStringLiteral("Director") << QStringLiteral("Director") << phone1 << 0;
        // merge, same field: falls back to the CRM (merge_fallback default); the server's lost value is journaled.
        QTest::newRow("merge, same field") << QStringLiteral("merge") << QStringLiteral("Title") << QStringLiteral("部長")
                                           << QStringLiteral("Director") << QStringLiteral("部長") << phone0 << 1;
    }

    void concurrentEditGets412AndIsReplanned()
    {
        QFETCH(QString, policy);
        QFETCH(QString, crmField);
        QFETCH(QString, crmValue);
        QFETCH(QString, serverTitle);
        QFETCH(QString, expectTitle);
        QFETCH(QString, expectPhone);
        QFETCH(int, journaled);

        CliFixture f;
        f.useFaultyCli();   // the crash/disturbance hooks exist only there (tests/faulty)
        QVERIFY(f.start());
        DavServerProcess server(DavServerProcess::Server::Radicale);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QStringList ids = f.crm().create(
            QStringLiteral("Contacts"),
            QJsonArray{QJsonObject{{QStringLiteral("Last_Name"), QStringLiteral("佐藤")},
                                   {QStringLiteral("First_Name"), QStringLiteral("花子")},
                                   {QStringLiteral("Email"), QStringLiteral("hanako@example.com")},
                                   {QStringLiteral("Phone"), QStringLiteral("+81-3-1234-5678")},
                                   {QStringLiteral("Title"), QStringLiteral("Manager")}}});
        QCOMPARE(ids.size(), 1);
        f.setRemoteAccount(CliFixture::davAccount(QStringLiteral("carddav"), server, server.addressBookUrl()));
        f.writeConfig(QStringLiteral("Contacts"), {{QStringLiteral("conflict"), policy}});

        const auto first = f.sync();
        QVERIFY2(first.exitCode == 0, first.stdoutData + first.stderrData);
        QCOMPARE(first.report()["remote"].toObject()["created"].toInt(), 1);

        // Where the card lives, seen by a second device.
        const QByteArray listing = plainRequest(server, "PROPFIND", server.addressBookUrl(),
            "<?xml version=\"1.0\"?><propfind xmlns=\"DAV:\"><prop><getetag/></prop></propfind>");
        const qsizetype at = listing.indexOf(".vcf<");
        QVERIFY2(at > 0, listing.constData());
        const qsizetype start = listing.lastIndexOf('>', at) + 1;
        const QUrl cardUrl = server.addressBookUrl().resolved(QUrl(QString::fromUtf8(listing.mid(start, at + 4 - start))));

        // The second client: GET with its ETag, change TITLE, PUT with If-Match (RFC 7232 §3.1).
        QTemporaryDir tmp;
        const QString marker = tmp.filePath(QStringLiteral("ran"));
        const QString script = tmp.filePath(QStringLiteral("edit.sh"));
        QFile sh(script);
        QVERIFY(sh.open(QIODevice::WriteOnly));
        sh.write(QStringLiteral(
            "set -e\ncd '%1'\nU='%2:%3'\nURL='%4'\n"
            "curl -sf -u \"$U\" -D h.txt -o card.vcf \"$URL\"\n"
            "ETAG=$(grep -i '^etag:' h.txt | cut -d' ' -f2- | tr -d '\\r')\n"
            "sed -i 's/^TITLE:Manager/TITLE:%5/' card.vcf\n"
            "curl -sf -u \"$U\" -X PUT -H \"If-Match: $ETAG\" -H 'Content-Type: text/vcard; charset=utf-8' "
            "--data-binary @card.vcf \"$URL\"\n"
            "touch '%6'\n")
                     .arg(tmp.path(), server.username(), server.password(), cardUrl.toString(), serverTitle, marker)
                     .toUtf8());
        sh.close();

        QVERIFY(f.crm().update(QStringLiteral("Contacts"), ids[0], {{crmField, crmValue}}));
        const QString hook = QString::fromUtf8(QJsonDocument(QJsonArray{QStringLiteral("/bin/sh"), script}).toJson(QJsonDocument::Compact));
        const auto second = f.sync({}, {QStringLiteral("CRMSYNC_BEFORE_WRITE_COMMAND=") + hook});
        // The 412 is re-planned inside the run, not reported as an item error: exit code 0
        // (app/cli/exitcode.h; README "Exit codes").
        QVERIFY2(second.exitCode == 0, second.stdoutData + second.stderrData);
        QVERIFY2(QFile::exists(marker), "the before-write command did not run");
        QCOMPARE(second.report()["conflicts"].toInt(), journaled);

        // Both sides hold the policy's outcome.
        const QJsonObject record = crmContact(f, ids[0]);
        QCOMPARE(record[QStringLiteral("Title")].toString(), expectTitle);
        QCOMPARE(record[QStringLiteral("Phone")].toString(), expectPhone);
        int status = 0;
        const QByteArray card = plainRequest(server, "GET", cardUrl, {}, &status);
        QCOMPARE(status, 200);
        QVERIFY2(card.contains("TITLE:" + expectTitle.toUtf8() + "\r\n"), card.constData());
        QVERIFY2(card.contains(expectPhone.toUtf8()), card.constData());
        QCOMPARE(card.count("BEGIN:VCARD"), 1);

        // The losing version can be restored: it is in the journal with the server's Title.
        const auto listed = f.run({QStringLiteral("restore"), QStringLiteral("--config"), f.configPath(),
                                   QStringLiteral("--state-dir"), f.stateDir(), QStringLiteral("--profile"),
                                   QStringLiteral("p"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, listed.stderrData.constData());
        const QJsonArray entries = listed.json[QStringLiteral("entries")].toArray();
        QCOMPARE(entries.size(), journaled);
        if (journaled) {
            const QJsonObject e = entries.first().toObject();
            QCOMPARE(e[QStringLiteral("losing_side")].toString(), QStringLiteral("remote"));
            QCOMPARE(e[QStringLiteral("losing")].toObject()[QStringLiteral("Title")].toString(), serverTitle);
        }

        // Settled: a third run changes nothing on either side.
        const auto third = f.sync();
        QCOMPARE(third.exitCode, 0);
        QCOMPARE(third.writes(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliDavConflict)
#include "tst_cli_dav_conflict.moc"
