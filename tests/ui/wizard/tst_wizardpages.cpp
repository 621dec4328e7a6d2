// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/appcontext.h"
#include "config/configloader.h"
#include "config/profileedits.h"
#include "wizard/defaultspage.h"
#include "wizard/modulepage.h"
#include "wizard/setupwizard.h"
#include "wizard/wizardchoices.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace crmsync;

namespace {
AccountConfig account(const QString &name, AccountConfig::Type type)
{
    AccountConfig a;
    a.name = name;
    a.type = type;
    a.path = QStringLiteral("/tmp/none");
    // Port 1 on loopback: nothing listens, so discovery fails fast and offline.
    a.url = QStringLiteral("http://127.0.0.1:1/dav/");
    a.accountsUrl = a.apiUrl = QStringLiteral("http://127.0.0.1:1");
    return a;
}

Config sampleConfig()
{
    Config c;
    for (const AccountConfig &a : {account(QStringLiteral("zoho"), AccountConfig::Type::Zoho),
                                   account(QStringLiteral("folder"), AccountConfig::Type::Folder),
                                   account(QStringLiteral("cards"), AccountConfig::Type::CardDav),
                                   account(QStringLiteral("cal"), AccountConfig::Type::CalDav)})
        c.accounts.insert(a.name, a);
    SyncProfile p;
    p.name = QStringLiteral("Existing");
    p.crmAccount = QStringLiteral("zoho");
    p.remoteAccount = QStringLiteral("folder");
    p.fieldMap = FieldMap::defaultFor(p.module);
    c.profiles << p;
    return c;
}
} // namespace

class TestWizardPages : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void profileName_data();
    void profileName();
    void remoteAccounts_data();
    void remoteAccounts();
    void collectionFits_data();
    void collectionFits();
    void davAccountNeedsCollection();
    void policyMapping_data();
    void policyMapping();
    void defaultsPage();
    void mandatoryFields_data();
    void mandatoryFields();
    void profileEdits();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
};

void TestWizardPages::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_context = std::make_unique<AppContext>(m_dir->filePath(QStringLiteral("config.json")), m_dir->filePath(QStringLiteral("state")));
    QVERIFY(m_context->saveConfig(sampleConfig()));
}

void TestWizardPages::profileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("editing");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty") << QString() << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << QString() << false;
    QTest::newRow("trailing space") << QStringLiteral("Mine ") << QString() << false;
    QTest::newRow("duplicate") << QStringLiteral("Existing") << QString() << false;
    QTest::newRow("own name when editing") << QStringLiteral("Existing") << QStringLiteral("Existing") << true;
    QTest::newRow("new") << QStringLiteral("連絡先 ⇄ folder") << QString() << true;
}

void TestWizardPages::profileName()
{
    QFETCH(QString, name);
    QFETCH(QString, editing);
    QFETCH(bool, ok);
    QCOMPARE(WizardChoices::nameProblem(name, m_context->config(), editing).isEmpty(), ok);
    // The page says the same and keeps Next disabled.
    WizardDraft draft;
    draft.editing = editing;
    ModulePage page(m_context.get(), &draft);
    page.findChild<QComboBox *>(QStringLiteral("remoteAccount"))->setCurrentText(QStringLiteral("folder"));
    page.findChild<QLineEdit *>(QStringLiteral("profileName"))->setText(name);
    QCOMPARE(page.isComplete(), ok);
    QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("profileName"))->text(), name);
}

void TestWizardPages::remoteAccounts_data()
{
    QTest::addColumn<int>("module");
    QTest::addColumn<QStringList>("accounts");
    using M = ModuleInfo::Module;
    QTest::newRow("Contacts") << int(M::Contacts) << QStringList{"cards", "folder"};
    QTest::newRow("Vendors") << int(M::Vendors) << QStringList{"cards", "folder"};
    QTest::newRow("Tasks") << int(M::Tasks) << QStringList{"cal", "folder"};
    QTest::newRow("Events") << int(M::Events) << QStringList{"cal", "folder"};
}

void TestWizardPages::remoteAccounts()
{
    QFETCH(int, module);
    QFETCH(QStringList, accounts);
    QCOMPARE(WizardChoices::remoteAccounts(m_context->config(), ModuleInfo::Module(module)), accounts);
    QCOMPARE(WizardChoices::crmAccounts(m_context->config()), QStringList{QStringLiteral("zoho")});
}

