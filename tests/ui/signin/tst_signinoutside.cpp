// SPDX-License-Identifier: GPL-3.0-or-later
// The server sign-in on the offscreen platform: a discovery that leads outside the
// user's domain (here a .well-known redirect from localhost to 127.0.0.1) stops at a
// question naming the server; nothing reaches that server until the user says yes, and
// then only after its 401. Radicale stands behind the recorder as the real server.
#include "authrecorder.h"
#include "davserverprocess.h"

#include "common/appcontext.h"
#include "net/credentialscope.h"
#include "secrets/credentialstore.h"
#include "secrets/sessionsecrets.h"
#include "signin/serversigninpage.h"
#include "signin/signindialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace crmsync;

namespace {

const QString kPassword = QStringLiteral("s3cret-pw");

QMessageBox *openQuestion()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w);
            box && box->isVisible() && box->objectName() == QLatin1String("confirmOutsideServer"))
            return box;
    }
    return nullptr;
}

} // namespace

class TestSignInOutside : public QObject
{
    Q_OBJECT

private slots:
    void outsideServerOnlyAfterYes_data();
    void outsideServerOnlyAfterYes();
    void passwordInAddressRefused();
};

void TestSignInOutside::outsideServerOnlyAfterYes_data()
{
    QTest::addColumn<bool>("accept");
    QTest::addRow("yes") << true;
    QTest::addRow("cancel") << false;
}

void TestSignInOutside::outsideServerOnlyAfterYes()
{
    QFETCH(bool, accept);
    SessionSecrets::clear();
    QTemporaryDir dir;
    AppContext context(dir.filePath(QStringLiteral("config.json")), dir.filePath(QStringLiteral("state")));
    DavServerProcess radicale(DavServerProcess::Server::Radicale);
    QVERIFY2(radicale.start(), qPrintable(radicale.errorString()));
    AuthRecorder outside, typed;
    QVERIFY(outside.listen() && typed.listen());
    outside.setChallenge(true);
    outside.setUpstream(radicale.baseUrl());
    typed.setChallenge(true);
    typed.redirect("/.well-known/caldav", outside.baseUrl());
    typed.redirect("/.well-known/carddav", outside.baseUrl());

    SignInDialog dialog(&context);
    dialog.show();
    dialog.showKind(SignInDialog::Kind::Server);
    QSignalSpy saved(&dialog, &SignInDialog::accountsSaved);
    auto *page = dialog.findChild<ServerSignInPage *>();
    page->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("work"));
    page->findChild<QLineEdit *>(QStringLiteral("server"))->setText(typed.baseUrl(QStringLiteral("localhost")).toString());
    page->findChild<QLineEdit *>(QStringLiteral("user"))->setText(radicale.username());
    page->findChild<QLineEdit *>(QStringLiteral("password"))->setText(kPassword);
    page->findChild<QCheckBox *>(QStringLiteral("keepSignedIn"))->setChecked(false);
    page->findChild<QPushButton *>(QStringLiteral("testAndSave"))->click();

    // The question names the outside server, as plain text, before anything went there.
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = openQuestion()) != nullptr, 30000);
    const QString server = CredentialScope::originOf(outside.baseUrl());
    QVERIFY2(box->text().contains(server) && box->text().contains(QLatin1String("localhost")), qPrintable(box->text()));
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QCOMPARE(outside.seen().size(), 0);
    QVERIFY(context.config().accounts.isEmpty());

    auto *status = page->findChild<QLabel *>(QStringLiteral("status"));
    if (!accept) {
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(server), 10000);
        QVERIFY(status->property("problem").toBool());
        QCOMPARE(outside.seen().size(), 0);
        QVERIFY(context.config().accounts.isEmpty());
        return;
    }
    box->findChild<QPushButton *>(QStringLiteral("useOutsideServer"))->click();
    QVERIFY2(saved.wait(30000), qPrintable(status->text()));
    // The confirmed server is the accounts' "url": the password is bound to it alone.
    const AccountConfig cards = context.config().accounts.value(QStringLiteral("work-contacts"));
    QCOMPARE(cards.url, outside.baseUrl().toString());
    QCOMPARE(CredentialScope::originOf(QUrl(cards.collection)), server);
    QCOMPARE(SessionSecrets::value(CredentialStore::keyFor(cards)).value_or(QString()), kPassword);
    // Even there, nothing before its 401.
    QCOMPARE(outside.seen().first().authorization, QByteArray());
    QCOMPARE(int(outside.seen().size()) - outside.withCredentials(), 1);
}

void TestSignInOutside::passwordInAddressRefused()
{
    QTemporaryDir dir;
    AppContext context(dir.filePath(QStringLiteral("config.json")), dir.filePath(QStringLiteral("state")));
    AuthRecorder server;
    QVERIFY(server.listen());
    QUrl typed = server.baseUrl();
    typed.setUserName(QStringLiteral("user"));
    typed.setPassword(kPassword);
    SignInDialog dialog(&context);
    dialog.showKind(SignInDialog::Kind::Server);
    auto *page = dialog.findChild<ServerSignInPage *>();
    page->findChild<QLineEdit *>(QStringLiteral("server"))->setText(typed.toString());
    page->findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("user"));
    page->findChild<QPushButton *>(QStringLiteral("testAndSave"))->click();
    const QString status = page->findChild<QLabel *>(QStringLiteral("status"))->text();
    QVERIFY2(status.contains(QLatin1String("contains a user name or password")), qPrintable(status));
    QVERIFY(!status.contains(kPassword));
    QCOMPARE(server.seen().size(), 0);
}

QTEST_MAIN(TestSignInOutside)
#include "tst_signinoutside.moc"
