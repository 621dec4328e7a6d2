// SPDX-License-Identifier: GPL-3.0-or-later
// The setup wizard against a real crm-sandbox: custom fields from /settings/fields, the
// summary's dry run agreeing with `crmsync sync --dry-run --json`, and the saved config.
#include "clifixture.h"
#include "common/appcontext.h"
#include "config/configloader.h"
#include "wizard/defaultspage.h"
#include "wizard/fieldmapmodel.h"
#include "wizard/fieldmappage.h"
#include "wizard/modulepage.h"
#include "wizard/setupwizard.h"
#include "wizard/summarypage.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace crmsync;

namespace {
QJsonArray contacts(int n)
{
    QJsonArray out;
    for (int i = 0; i < n; ++i) {
        out.append(QJsonObject{{QStringLiteral("Last_Name"), QStringLiteral("Sato%1").arg(i)},
                               {QStringLiteral("First_Name"), QStringLiteral("Hana")},
                               {QStringLiteral("Email"), QStringLiteral("hana%1@example.com").arg(i)}});
    }
    return out;
}

//! For the reviewer: CRMSYNC_WIZARD_SCREENSHOTS=<dir> under Xvfb grabs the screen at each step.
void screenshot(QWidget *window, int step)
{
    const QString dir = qEnvironmentVariable("CRMSYNC_WIZARD_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTest::qWait(300); // let the window manager-less X server paint
    QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"),
                                                 QStringLiteral("%1/h6-wizard-%2.png").arg(dir).arg(step)});
}
} // namespace

class TestSetupWizardSandbox : public QObject
{
    Q_OBJECT
private slots:
    void newContactsProfile();
    void metadataFailureKeepsDefaults();
};