void TestWizardPages::collectionFits_data()
{
    QTest::addColumn<int>("module");
    QTest::addColumn<bool>("calendar");
    QTest::addColumn<QStringList>("components");
    QTest::addColumn<bool>("fits");
    using M = ModuleInfo::Module;
    QTest::newRow("contacts in address book") << int(M::Contacts) << false << QStringList() << true;
    QTest::newRow("contacts in calendar") << int(M::Contacts) << true << QStringList() << false;
    QTest::newRow("events in VEVENT calendar") << int(M::Events) << true << QStringList{"VEVENT"} << true;
    QTest::newRow("tasks in VEVENT calendar") << int(M::Tasks) << true << QStringList{"VEVENT"} << false;
    QTest::newRow("tasks in any calendar") << int(M::Tasks) << true << QStringList() << true;
    QTest::newRow("events in address book") << int(M::Events) << false << QStringList() << false;
}

void TestWizardPages::collectionFits()
{
    QFETCH(int, module);
    QFETCH(bool, calendar);
    QFETCH(QStringList, components);
    QFETCH(bool, fits);
    DavCollectionInfo c;
    c.kind = calendar ? DavCollection::Kind::Calendar : DavCollection::Kind::AddressBook;
    c.components = components;
    QCOMPARE(WizardChoices::collectionFits(c, ModuleInfo::Module(module)), fits);
}

void TestWizardPages::davAccountNeedsCollection()
{
    WizardDraft draft;
    ModulePage page(m_context.get(), &draft);
    auto *remote = page.findChild<QComboBox *>(QStringLiteral("remoteAccount"));
    remote->setCurrentIndex(remote->findText(QStringLiteral("folder")));
    QVERIFY(page.isComplete());
    QSignalSpy changed(&page, &QWizardPage::completeChanged);
    remote->setCurrentIndex(remote->findText(QStringLiteral("cards")));
    // Discovery runs (and fails: nothing listens); Next stays disabled without a collection.
    QVERIFY(!page.isComplete());
    auto *error = page.findChild<QLabel *>(QStringLiteral("collectionError"));
    // Connection refused is retried with backoff before discovery gives up (~20 s).
    QTRY_VERIFY_WITH_TIMEOUT(!error->isHidden(), 45000);
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!page.isComplete());
    QVERIFY(page.problem().contains(QStringLiteral("collection")));
    QVERIFY(page.profile().collection.isEmpty());
}

void TestWizardPages::policyMapping_data()
{
    QTest::addColumn<int>("direction");
    QTest::addColumn<int>("conflict");
    QTest::addColumn<int>("frequency");
    QTest::addColumn<QString>("directionName");
    QTest::addColumn<QString>("conflictName");
    QTest::addColumn<int>("minutes");
    QTest::newRow("two-way crm manual") << 0 << 0 << 0 << "two-way" << "crm-wins" << 0;
    QTest::newRow("crm-to-remote remote 15") << 1 << 1 << 1 << "crm-to-remote" << "remote-wins" << 15;
    QTest::newRow("remote-to-crm newest hourly") << 2 << 2 << 2 << "remote-to-crm" << "newest-wins" << 60;
    QTest::newRow("two-way merge daily") << 0 << 3 << 3 << "two-way" << "merge" << 1440;
}

void TestWizardPages::policyMapping()
{
    QFETCH(int, direction);
    QFETCH(int, conflict);
    QFETCH(int, frequency);
    QFETCH(QString, directionName);
    QFETCH(QString, conflictName);
    QFETCH(int, minutes);
    WizardDraft draft;
    ModulePage page(m_context.get(), &draft);
    auto *module = page.findChild<QComboBox *>(QStringLiteral("module"));
    module->setCurrentIndex(module->findData(int(ModuleInfo::Module::Events)));
    page.findChild<QComboBox *>(QStringLiteral("remoteAccount"))->setCurrentText(QStringLiteral("folder"));
    page.findChild<QComboBox *>(QStringLiteral("direction"))->setCurrentIndex(direction);
    page.findChild<QComboBox *>(QStringLiteral("conflict"))->setCurrentIndex(conflict);
    page.findChild<QComboBox *>(QStringLiteral("frequency"))->setCurrentIndex(frequency);
    page.findChild<QComboBox *>(QStringLiteral("eventsRange"))->setCurrentIndex(2);
    page.findChild<QLineEdit *>(QStringLiteral("categories"))->setText(QStringLiteral(" Work, ,顧客 "));
    QVERIFY(page.isComplete());
    QVERIFY(page.validatePage());
    const SyncProfile &p = draft.profile;
    QCOMPARE(p.module, ModuleInfo::Module::Events);
    QCOMPARE(p.crmAccount, QStringLiteral("zoho"));
    QCOMPARE(p.remoteAccount, QStringLiteral("folder"));
    QCOMPARE(SyncProfile::directionName(p.direction), directionName);
    QCOMPARE(SyncProfile::conflictName(p.conflict), conflictName);
    QCOMPARE(p.intervalMinutes, minutes);
    QCOMPARE(p.eventsRange, SyncProfile::EventsRange::PastMonth);
    QCOMPARE(p.categories, (QStringList{QStringLiteral("Work"), QStringLiteral("顧客")}));
    QVERIFY(!p.name.isEmpty());
    QVERIFY(!ProfileEdits::hasProfile(m_context->config(), p.name));
}

