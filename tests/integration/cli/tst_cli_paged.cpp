// SPDX-License-Identifier: GPL-3.0-or-later
// A CRM listing of more than one page (200 records, reference/zoho-crm-api.md §2.1) is
// planned and written page by page when the other side brings nothing to match or delete
// (SyncRun, syncrunpages.cpp), and all at once otherwise. Both ways must give the same result.
#include "clifixture.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

namespace {

constexpr int kCount = 450; // pages of 200, 200 and 50

QJsonArray contacts(int n)
{
    QJsonArray out;
    for (int i = 0; i < n; ++i) {
        out.append(QJsonObject{{QStringLiteral("Last_Name"), QStringLiteral("高橋%1").arg(i)},
                               {QStringLiteral("First_Name"), QStringLiteral("Ken")},
                               {QStringLiteral("Email"), QStringLiteral("paged%1@example.com").arg(i)},
                               {QStringLiteral("Phone"), QStringLiteral("+81-3-0000-%1").arg(1000 + i)},
                               {QStringLiteral("Title"), QStringLiteral("Manager")}});
    }
    return out;
}

QString fileFor(const QString &crmId)
{
    return QStringLiteral("crm-%1.vcf").arg(crmId);
}

QHash<QString, QJsonObject> byId(const QJsonArray &records)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : records)
        out.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    return out;
}

int count(const CliFixture::Outcome &run, const char *side, const char *what)
{
    return run.report()[QLatin1String(side)].toObject()[QLatin1String(what)].toInt();
}

const QString kFields = QStringLiteral("Last_Name,Email,Phone,Title");

} // namespace

class TestCliPaged : public QObject
{
    Q_OBJECT

private slots:
    void pagesMeetEditsOnTheOtherSide()
    {
        CliFixture f;
        QVERIFY(f.start());
        const QStringList ids = f.crm().create(QStringLiteral("Contacts"), contacts(kCount));
        QCOMPARE(ids.size(), kCount);
        f.writeConfig(QStringLiteral("Contacts"), {{QStringLiteral("conflict"), QStringLiteral("merge")}});
        const auto first = f.sync();
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(count(first, "remote", "created"), kCount);
        QCOMPARE(f.folderFiles().size(), kCount);

        // 250 CRM edits (two pages); on the folder side, three of those same contacts and
        // three others get a new phone.
        for (int i = 0; i < 250; ++i)
            QVERIFY(f.crm().update(QStringLiteral("Contacts"), ids[i], {{QStringLiteral("Title"), QStringLiteral("Director")}}));
        const QList<int> both{10, 210, 249};
        const QList<int> folderOnly{260, 300, 449};
        for (int i : both + folderOnly) {
            QByteArray card = f.readFile(fileFor(ids[i]));
            const QByteArray phone = QStringLiteral("+81-3-0000-%1").arg(1000 + i).toUtf8();
            QVERIFY2(card.contains(phone), card.constData());
            card.replace(phone, "+81-90-1234-" + QByteArray::number(5000 + i));
            f.writeFile(fileFor(ids[i]), card);
        }

        const auto run = f.sync();
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(count(run, "remote", "updated"), 250);
        QCOMPARE(count(run, "crm", "updated"), 6);
        QCOMPARE(count(run, "remote", "created") + count(run, "crm", "created"), 0);
        QCOMPARE(count(run, "remote", "deleted") + count(run, "crm", "deleted"), 0);

        const QHash<QString, QJsonObject> crm = byId(f.crm().list(QStringLiteral("Contacts"), kFields));
        QCOMPARE(crm.size(), kCount);
        for (int i : both + folderOnly)
            QCOMPARE(crm.value(ids[i])["Phone"].toString(), QStringLiteral("+81-90-1234-%1").arg(5000 + i));
        for (int i : both)
            QCOMPARE(crm.value(ids[i])["Title"].toString(), QStringLiteral("Director"));
        QCOMPARE(crm.value(ids[300])["Title"].toString(), QStringLiteral("Manager"));
        for (int i = 0; i < kCount; ++i) {
            const QByteArray card = f.readFile(fileFor(ids[i]));
            QVERIFY2(card.contains(i < 250 ? "TITLE:Director" : "TITLE:Manager"), qPrintable(ids[i]));
        }
        QCOMPARE(f.folderFiles().size(), kCount);

        const auto quiet = f.sync();
        QCOMPARE(quiet.exitCode, 0);
        QCOMPARE(quiet.writes(), 0);
    }

    void newItemsOnTheOtherSideAreMatchedWithTheWholeListing()
    {
        CliFixture f;
        QVERIFY(f.start());
        const QStringList ids = f.crm().create(QStringLiteral("Contacts"), contacts(kCount));
        f.writeConfig(QStringLiteral("Contacts"));
        QCOMPARE(f.sync().exitCode, 0);

        // The state is lost: every item on both sides is new, and each CRM record must find
        // its file, whichever page it is on.
        QVERIFY(QDir(f.stateDir()).removeRecursively());
        const auto rematch = f.sync();
        QCOMPARE(rematch.exitCode, 0);
        QCOMPARE(rematch.report()["matched"].toInt(), kCount);
        QCOMPARE(rematch.writes(), 0);
        QCOMPARE(f.folderFiles().size(), kCount);

        // 250 CRM edits (two pages) and one new file: the first page is held, not lost.
        for (int i = 0; i < 250; ++i)
            QVERIFY(f.crm().update(QStringLiteral("Contacts"), ids[i], {{QStringLiteral("Title"), QStringLiteral("Director")}}));
        f.writeFile(QStringLiteral("new.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:New Person\r\nN:Person;New;;;\r\n"
                                               "EMAIL:new@example.com\r\nEND:VCARD\r\n");
        const auto run = f.sync();
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(count(run, "remote", "updated"), 250);
        QCOMPARE(count(run, "crm", "created"), 1);
        QCOMPARE(f.crm().list(QStringLiteral("Contacts"), kFields).size(), kCount + 1);
        QCOMPARE(f.sync().writes(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliPaged)
#include "tst_cli_paged.moc"
