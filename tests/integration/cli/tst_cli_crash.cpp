// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: a two-way run with edits on both sides is killed (abort() from the
// CRMSYNC_CRASH_AFTER_WRITES hook) after its N-th write, for every N the run reaches;
// the next runs must converge with every item exactly once and every edit present.
#include "clifixture.h"

#include <QDir>
#include <QJsonArray>
#include <QSet>
#include <QTest>

namespace {

const QString kFields = QStringLiteral("Last_Name,First_Name,Email,Title,Modified_Time");

QJsonObject contact(int i)
{
    return {{QStringLiteral("Last_Name"), i % 2 ? QStringLiteral("高橋%1").arg(i) : QStringLiteral("Brown%1").arg(i)},
            {QStringLiteral("First_Name"), QStringLiteral("Ken")},
            {QStringLiteral("Email"), QStringLiteral("c%1@example.com").arg(i)},
            {QStringLiteral("Title"), QStringLiteral("Staff")}};
}

QByteArray card(int i)
{
    return QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Folder %1\r\nN:Folder%1;Yui;;;\r\n"
                          "EMAIL;TYPE=work:f%1@example.com\r\nTITLE:Engineer\r\nEND:VCARD\r\n").arg(i).toUtf8();
}

} // namespace

class TestCliCrash : public QObject
{
    Q_OBJECT

private:
    //! Sets up a synced pair, then edits both sides; returns the CRM ids of the first sync.
    QStringList prepare(CliFixture &f)
    {
        QJsonArray initial;
        for (int i = 0; i < 12; ++i)
            initial.append(contact(i));
        const QStringList ids = f.crm().create(QStringLiteral("Contacts"), initial);
        f.writeConfig(QStringLiteral("Contacts"), {{QStringLiteral("conflict"), QStringLiteral("merge")}});
        if (f.sync().exitCode != 0)
            return {};
        // CRM side: 2 edits, 3 new, 1 deletion.
        f.crm().update(QStringLiteral("Contacts"), ids[0], {{QStringLiteral("Title"), QStringLiteral("CRM edit 0")}});
        f.crm().update(QStringLiteral("Contacts"), ids[1], {{QStringLiteral("Title"), QStringLiteral("CRM edit 1")}});
        f.crm().create(QStringLiteral("Contacts"), QJsonArray{contact(100), contact(101), contact(102)});
        f.crm().remove(QStringLiteral("Contacts"), ids[2]);
        // Folder side: 2 edits, 3 new, 1 deletion.
        for (int i : {3, 4}) {
            const QString name = QStringLiteral("crm-%1.vcf").arg(ids[i]);
            QByteArray data = f.readFile(name);
            data.replace("TITLE:Staff", QStringLiteral("TITLE:Folder edit %1").arg(i).toUtf8());
            f.writeFile(name, data);
        }
        for (int i : {200, 201, 202})
            f.writeFile(QStringLiteral("new-%1.vcf").arg(i), card(i));
        QFile::remove(QDir(f.folder()).filePath(QStringLiteral("crm-%1.vcf").arg(ids[5])));
        return ids;
    }

private slots:
    void convergesAfterCrashAtEveryWrite()
    {
        int reachedEnd = 0;
        for (int n = 1; n <= 60 && !reachedEnd; ++n) {
            CliFixture f;
            f.useFaultyCli();   // the crash/disturbance hooks exist only there (tests/faulty)
            QVERIFY(f.start());
            const QStringList ids = prepare(f);
            QCOMPARE(ids.size(), 12);

            const auto crashed = f.sync({}, {QStringLiteral("CRMSYNC_CRASH_AFTER_WRITES=%1").arg(n)});
            if (crashed.exitCode != -1) {
                // The run had fewer than n writes: every crash point has been tried.
                QCOMPARE(crashed.exitCode, 0);
                reachedEnd = n;
            }
            const auto recovered = f.sync();
            QVERIFY2(recovered.exitCode == 0, recovered.stdoutData.constData());
            const auto settled = f.sync();
            QCOMPARE(settled.exitCode, 0);
            const QJsonObject r = settled.report();
            QCOMPARE(r["crm"].toObject()["created"].toInt() + r["remote"].toObject()["created"].toInt(), 0);

            // 12 - 1 - 1 deleted + 3 + 3 created = 16, each exactly once on each side.
            const QJsonArray crm = f.crm().list(QStringLiteral("Contacts"), kFields);
            QSet<QString> emails;
            QHash<QString, QString> titles;
            for (const QJsonValue &v : crm) {
                const QString email = v.toObject()["Email"].toString();
                QVERIFY2(!emails.contains(email), qPrintable(QStringLiteral("duplicate %1 after crash at %2").arg(email).arg(n)));
                emails.insert(email);
                titles.insert(email, v.toObject()["Title"].toString());
            }
            QCOMPARE(crm.size(), 16);
            QCOMPARE(f.folderFiles().size(), 16);
            QVERIFY(!emails.contains(QStringLiteral("c2@example.com")));
            QVERIFY(!emails.contains(QStringLiteral("c5@example.com")));
            for (const QString &e : {QStringLiteral("c100@example.com"), QStringLiteral("f200@example.com"), QStringLiteral("f202@example.com")})
                QVERIFY2(emails.contains(e), qPrintable(e));
            QCOMPARE(titles.value(QStringLiteral("c0@example.com")), QStringLiteral("CRM edit 0"));
            QCOMPARE(titles.value(QStringLiteral("c1@example.com")), QStringLiteral("CRM edit 1"));
            QCOMPARE(titles.value(QStringLiteral("c3@example.com")), QStringLiteral("Folder edit 3"));
            QCOMPARE(titles.value(QStringLiteral("c4@example.com")), QStringLiteral("Folder edit 4"));
            QByteArray allCards;
            for (const QString &name : f.folderFiles())
                allCards += f.readFile(name);
            QVERIFY(allCards.contains("TITLE:CRM edit 0"));
            QCOMPARE(allCards.count("EMAIL;TYPE=work:f201@example.com") + allCards.count("EMAIL;TYPE=WORK:f201@example.com"), 1);
        }
        qInfo("crash points tried: %d", reachedEnd - 1);
        // The run must have had several crash points, or the test proved nothing.
        QVERIFY2(reachedEnd > 5, qPrintable(QString::number(reachedEnd)));
    }
};

QTEST_GUILESS_MAIN(TestCliCrash)
#include "tst_cli_crash.moc"
