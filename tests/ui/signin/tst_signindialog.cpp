// SPDX-License-Identifier: GPL-3.0-or-later
// SignInDialog on the offscreen platform: server accounts against a Radicale that checks
// passwords, the Zoho browser sign-in against crm-sandbox (a QNetworkAccessManager plays
// the browser), "Keep me signed in" with gnome-keyring (with-keyring.sh) and without any
// Secret Service (tst_signindialog_nokeychain).
#include "htpasswdradicale.h"
#include "sandboxprocess.h"

#include "common/appcontext.h"
#include "secrets/credentialstore.h"
#include "secrets/sessionsecrets.h"
#include "signin/crmsigninpage.h"
#include "signin/serversigninpage.h"
#include "signin/signindialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace crmsync;

namespace {

bool keychainExpected()
{
    return qEnvironmentVariable("CRMSYNC_TEST_KEYCHAIN") == QLatin1String("available");
}

//! What the keychain holds for \a key ("" when nothing), read as the app would.
QString keychainValue(const QString &key)
{
    std::unique_ptr<CredentialJob> job(CredentialStore().read(key));
    QSignalSpy spy(job.get(), &Job::finished);
    job->start();
    if (!spy.wait(20000) || job->hasError())
        return QStringLiteral("<error>");
    return job->secret();
}

QByteArray fileContents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/*!
 * A scripted browser: GETs the sign-in page, "clicks Allow" by posting its form and
 * follows the 302 to the loopback redirect, all asynchronously (no nested loops).
 */
class TestBrowser : public QObject
{
public:
    void open(const QUrl &url)
    {
        QNetworkReply *page = m_nam.get(QNetworkRequest(url));
        connect(page, &QNetworkReply::finished, this, [this, page, url] {
            page->deleteLater();
            static const QRegularExpression re(QStringLiteral("name=\"consent_id\" value=\"([0-9a-f]+)\""));
            const QString id = re.match(QString::fromUtf8(page->readAll())).captured(1);
            QNetworkRequest post(url.resolved(QUrl(QStringLiteral("/oauth/v2/auth"))));
            post.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
            post.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            QNetworkReply *decided = m_nam.post(post, "consent_id=" + id.toLatin1() + "&decision=allow");
            connect(decided, &QNetworkReply::finished, this, [this, decided] {
                decided->deleteLater();
                const QUrl back = decided->header(QNetworkRequest::LocationHeader).toUrl();
                QNetworkReply *redirect = m_nam.get(QNetworkRequest(back));
                connect(redirect, &QNetworkReply::finished, redirect, &QObject::deleteLater);
            });
        });
    }

private:
    QNetworkAccessManager m_nam;
};

} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dataCentresDefaultToTheLocale();
    void serverWrongPassword();
    void serverUnreachable();
    void serverRightPasswordKeptInKeychain();
    void serverNotKept();
    void crmBrowserSignIn_data();
    void crmBrowserSignIn();
    void signOutForgetsBoth();
    void keychainMissingOffersContinue();

private:
    struct ServerForm
    {
        ServerSignInPage *page;
        QLabel *status;
        QListWidget *found;
        QPushButton *continueWithout;
    };
    ServerForm fillServer(SignInDialog &dialog, const QString &url, const QString &password, bool keep);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
};

void TestSignInDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_context = std::make_unique<AppContext>(m_dir->filePath(QStringLiteral("config.json")),
                                             m_dir->filePath(QStringLiteral("state")));
    SessionSecrets::clear();
}

void TestSignInDialog::cleanup()
{
    m_context.reset();
    m_dir.reset();
}

TestSignInDialog::ServerForm TestSignInDialog::fillServer(SignInDialog &dialog, const QString &url,
                                                          const QString &password, bool keep)
{
    dialog.showKind(SignInDialog::Kind::Server);
    auto *page = dialog.findChild<ServerSignInPage *>();
    page->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("radicale"));
    page->findChild<QLineEdit *>(QStringLiteral("server"))->setText(url);
    page->findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("user"));
    page->findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
    page->findChild<QCheckBox *>(QStringLiteral("keepSignedIn"))->setChecked(keep);
    page->findChild<QPushButton *>(QStringLiteral("testAndSave"))->click();
    return {page, page->findChild<QLabel *>(QStringLiteral("status")), page->findChild<QListWidget *>(QStringLiteral("found")),
            page->findChild<QPushButton *>(QStringLiteral("continueWithout"))};
}

void TestSignInDialog::dataCentresDefaultToTheLocale()
{
    if (!keychainExpected())
        QSKIP("covered by tst_signindialog");
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    SignInDialog dialog(m_context.get());
    QLocale::setDefault(before);
    auto *centre = dialog.findChild<CrmSignInPage *>()->findChild<QComboBox *>(QStringLiteral("dataCentre"));
    QCOMPARE(centre->count(), 7);
    QCOMPARE(centre->currentData().toString(), QStringLiteral("jp"));
    QCOMPARE(dialog.findChild<CrmSignInPage *>()->findChild<QCheckBox *>(QStringLiteral("keepSignedIn"))->isChecked(), true);
}

