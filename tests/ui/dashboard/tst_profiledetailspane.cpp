// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/profiledetailspane.h"
#include "dashboard/failedchangesbox.h"

#include <QJsonArray>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace crmsync;

class TestProfileDetailsPane : public QObject
{
    Q_OBJECT
private slots:
    void showsErrorsAndConflictsAndRestores()
    {
        ProfileDetailsPane pane;
        const QJsonObject report{
            {"status", "errors"},
            {"errors", QJsonArray{QJsonObject{{"item", "anna.vcf"}, {"message", "BDAY is not a date"}}}}};
        pane.setProfile("contacts", report);
        QCOMPARE(pane.errorList()->topLevelItemCount(), 1);
        QCOMPARE(pane.errorList()->topLevelItem(0)->text(0), QStringLiteral("anna.vcf"));
        QCOMPARE(pane.errorList()->topLevelItem(0)->text(1), QStringLiteral("BDAY is not a date"));
        QVERIFY(!pane.restoreButton()->isEnabled());

        JournalEntry lost;
        lost.id = 42;
        lost.time = QDateTime::currentDateTime();
        lost.losingSide = Side::Remote;
        lost.losing = {{"Email", "anna@old.example"}, {"Last_Name", "Berg"}};
        lost.winning = {{"Email", "anna@new.example"}, {"Last_Name", "Berg"}, {"Phone", "123"}};
        lost.reason = "crm-wins";
        pane.setConflicts("contacts", {lost});
        QCOMPARE(pane.conflictList()->count(), 1);
        QTableWidget *table = pane.comparison();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Email"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("anna@new.example"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("anna@old.example"));
        QVERIFY(table->item(0, 0)->font().bold()); // differs
        QVERIFY(!table->item(1, 0)->font().bold()); // Last_Name is the same
        QCOMPARE(table->item(2, 2)->text(), QString()); // Phone only on the kept side
        QVERIFY(table->horizontalHeaderItem(2)->text().contains("other side"));

        QSignalSpy restore(&pane, &ProfileDetailsPane::restoreRequested);
        QVERIFY(pane.restoreButton()->isEnabled());
        pane.restoreButton()->click();
        QCOMPARE(restore.size(), 1);
        QCOMPARE(restore.first().at(0).toString(), QStringLiteral("contacts"));
        QCOMPARE(restore.first().at(1).toLongLong(), 42);
        QVERIFY(!pane.restoreButton()->isEnabled());
        pane.restoreFinished(42, QStringLiteral("changed again"));
        QVERIFY(pane.restoreButton()->isEnabled());

        // Another profile: its errors, and no conflicts of the previous one.
        pane.setProfile("events", {});
        QCOMPARE(pane.errorList()->topLevelItemCount(), 0);
        QCOMPARE(pane.conflictList()->count(), 0);
        pane.setConflicts("contacts", {lost}); // a late answer for the old profile
        QCOMPARE(pane.conflictList()->count(), 0);
    }

    void deletionsAreListedWithConflictsAndRestorable()
    {
        ProfileDetailsPane pane;
        pane.show();
        pane.setProfile("contacts", {});
        JournalEntry conflict;
        conflict.id = 7;
        conflict.time = QDateTime::currentDateTime();
        conflict.losingSide = Side::Crm;
        conflict.losing = {{"Last_Name", "Berg"}};
        conflict.winning = {{"Last_Name", "Berger"}};
        JournalEntry deleted;
        deleted.id = 8;
        deleted.kind = JournalEntry::Kind::DeletedOnCrm;
        deleted.time = QDateTime::currentDateTime();
        deleted.crmId = "41500001";
        deleted.losingSide = Side::Crm;
        deleted.losing = {{"Last_Name", "山田"}, {"First_Name", "太郎"}, {"Email", "taro@example.com"}};
        pane.setConflicts("contacts", {deleted, conflict});

        QCOMPARE(pane.conflictList()->count(), 2);
        QVERIFY2(pane.conflictList()->item(0)->text().contains("Deleted on CRM"), qPrintable(pane.conflictList()->item(0)->text()));
        QVERIFY(pane.conflictList()->item(0)->text().contains(QStringLiteral("太郎 山田")));
        QVERIFY(!pane.conflictList()->item(1)->text().contains("Deleted"));
        pane.conflictList()->setCurrentRow(0);
        QTableWidget *table = pane.comparison();
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(table->horizontalHeaderItem(2)->text().contains("Deleted"));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Email"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("taro@example.com"));

        QSignalSpy restore(&pane, &ProfileDetailsPane::restoreRequested);
        QVERIFY(pane.restoreButton()->isEnabled());
        pane.restoreButton()->click();
        QCOMPARE(restore.size(), 1);
        QCOMPARE(restore.first().at(1).toLongLong(), 8);
        pane.restoreFinished(8, {});
        QVERIFY(!pane.restoreButton()->isEnabled());

        // Once restored, the list says so and offers no second restore.
        deleted.restored = true;
        pane.setConflicts("contacts", {deleted, conflict});
        pane.conflictList()->setCurrentRow(0);
        QVERIFY(pane.conflictList()->item(0)->text().contains("restored"));
        QVERIFY(!pane.restoreButton()->isEnabled());
    }

    void refusedChangesAreListedAndSentAgain()
    {
        ProfileDetailsPane pane;
        pane.show();
        pane.setProfile("contacts", {});
        FailedChangesBox *box = pane.failedChanges();
        QVERIFY(!box->isVisible()); // nothing refused: nothing shown
        OutboxEntry entry;
        entry.id = 7;
        entry.profile = "contacts";
        entry.op = OutboxEntry::Op::Create;
        entry.fields = {{"Last_Name", "Bad"}, {"Email", "not-an-email"}};
        entry.state = OutboxEntry::State::Failed;
        entry.lastError = "Zoho CRM refused Email: INVALID_DATA";
        pane.setFailedChanges("leads", {entry}); // a late answer for another profile
        QVERIFY(!box->isVisible());
        pane.setFailedChanges("contacts", {entry});
        QVERIFY(box->isVisible());
        QCOMPARE(box->list()->topLevelItemCount(), 1);
        QVERIFY(box->list()->topLevelItem(0)->text(0).contains("Email = not-an-email"));
        QCOMPARE(box->list()->topLevelItem(0)->text(1), entry.lastError);
        QVERIFY(!box->retryButton()->isEnabled()); // nothing chosen yet
        QSignalSpy retry(box, &FailedChangesBox::retryRequested);
        box->list()->setCurrentItem(box->list()->topLevelItem(0));
        QVERIFY(box->retryButton()->isEnabled());
        box->retryButton()->click();
        QCOMPARE(retry.size(), 1);
        QCOMPARE(retry.first().at(0).toString(), QStringLiteral("contacts"));
        QCOMPARE(retry.first().at(1).toLongLong(), 7);
        pane.setFailedChanges("contacts", {});
        QVERIFY(!box->isVisible());
    }
};

QTEST_MAIN(TestProfileDetailsPane)
#include "tst_profiledetailspane.moc"
