// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #5 with a real CardDAV server: 200 changes made while both Zoho CRM (crm-sandbox)
// and Radicale are down reach both exactly once when they come back, with the sandbox
// injecting latency and server errors (--latency-ms, --error-rate).
#include "clifixture.h"
#include "davserverprocess.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

QStringList common(CliFixture &f)
{
    return {QStringLiteral("--config"), f.configPath(), QStringLiteral("--state-dir"), f.stateDir()};
}

//! The address book's cards (their UID lines' count and every FN), read with a plain PROPFIND
//! + GET by curl, as another client would.
QStringList cardNames(const DavServerProcess &server)
{
    QProcess curl;
    curl.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-u"),
                                        server.username() + QLatin1Char(':') + server.password(),
                                        server.addressBookUrl().toString()});
    // Radicale answers GET on an address book with every card in one vCard stream.
    curl.waitForFinished(60000);
    QStringList names;
    static const QRegularExpression fn(QStringLiteral("^FN:(.*)\\r?$"), QRegularExpression::MultilineOption);
    auto it = fn.globalMatch(QString::fromUtf8(curl.readAllStandardOutput()));
    while (it.hasNext())
        names << it.next().captured(1);
    return names;
}

//! Syncs until a run exits 0 (server errors defer the rest to the next run), at most \a tries.
CliFixture::Outcome syncUntilClean(CliFixture &f, int tries)
{
    CliFixture::Outcome o;
    for (int i = 0; i < tries; ++i) {
        o = f.sync();
        if (o.exitCode == 0)
            break;
    }
    return o;
}

} // namespace

class TestCliOutboxDav : public QObject
{
    Q_OBJECT

private slots:
    void changesMadeWhileBothSidesAreDownArriveOnce()
    {
        CliFixture f;
        QVERIFY(f.start({QStringLiteral("--latency-ms"), QStringLiteral("5"), QStringLiteral("--error-rate"),
                         QStringLiteral("0.05"), QStringLiteral("--fault-seed"), QStringLiteral("11")}));
        DavServerProcess server(DavServerProcess::Server::Radicale);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QJsonArray seed;
        for (int i = 0; i < 20; ++i)
            seed.append(QJsonObject{{QStringLiteral("Last_Name"), QStringLiteral("既存%1").arg(i)},
                                    {QStringLiteral("Email"), QStringLiteral("seed%1@example.com").arg(i)}});
        const QStringList ids = f.crm().create(QStringLiteral("Contacts"), seed);
        QCOMPARE(ids.size(), 20);
        f.setRemoteAccount(CliFixture::davAccount(QStringLiteral("carddav"), server, server.addressBookUrl()));
        f.writeConfig(QStringLiteral("Contacts"), {{QStringLiteral("conflict"), QStringLiteral("merge")}});
        const auto first = syncUntilClean(f, 10);
        QVERIFY2(first.exitCode == 0, first.stdoutData + first.stderrData);
        QCOMPARE(cardNames(server).size(), 20);

        // Both sides go down; 200 changes are made: 180 new contacts, 20 edits.
        server.stop();
        f.sandbox().stop();
        for (int i = 0; i < 200; ++i) {
            const bool edit = i % 10 == 0;
            QStringList args = edit ? QStringList{QStringLiteral("edit"), QStringLiteral("--profile"), QStringLiteral("p"),
                                                  QStringLiteral("--id"), ids.at(i / 10), QStringLiteral("--set"),
                                                  QStringLiteral("Title=編集 %1").arg(i)}
                                    : QStringList{QStringLiteral("new"), QStringLiteral("--profile"), QStringLiteral("p"),
                                                  QStringLiteral("--set"), QStringLiteral("Last_Name=新規%1").arg(i)};
            const auto o = f.run(args + common(f));
            QVERIFY2(o.exitCode == 4, qPrintable(QStringLiteral("change %1: exit %2 %3").arg(i).arg(o.exitCode)
                                                     .arg(QString::fromUtf8(o.stderrData))));
        }

        // The CRM comes back first: the changes reach it; the address book is still down,
        // so the run says offline (4) and touches nothing on that side.
        QVERIFY(f.sandbox().restart());
        CliFixture::Outcome o;
        for (int i = 0; i < 10; ++i) {
            o = f.sync();
            const QJsonArray entries = f.run(QStringList{QStringLiteral("outbox"), QStringLiteral("--json")} + common(f))
                                           .json.value(QStringLiteral("entries")).toArray();
            if (std::all_of(entries.cbegin(), entries.cend(), [](const QJsonValue &e) {
                    return e[QStringLiteral("state")].toString() == QLatin1String("done");
                }))
                break;
        }
        QCOMPARE(o.exitCode, 4);
        QCOMPARE(o.report().value(QStringLiteral("status")).toString(), QStringLiteral("offline"));
        const QJsonArray records = f.crm().list(QStringLiteral("Contacts"), QStringLiteral("Last_Name,Title"));
        QCOMPARE(records.size(), 200); // 20 seeded + 180 new, each once
        QHash<QString, int> byName;
        int edited = 0;
        for (const QJsonValue &r : records) {
            ++byName[r[QStringLiteral("Last_Name")].toString()];
            edited += r[QStringLiteral("Title")].toString().startsWith(QStringLiteral("編集")) ? 1 : 0;
        }
        QCOMPARE(edited, 20);
        for (auto it = byName.cbegin(); it != byName.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));

        // The address book comes back (same port, same storage): everything arrives once.
        QVERIFY2(server.restart(), qPrintable(server.errorString()));
        const auto back = syncUntilClean(f, 10);
        QVERIFY2(back.exitCode == 0, back.stdoutData + back.stderrData);
        const QStringList names = cardNames(server);
        QCOMPARE(names.size(), 200);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 200);
        const auto quiet = f.sync();
        QCOMPARE(quiet.exitCode, 0);
        QCOMPARE(quiet.writes(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliOutboxDav)
#include "tst_cli_outbox_dav.moc"