void TestSignInDialog::serverWrongPassword()
{
    if (!keychainExpected())
        QSKIP("covered by tst_signindialog");
    HtpasswdRadicale radicale;
    QVERIFY2(radicale.start(), qPrintable(radicale.errorString()));
    SignInDialog dialog(m_context.get());
    dialog.show();
    const ServerForm form = fillServer(dialog, radicale.baseUrl().toString(), QStringLiteral("wrong"), true);
    QTRY_VERIFY_WITH_TIMEOUT(form.status->text().contains(QLatin1String("did not accept this user name and password")),
                             20000);
    QVERIFY(form.status->text().contains(QLatin1String("app-specific password")));
    QVERIFY(m_context->config().accounts.isEmpty());
    QVERIFY(!QFile::exists(m_context->configPath()));
}

void TestSignInDialog::serverUnreachable()
{
    if (!keychainExpected())
        QSKIP("covered by tst_signindialog");
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now: connection refused
    SignInDialog dialog(m_context.get());
    const ServerForm form = fillServer(dialog, QStringLiteral("http://127.0.0.1:%1/").arg(port), QStringLiteral("x"), true);
    QTRY_VERIFY_WITH_TIMEOUT(form.status->text().contains(QLatin1String("cannot be reached")), 30000);
    QVERIFY(m_context->config().accounts.isEmpty());
}

void TestSignInDialog::serverRightPasswordKeptInKeychain()
{
    if (!keychainExpected())
        QSKIP("covered by tst_signindialog");
    HtpasswdRadicale radicale;
    QVERIFY2(radicale.start(), qPrintable(radicale.errorString()));
    SignInDialog dialog(m_context.get());
    QSignalSpy saved(&dialog, &SignInDialog::accountsSaved);
    const ServerForm form = fillServer(dialog, radicale.baseUrl().toString(), radicale.password(), true);
    QVERIFY(saved.wait(20000));
    QVERIFY2(form.status->text().contains(QLatin1String("system keychain")), qPrintable(form.status->text()));
    // What discovery found is shown: the address book and the calendar.
    QCOMPARE(form.found->count(), 2);
    const QString shown = form.found->item(0)->text() + form.found->item(1)->text();
    QVERIFY2(shown.contains(QLatin1String("Contacts")) && shown.contains(QLatin1String("Work")), qPrintable(shown));

    const Config &config = m_context->config();
    QCOMPARE(config.accounts.keys(), QStringList({"radicale-calendar", "radicale-contacts"}));
    const AccountConfig cards = config.accounts.value(QStringLiteral("radicale-contacts"));
    QCOMPARE(cards.type, AccountConfig::Type::CardDav);
    QVERIFY(cards.secretInKeychain);
    QCOMPARE(cards.username, QStringLiteral("user"));
    QCOMPARE(QUrl(cards.collection).path(), QStringLiteral("/user/contacts/"));
    QCOMPARE(config.accounts.value(QStringLiteral("radicale-calendar")).type, AccountConfig::Type::CalDav);
    // The file on disk says "keychain" and never has the password.
    const QByteArray file = fileContents(m_context->configPath());
    QVERIFY(file.contains("\"secret\": \"keychain\""));
    QVERIFY(!file.contains(radicale.password().toUtf8()));
    QCOMPARE(keychainValue(CredentialStore::keyFor(cards)), radicale.password());
    QVERIFY(!SessionSecrets::value(CredentialStore::keyFor(cards)));
}

void TestSignInDialog::serverNotKept()
{
    if (!keychainExpected())
        QSKIP("covered by tst_signindialog");
    HtpasswdRadicale radicale;
    QVERIFY2(radicale.start(), qPrintable(radicale.errorString()));
    SignInDialog dialog(m_context.get());
    QSignalSpy saved(&dialog, &SignInDialog::accountsSaved);
    const ServerForm form = fillServer(dialog, radicale.baseUrl().toString(), radicale.password(), false);
    QVERIFY(saved.wait(20000));
    QVERIFY(form.status->text().contains(QLatin1String("this session only")));
    const AccountConfig cards = m_context->config().accounts.value(QStringLiteral("radicale-contacts"));
    QCOMPARE(SessionSecrets::value(CredentialStore::keyFor(cards)).value_or(QString()), radicale.password());
    QCOMPARE(keychainValue(CredentialStore::keyFor(cards)), QString());
    QVERIFY(!fileContents(m_context->configPath()).contains(radicale.password().toUtf8()));
}

void TestSignInDialog::crmBrowserSignIn_data()
{
    QTest::addColumn<bool>("keep");
    QTest::newRow("keep me signed in") << true;
    QTest::newRow("this session only") << false;
}