void TestWizardPages::defaultsPage()
{
    WizardDraft draft;
    draft.profile.module = ModuleInfo::Module::Leads;
    draft.profile.defaults.insert(QStringLiteral("Lead_Source"), QStringLiteral("Web"));
    DefaultsPage page(&draft);
    page.initializePage();
    QCOMPARE(page.fields(), (QStringList{QStringLiteral("Last_Name"), QStringLiteral("Company")}));
    QVERIFY(!page.isComplete());
    QSignalSpy complete(&page, &QWizardPage::completeChanged);
    page.editorFor(QStringLiteral("Last_Name"))->setText(QStringLiteral("(no name)"));
    QVERIFY(!complete.isEmpty());
    QVERIFY(!page.isComplete());
    page.editorFor(QStringLiteral("Company"))->setText(QStringLiteral("  "));
    QVERIFY(!page.isComplete());
    page.editorFor(QStringLiteral("Company"))->setText(QStringLiteral("未設定"));
    QVERIFY(page.isComplete());
    QVERIFY(page.validatePage());
    QCOMPARE(draft.profile.defaults.value(QStringLiteral("Company")).toString(), QStringLiteral("未設定"));
    QCOMPARE(draft.profile.defaults.value(QStringLiteral("Last_Name")).toString(), QStringLiteral("(no name)"));
    QCOMPARE(draft.profile.defaults.value(QStringLiteral("Lead_Source")).toString(), QStringLiteral("Web"));
}

void TestWizardPages::mandatoryFields_data()
{
    QTest::addColumn<int>("module");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QStringList>("expected");
    using M = ModuleInfo::Module;
    QTest::newRow("contacts offline") << int(M::Contacts) << false << QStringList{"Last_Name"};
    QTest::newRow("contacts metadata") << int(M::Contacts) << true << QStringList{"Last_Name", "Account_Name"};
    QTest::newRow("events offline") << int(M::Events) << false << QStringList{"Event_Title", "Start_DateTime", "End_DateTime"};
}

void TestWizardPages::mandatoryFields()
{
    QFETCH(int, module);
    QFETCH(bool, known);
    QFETCH(QStringList, expected);
    // An org that made Account_Name mandatory; Last_Name is reported after it.
    const QList<FieldInfo> metadata{{QStringLiteral("Account_Name"), QStringLiteral("Account"), QStringLiteral("lookup"), true, false, false},
                                    {QStringLiteral("Last_Name"), QStringLiteral("Last Name"), QStringLiteral("text"), true, false, false},
                                    {QStringLiteral("Email"), QStringLiteral("Email"), QStringLiteral("email"), false, false, false}};
    QCOMPARE(DefaultsPage::mandatoryFields(ModuleInfo::Module(module), metadata, known), expected);
}

void TestWizardPages::profileEdits()
{
    const Config config = sampleConfig();
    SyncProfile p = config.profiles.first();
    const Config without = SetupWizard::withoutProfile(config, QStringLiteral("Existing"));
    QVERIFY(without.profiles.isEmpty());
    QCOMPARE(without.accounts, config.accounts);
    QCOMPARE(SetupWizard::withoutProfile(config, QStringLiteral("nope")).profiles.size(), 1);
    p.name = QStringLiteral("Renamed");
    const Config replaced = ProfileEdits::withProfile(config, p, QStringLiteral("Existing"));
    QCOMPARE(replaced.profiles.size(), 1);
    QCOMPARE(replaced.profiles.first().name, QStringLiteral("Renamed"));
    QCOMPARE(ProfileEdits::withProfile(config, p).profiles.size(), 2);

    // Editing opens on the profile and keeps its name valid.
    SetupWizard wizard(m_context.get());
    QVERIFY(!wizard.editProfile(QStringLiteral("nope")));
    QVERIFY(wizard.editProfile(QStringLiteral("Existing")));
    QCOMPARE(wizard.modulePage()->profile().name, QStringLiteral("Existing"));
    QVERIFY(wizard.modulePage()->isComplete());
}

QTEST_MAIN(TestWizardPages)
#include "tst_wizardpages.moc"
