// SPDX-License-Identifier: GPL-3.0-or-later
// Text from a server or a file is shown as written, never as rich text (issue 12 item 9;
// docs/desktop-app.md "Text from servers"): a message that holds HTML shows its tags
// instead of loading a local file or hiding the real message behind bold type.
#include "common/appcontext.h"
#include "common/plaintext.h"
#include "dashboard/logmodel.h"
#include "dashboard/profiledetailspane.h"
#include "shell/appdialogs.h"
#include "signin/crmsigninpage.h"
#include "signin/serversigninpage.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

using namespace crmsync;

namespace {

const QString Hostile = QStringLiteral("<img src=\"file:///etc/passwd\"><b>x</b>");

//! What a tooltip shows: Qt renders it as rich text when it looks like HTML.
QString shownToolTip(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument doc;
    doc.setHtml(tip);
    return doc.toPlainText();
}

//! The label showing \a needle, or nullptr.
QLabel *labelShowing(const QWidget &parent, const QString &needle)
{
    const QList<QLabel *> labels = parent.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text().contains(needle))
            return label;
    }
    return nullptr;
}

} // namespace

class TestUntrustedText : public QObject
{
    Q_OBJECT

private slots:
    void toolTipShowsTheCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("tags") << Hostile;
        QTest::newRow("entity and line break") << QStringLiteral("a &amp; b\n<i>c</i>");
        QTest::newRow("plain") << QStringLiteral("Connection refused");
    }

    void toolTipShowsTheCharacters()
    {
        QFETCH(QString, text);
        QCOMPARE(shownToolTip(PlainText::toolTip(text)).replace(QChar::LineSeparator, QLatin1Char('\n')), text);
    }

    void dashboardShowsServerTextLiterally()
    {
        ProfileDetailsPane pane;
        const QJsonObject report{
            {"status", "errors"},
            {"message", Hostile},
            {"errors", QJsonArray{QJsonObject{{"item", Hostile}, {"message", Hostile}}}}};
        pane.setProfile(QStringLiteral("contacts"), report);
        QLabel *title = labelShowing(pane, Hostile);
        QVERIFY2(title, "the run's message is not shown as written");
        QCOMPARE(title->textFormat(), Qt::PlainText);

        QTreeWidgetItem *error = pane.errorList()->topLevelItem(0);
        QVERIFY(error);
        QCOMPARE(error->text(0), Hostile);   // item views paint plain text
        QCOMPARE(shownToolTip(error->toolTip(1)), Hostile);

        JournalEntry lost;
        lost.id = 1;
        lost.time = QDateTime::currentDateTime();
        lost.losingSide = Side::Remote;
        lost.losing = {{"Last_Name", Hostile}};
        lost.winning = {{"Last_Name", QStringLiteral("Berg")}};
        lost.reason = Hostile;
        pane.setConflicts(QStringLiteral("contacts"), {lost});
        QCOMPARE(shownToolTip(pane.conflictList()->item(0)->toolTip()), Hostile);

        pane.restoreFinished(1, Hostile);   // a server's answer to a restore
        for (const QLabel *label : pane.findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1String("<b>x</b>")))
                QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
        }
    }

    void logToolTipShowsServerTextLiterally()
    {
        LogModel log;
        log.append(QDateTime::currentDateTime(), QtWarningMsg, Hostile);
        QCOMPARE(log.rowCount(), 1);
        const QString tip = log.index(0, LogModel::Text).data(Qt::ToolTipRole).toString();
        QCOMPARE(shownToolTip(tip), Hostile);
    }

    void signInStatusIsPlainText()
    {
        QTemporaryDir dir;
        AppContext context(dir.filePath(QStringLiteral("config.json")), dir.filePath(QStringLiteral("state")));
        CrmSignInPage crm(&context);
        ServerSignInPage server(&context);
        for (QWidget *page : {static_cast<QWidget *>(&crm), static_cast<QWidget *>(&server)}) {
            auto *status = page->findChild<QLabel *>(QStringLiteral("status"));
            QVERIFY(status);
            QCOMPARE(status->textFormat(), Qt::PlainText);
        }
    }

    void removeDialogShowsTheNameLiterally()
    {
        QTemporaryDir dir;
        AppContext context(dir.filePath(QStringLiteral("config.json")), dir.filePath(QStringLiteral("state")));
        QWidget window;
        window.show();
        AppDialogs dialogs(&context, &window);
        dialogs.confirmRemove(Hostile);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) != nullptr && box->isVisible());
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QVERIFY(box->text().contains(Hostile));
        box->reject();
    }
};

QTEST_MAIN(TestUntrustedText)
#include "tst_untrustedtext.moc"