void TestSignInDialog::crmBrowserSignIn()
{
    if (!keychainExpected())
        QSKIP("covered by tst_signindialog");
    if (!CrmBrowserSignIn::defaultFactory())
        QSKIP("this build has no core/auth browser sign-in");
    QFETCH(bool, keep);
    SandboxProcess sandbox(QStringLiteral(CRMSYNC_SANDBOX_BIN));
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SignInDialog dialog(m_context.get());
    ZohoDataCentre local{QStringLiteral("sandbox"), sandbox.baseUrl(), sandbox.baseUrl()};
    dialog.setDataCentres({local}, local);
    dialog.setCrmClient(SandboxProcess::ClientId, SandboxProcess::ClientSecret);
    TestBrowser browser;
    QList<QUrl> opened;
    dialog.setBrowserOpener([&](const QUrl &url) {
        opened << url;
        browser.open(url);
    });
    auto *page = dialog.findChild<CrmSignInPage *>();
    page->findChild<QCheckBox *>(QStringLiteral("keepSignedIn"))->setChecked(keep);
    QSignalSpy saved(&dialog, &SignInDialog::accountsSaved);
    page->findChild<QPushButton *>(QStringLiteral("signIn"))->click();
    QVERIFY(saved.wait(30000));
    QCOMPARE(opened.size(), 1);
    QVERIFY(opened.first().path().endsWith(QLatin1String("/oauth/v2/auth")));

    const AccountConfig crm = m_context->config().accounts.value(QStringLiteral("crm"));
    QCOMPARE(crm.type, AccountConfig::Type::Zoho);
    QVERIFY(crm.secretInKeychain);
    QCOMPARE(crm.clientId, SandboxProcess::ClientId);
    const QString key = CredentialStore::keyFor(crm);
    const QString inKeychain = keychainValue(key);
    const QString inMemory = SessionSecrets::value(key).value_or(QString());
    const QString status = page->findChild<QLabel *>(QStringLiteral("status"))->text();
    if (keep) {
        QVERIFY2(!inKeychain.isEmpty() && inKeychain != QLatin1String("<error>"), qPrintable(status));
        QVERIFY(inMemory.isEmpty());
    } else {
        QCOMPARE(inKeychain, QString());
        QVERIFY(!inMemory.isEmpty());
    }
    const QString token = keep ? inKeychain : inMemory;
    QVERIFY(!fileContents(m_context->configPath()).contains(token.toUtf8()));
}

void TestSignInDialog::signOutForgetsBoth()
{
    if (!keychainExpected())
        QSKIP("covered by tst_signindialog");
    AccountConfig crm;
    crm.name = QStringLiteral("crm");
    crm.type = AccountConfig::Type::Zoho;
    crm.accountsUrl = QStringLiteral("https://accounts.zoho.eu");
    crm.clientId = QStringLiteral("1000.X");
    crm.secretInKeychain = true;
    Config config;
    config.accounts.insert(crm.name, crm);
    QVERIFY(m_context->saveConfig(config));
    const QString key = CredentialStore::keyFor(crm);
    std::unique_ptr<CredentialJob> write(CredentialStore().write(key, QStringLiteral("kept-token")));
    QSignalSpy written(write.get(), &Job::finished);
    write->start();
    QVERIFY(written.wait(20000));
    SessionSecrets::set(key, QStringLiteral("session-token"));

    bool done = false;
    Error error;
    SignInDialog::signOut(m_context.get(), QStringLiteral("crm"), [&](const Error &e) {
        error = e;
        done = true;
    });
    QVERIFY(!SessionSecrets::value(key)); // at once
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(!error.isError());
    QCOMPARE(keychainValue(key), QString());
    QVERIFY(m_context->config().accounts.contains(QStringLiteral("crm"))); // signed out, not deleted
}

void TestSignInDialog::keychainMissingOffersContinue()
{
    if (keychainExpected())
        QSKIP("runs without a Secret Service (tst_signindialog_nokeychain)");
    HtpasswdRadicale radicale;
    QVERIFY2(radicale.start(), qPrintable(radicale.errorString()));
    SignInDialog dialog(m_context.get());
    dialog.show();
    const ServerForm form = fillServer(dialog, radicale.baseUrl().toString(), radicale.password(), true);
    QTRY_VERIFY_WITH_TIMEOUT(form.continueWithout->isVisible(), 20000);
    QVERIFY2(form.status->text().contains(QLatin1String("no Secret Service is running")), qPrintable(form.status->text()));
    QVERIFY(m_context->config().accounts.isEmpty()); // nothing saved until the user decides

    QSignalSpy saved(&dialog, &SignInDialog::accountsSaved);
    form.continueWithout->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000); // may already be emitted inside click()
    QVERIFY(form.status->text().contains(QLatin1String("this session only")));
    const AccountConfig cards = m_context->config().accounts.value(QStringLiteral("radicale-contacts"));
    QVERIFY(cards.secretInKeychain);
    QCOMPARE(SessionSecrets::value(CredentialStore::keyFor(cards)).value_or(QString()), radicale.password());
    // No plaintext anywhere in the test's folder (config included).
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        QVERIFY2(!fileContents(it.next()).contains(radicale.password().toUtf8()), qPrintable(it.filePath()));
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