void TestSetupWizardSandbox::newContactsProfile()
{
    CliFixture f;
    QVERIFY(f.start());
    QCOMPARE(f.crm().create(QStringLiteral("Contacts"), contacts(5)).size(), 5);
    // One card is a CRM contact already (same e-mail: matched, not copied); one is new.
    f.writeFile(QStringLiteral("known.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hana Sato0\r\nN:Sato0;Hana;;;\r\n"
                                             "EMAIL;TYPE=work:hana0@example.com\r\nEND:VCARD\r\n");
    f.writeFile(QStringLiteral("new.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mei Chen\r\nN:Chen;Mei;;;\r\n"
                                           "EMAIL;TYPE=work:mei@example.com\r\nEND:VCARD\r\n");
    f.writeConfig(QStringLiteral("Contacts"));
    const auto cli = f.sync({QStringLiteral("--dry-run")});
    QCOMPARE(cli.exitCode, 0);
    const QJsonObject expected = cli.report();
    QVERIFY(expected.value(QStringLiteral("dry_run")).toBool());

    QTemporaryDir state;
    AppContext context(f.configPath(), state.path());
    context.reloadConfig();
    QVERIFY(!context.configError().isError());
    SetupWizard wizard(&context);
    wizard.resize(900, 640);
    wizard.show();
    screenshot(&wizard, 1);

    ModulePage *module = wizard.modulePage();
    QCOMPARE(module->findChild<QComboBox *>(QStringLiteral("crmAccount"))->currentText(), QStringLiteral("zoho"));
    QCOMPARE(module->findChild<QComboBox *>(QStringLiteral("remoteAccount"))->currentText(), QStringLiteral("folder"));
    QVERIFY(module->isComplete());
    const QString name = module->findChild<QLineEdit *>(QStringLiteral("profileName"))->text();
    QVERIFY(!name.isEmpty());
    QVERIFY(name != QStringLiteral("p"));

    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::FieldMapStep));
    FieldMapPage *mapPage = wizard.fieldMapPage();
    QVERIFY(mapPage->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!mapPage->isLoading(), 20000);
    // The sandbox's custom field (emulators/crm-sandbox/README.md) is offered with its label.
    const QModelIndex crmCell = mapPage->model()->index(0, FieldMapModel::CrmColumn);
    QVERIFY2(crmCell.data(FieldMapModel::ChoicesRole).toStringList().contains(QStringLiteral("Customer_Rank")),
             qPrintable(mapPage->statusText()));
    const QStringList labels = crmCell.data(FieldMapModel::ChoiceLabelsRole).toStringList();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                        [](const QString &l) { return l.contains(QStringLiteral("(Customer_Rank)")); }));
    QVERIFY(mapPage->statusText().contains(QStringLiteral("custom field")));
    QCOMPARE(mapPage->model()->fieldMap(), FieldMap::defaultFor(ModuleInfo::Module::Contacts));
    screenshot(&wizard, 2);

    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::DefaultsStep));
    DefaultsPage *defaults = wizard.defaultsPage();
    QCOMPARE(defaults->fields().value(0), QStringLiteral("Last_Name"));
    QVERIFY(!defaults->isComplete());
    screenshot(&wizard, 3);
    for (const QString &field : defaults->fields())
        defaults->editorFor(field)->setText(QStringLiteral("(未設定)"));
    QVERIFY(defaults->isComplete());

    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::SummaryStep));
    SummaryPage *summary = wizard.summaryPage();
    QSignalSpy done(summary, &SummaryPage::dryRunFinished);
    QVERIFY(done.wait(45000));
    const SyncReport &report = summary->report();
    QCOMPARE(SyncReport::statusName(report.status), expected.value(QStringLiteral("status")).toString());
    QVERIFY(report.dryRun);
    const QJsonObject crm = expected.value(QStringLiteral("crm")).toObject();
    const QJsonObject remote = expected.value(QStringLiteral("remote")).toObject();
    QCOMPARE(report.crm.created, crm.value(QStringLiteral("created")).toInt());
    QCOMPARE(report.crm.updated, crm.value(QStringLiteral("updated")).toInt());
    QCOMPARE(report.crm.deleted, crm.value(QStringLiteral("deleted")).toInt());
    QCOMPARE(report.remote.created, remote.value(QStringLiteral("created")).toInt());
    QCOMPARE(report.remote.updated, remote.value(QStringLiteral("updated")).toInt());
    QCOMPARE(report.remote.deleted, remote.value(QStringLiteral("deleted")).toInt());
    QCOMPARE(report.matched, expected.value(QStringLiteral("matched")).toInt());
    // What the scenario means, so the comparison is not between two zeros.
    QCOMPARE(report.crm.created, 1);
    QCOMPARE(report.remote.created, 4);
    QCOMPARE(report.matched, 1);
    const QString shown = summary->findChild<QLabel *>(QStringLiteral("summaryResult"))->text();
    QVERIFY2(shown.contains(QStringLiteral("1 to create")) && shown.contains(QStringLiteral("4 to create")), qPrintable(shown));
    // The dry run wrote nothing.
    QCOMPARE(f.folderFiles().size(), 2);
    QCOMPARE(f.crm().list(QStringLiteral("Contacts"), QStringLiteral("Last_Name")).size(), 5);
    screenshot(&wizard, 4);

    QSignalSpy saved(&wizard, &SetupWizard::profileSaved);
    wizard.accept();
    QCOMPARE(saved.size(), 1);
    const Result<Config> loaded = ConfigLoader::load(f.configPath());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().userMessage));
    QCOMPARE(loaded.value().profiles.size(), 2);
    QCOMPARE(loaded.value().profiles.first().name, QStringLiteral("p")); // untouched, in place
    const SyncProfile &p = loaded.value().profiles.last();
    QCOMPARE(p.name, name);
    QCOMPARE(p.module, ModuleInfo::Module::Contacts);
    QCOMPARE(p.crmAccount, QStringLiteral("zoho"));
    QCOMPARE(p.remoteAccount, QStringLiteral("folder"));
    QCOMPARE(p.fieldMap, FieldMap::defaultFor(ModuleInfo::Module::Contacts));
    QCOMPARE(p.defaults.value(QStringLiteral("Last_Name")).toString(), QStringLiteral("(未設定)"));
    QCOMPARE(loaded.value().accounts, context.config().accounts);

    // Editing replaces the profile in place.
    SetupWizard edit(&context);
    QVERIFY(edit.editProfile(name));
    edit.modulePage()->findChild<QComboBox *>(QStringLiteral("frequency"))->setCurrentIndex(2);
    edit.show();
    edit.next();
    QTRY_VERIFY_WITH_TIMEOUT(!edit.fieldMapPage()->isLoading(), 20000);
    edit.next();
    QVERIFY(edit.defaultsPage()->isComplete()); // the saved defaults are shown again
    edit.next();
    edit.accept();
    const Result<Config> again = ConfigLoader::load(f.configPath());
    QVERIFY(again.ok());
    QCOMPARE(again.value().profiles.size(), 2);
    QCOMPARE(again.value().profiles.last().name, name);
    QCOMPARE(again.value().profiles.last().intervalMinutes, 60);
}

void TestSetupWizardSandbox::metadataFailureKeepsDefaults()
{
    CliFixture f;
    QVERIFY(f.start());
    // A refresh token the sandbox refuses: no metadata, but the page still works.
    f.writeConfig(QStringLiteral("Leads"), {}, {QStringLiteral("printf"), QStringLiteral("%s"), QStringLiteral("wrong-token")});
    QTemporaryDir state;
    AppContext context(f.configPath(), state.path());
    context.reloadConfig();
    SetupWizard wizard(&context);
    auto *module = wizard.modulePage()->findChild<QComboBox *>(QStringLiteral("module"));
    module->setCurrentIndex(module->findData(int(ModuleInfo::Module::Leads)));
    wizard.show();
    wizard.next();
    FieldMapPage *mapPage = wizard.fieldMapPage();
    QTRY_VERIFY_WITH_TIMEOUT(!mapPage->isLoading(), 20000);
    QVERIFY(mapPage->statusText().contains(QStringLiteral("Custom fields are not listed")));
    QCOMPARE(mapPage->model()->fieldMap(), FieldMap::defaultFor(ModuleInfo::Module::Leads));
    QVERIFY(mapPage->isComplete());
    wizard.next();
    QCOMPARE(wizard.defaultsPage()->fields(), (QStringList{QStringLiteral("Last_Name"), QStringLiteral("Company")}));
}

QTEST_MAIN(TestSetupWizardSandbox)
#include "tst_setupwizard_sandbox.moc"
