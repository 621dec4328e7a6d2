// SPDX-License-Identifier: GPL-3.0-or-later
// AppDialogs: what the window's actions and the dashboard's row menu open and change.
#include "common/appcontext.h"
#include "config/configloader.h"
#include "shell/appdialogs.h"
#include "signin/signindialog.h"
#include "wizard/setupwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace crmsync;

namespace {

Config twoProfiles(const QString &folder)
{
    Config c;
    AccountConfig zoho;
    zoho.name = QStringLiteral("zoho");
    zoho.type = AccountConfig::Type::Zoho;
    // Port 1 on loopback: nothing listens, so nothing here reaches a server.
    zoho.accountsUrl = zoho.apiUrl = QStringLiteral("http://127.0.0.1:1");
    zoho.clientId = QStringLiteral("client");
    AccountConfig files;
    files.name = QStringLiteral("files");
    files.type = AccountConfig::Type::Folder;
    files.path = folder;
    c.accounts.insert(zoho.name, zoho);
    c.accounts.insert(files.name, files);
    for (const QString &name : {QStringLiteral("contacts"), QStringLiteral("leads")}) {
        SyncProfile p;
        p.name = name;
        p.module = name == QLatin1String("leads") ? ModuleInfo::Module::Leads : ModuleInfo::Module::Contacts;
        p.crmAccount = zoho.name;
        p.remoteAccount = files.name;
        p.fieldMap = FieldMap::defaultFor(p.module);
        c.profiles << p;
    }
    return c;
}

QMessageBox *openMessageBox()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
            return box;
    }
    return nullptr;
}

} // namespace

class TestAppDialogs : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(QStringLiteral("cards"));
        QVERIFY(QDir().mkpath(m_folder));
        QFile card(m_folder + QStringLiteral("/a.vcf"));
        QVERIFY(card.open(QIODevice::WriteOnly));
        card.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nN:A;;;;\r\nEND:VCARD\r\n");
        card.close();
        m_context = std::make_unique<AppContext>(m_dir.filePath(QStringLiteral("config.json")),
                                                 m_dir.filePath(QStringLiteral("state")));
        QVERIFY(m_context->saveConfig(twoProfiles(m_folder)));
    }

    void pauseAndResumeAreSaved()
    {
        QWidget window;
        AppDialogs dialogs(m_context.get(), &window);
        QSignalSpy changed(m_context.get(), &AppContext::configChanged);
        dialogs.setPaused(QStringLiteral("leads"), true);
        QCOMPARE(changed.size(), 1);
        const Result<Config> saved = ConfigLoader::load(m_context->configPath());
        QVERIFY(saved.ok());
        QVERIFY(saved->profiles.at(1).paused);
        QVERIFY(!saved->profiles.at(0).paused);
        dialogs.setPaused(QStringLiteral("leads"), false);
        QVERIFY(!ConfigLoader::load(m_context->configPath())->profiles.at(1).paused);
    }

    void removeAsksAndKeepsTheData_data()
    {
        QTest::addColumn<bool>("confirm");
        QTest::newRow("cancelled") << false;
        QTest::newRow("confirmed") << true;
    }

    void removeAsksAndKeepsTheData()
    {
        QFETCH(bool, confirm);
        QWidget window;
        window.show();
        AppDialogs dialogs(m_context.get(), &window);
        dialogs.confirmRemove(QStringLiteral("contacts"));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = openMessageBox()) != nullptr);
        QVERIFY(box->text().contains(QStringLiteral("contacts")));
        QVERIFY2(box->text().contains(QStringLiteral("Nothing is deleted")), qPrintable(box->text()));
        // Nothing changes before the user answers.
        QCOMPARE(ConfigLoader::load(m_context->configPath())->profiles.size(), 2);
        QAbstractButton *answer = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            const bool isRemove = box->buttonRole(b) == QMessageBox::DestructiveRole;
            if (isRemove == confirm)
                answer = b;
        }
        QVERIFY(answer);
        answer->click();
        QTRY_VERIFY(!openMessageBox());
        const Result<Config> saved = ConfigLoader::load(m_context->configPath());
        QVERIFY(saved.ok());
        QCOMPARE(saved->profiles.size(), confirm ? 1 : 2);
        if (confirm)
            QCOMPARE(saved->profiles.first().name, QStringLiteral("leads"));
        // The accounts and every item on the other side stay.
        QCOMPARE(saved->accounts.size(), 2);
        QVERIFY(QFile::exists(m_folder + QStringLiteral("/a.vcf")));
    }

    void wizardEditsTheNamedProfileAndSignInOpensOnce()
    {
        QWidget window;
        window.show();
        AppDialogs dialogs(m_context.get(), &window);
        QSignalSpy failed(&dialogs, &AppDialogs::saveFailed);
        dialogs.openWizard(QStringLiteral("nope"));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!dialogs.wizard());

        dialogs.openWizard(QStringLiteral("leads"));
        QVERIFY(dialogs.wizard());
        QTRY_VERIFY(dialogs.wizard()->isVisible());
        QCOMPARE(dialogs.wizard()->profile().name, QStringLiteral("leads"));
        QCOMPARE(dialogs.wizard()->profile().module, ModuleInfo::Module::Leads);
        SetupWizard *first = dialogs.wizard();
        dialogs.openWizard(); // a second ask raises the open one
        QCOMPARE(dialogs.wizard(), first);
        first->reject();
        QTRY_VERIFY(!dialogs.wizard());

        dialogs.openSignIn();
        QVERIFY(dialogs.signInDialog());
        QTRY_VERIFY(dialogs.signInDialog()->isVisible());
        SignInDialog *signIn = dialogs.signInDialog();
        dialogs.openSignIn();
        QCOMPARE(dialogs.signInDialog(), signIn);
        signIn->reject();
        QTRY_VERIFY(!dialogs.signInDialog());
    }

private:
    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<AppContext> m_context;
};

QTEST_MAIN(TestAppDialogs)
#include "tst_appdialogs.moc"
