// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/configloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace crmsync;

namespace {

const QByteArray kAccounts = R"(
  "accounts": {
    "crm": {"type": "zoho", "client_id": "1000.ABC", "refresh_token_command": ["pass", "zoho/token"]},
    "cards": {"type": "folder", "path": "/srv/cards"}
  })";

//! A config with the two accounts above and the given profiles (JSON array body).
QByteArray withProfiles(const QByteArray &profiles)
{
    return "{" + kAccounts + ",\n  \"profiles\": [" + profiles + "]\n}\n";
}

//! A config with one profile: the minimal valid keys plus \a extra (",\"k\": v" pairs).
QByteArray withProfile(const QByteArray &extra, const QByteArray &module = "Contacts")
{
    return withProfiles(R"({"name": "P", "module": ")" + module + R"(", "crm": "crm", "remote": "cards")" + extra
                        + "}");
}

//! A config whose "accounts" holds just \a accounts (object body).
QByteArray withAccounts(const QByteArray &accounts)
{
    return "{\"accounts\": {" + accounts + "}}";
}

} // namespace

class TestConfigLoader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void defaults();
    void fullProfile();
    void relativePaths_data();
    void relativePaths();
    void loadFromFile();
    void loadMissingFile();
    void roundTrip();
};

void TestConfigLoader::parse_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("errors"); // empty: must parse

    // Good configs.
    QTest::newRow("empty object") << QByteArray("{}") << QStringList{};
    QTest::newRow("minimal profile") << withProfile("") << QStringList{};
    QTest::newRow("every profile key")
        << withProfile(R"(, "direction": "crm-to-remote", "conflict": "merge", "merge_fallback": "remote-wins",
             "interval_minutes": 15, "max_delete_percent": 10, "field_map": [{"crm": "Last_Name", "remote": "N.family"}],
             "defaults": {"Lead_Source": "Web"}, "filters": {"include_private": true, "categories": ["VIP"]})")
        << QStringList{};
    QTest::newRow("events range for events") << withProfile(R"(, "filters": {"events_range": "past-month"})", "Events")
                                             << QStringList{};
    QTest::newRow("events range for tasks") << withProfile(R"(, "filters": {"events_range": "today"})", "Tasks")
                                            << QStringList{};
    QTest::newRow("two profiles") << withProfiles(R"({"name": "A", "module": "Contacts", "crm": "crm", "remote": "cards"},
                                                     {"name": "B", "module": "Leads", "crm": "crm", "remote": "cards"})")
                                  << QStringList{};

    // JSON and structure.
    QTest::newRow("invalid json") << QByteArray("{\n  \"accounts\": {\n    \"x\": ,\n  }\n}")
                                  << QStringList{"config.json: line 3, column", "invalid JSON"};
    QTest::newRow("top level array") << QByteArray("[]") << QStringList{"config.json: the top level must be"};
    QTest::newRow("unknown top-level key") << QByteArray(R"({"acounts": {}})")
                                           << QStringList{"config.json: acounts: unknown key"};
    QTest::newRow("profiles not an array") << QByteArray(R"({"profiles": {}})")
                                           << QStringList{"config.json: profiles: expected an array, found an object"};
    QTest::newRow("profile not an object") << withProfiles("42")
                                           << QStringList{"profiles[0]: expected an object, found a number"};

    // Profiles.
    QTest::newRow("bad direction")
        << withProfile(R"(, "direction": "both")")
        << QStringList{R"(config.json: profiles[0].direction: "both" is not one of two-way, crm-to-remote, remote-to-crm)"};
    QTest::newRow("bad conflict")
        << withProfile(R"(, "conflict": "ours")")
        << QStringList{R"(profiles[0].conflict: "ours" is not one of crm-wins, remote-wins, newest-wins, merge)"};
    QTest::newRow("merge_fallback without merge") << withProfile(R"(, "merge_fallback": "remote-wins")")
                                                  << QStringList{R"(profiles[0].merge_fallback: only applies when conflict is "merge")"};
    QTest::newRow("merge_fallback newest") << withProfile(R"(, "conflict": "merge", "merge_fallback": "newest-wins")")
                                           << QStringList{R"(profiles[0].merge_fallback: "newest-wins" is not one of crm-wins, remote-wins)"};
    QTest::newRow("unknown profile key") << withProfile(R"(, "colour": "red")")
                                         << QStringList{"config.json: profiles[0].colour: unknown key"};
    QTest::newRow("missing name") << withProfiles(R"({"module": "Contacts", "crm": "crm", "remote": "cards"})")
                                  << QStringList{"profiles[0].name: missing required key"};
    QTest::newRow("missing crm and remote") << withProfiles(R"({"name": "P", "module": "Contacts"})")
                                            << QStringList{"profiles[0].crm: missing required key",
                                                           "profiles[0].remote: missing required key"};
    QTest::newRow("empty name") << withProfiles(R"({"name": " ", "module": "Contacts", "crm": "crm", "remote": "cards"})")
                                << QStringList{"profiles[0].name: must not be empty"};
    QTest::newRow("unknown module") << withProfile("", "Deals")
                                    << QStringList{R"(profiles[0].module: "Deals" is not one of Contacts, Leads, Vendors, Tasks, Events)"};
    QTest::newRow("module wrong type") << withProfiles(R"({"name": "P", "module": 3, "crm": "crm", "remote": "cards"})")
                                       << QStringList{"profiles[0].module: expected a string, found a number"};
    QTest::newRow("missing account") << withProfiles(R"({"name": "P", "module": "Contacts", "crm": "nope", "remote": "cards"})")
                                     << QStringList{R"(profiles[0].crm: there is no account "nope" in accounts)"};
    QTest::newRow("crm is a folder") << withProfiles(R"({"name": "P", "module": "Contacts", "crm": "cards", "remote": "cards"})")
                                     << QStringList{R"(profiles[0].crm: account "cards" is not a zoho account)"};
    QTest::newRow("remote is zoho") << withProfiles(R"({"name": "P", "module": "Contacts", "crm": "crm", "remote": "crm"})")
                                    << QStringList{R"(profiles[0].remote: account "crm" is a zoho account)"};
    QTest::newRow("duplicate names")
        << withProfiles(R"({"name": "P", "module": "Contacts", "crm": "crm", "remote": "cards"},
                           {"name": "Q", "module": "Leads", "crm": "crm", "remote": "cards"},
                           {"name": "P", "module": "Leads", "crm": "crm", "remote": "cards"})")
        << QStringList{R"(config.json: profiles[2].name: "P" is already the name of profiles[0])"};
    QTest::newRow("interval as string") << withProfile(R"(, "interval_minutes": "15")")
                                        << QStringList{"profiles[0].interval_minutes: expected a whole number, found a string"};
    QTest::newRow("negative interval") << withProfile(R"(, "interval_minutes": -5)")
                                       << QStringList{"profiles[0].interval_minutes: -5 is not between 0 and 10080"};
    QTest::newRow("delete percent too high") << withProfile(R"(, "max_delete_percent": 150)")
                                             << QStringList{"profiles[0].max_delete_percent: 150 is not between 0 and 100"};
    QTest::newRow("delete percent fraction") << withProfile(R"(, "max_delete_percent": 12.5)")
                                             << QStringList{"profiles[0].max_delete_percent: 12.5 is not a whole number"};
    QTest::newRow("events range for contacts")
        << withProfile(R"(, "filters": {"events_range": "today"})")
        << QStringList{"profiles[0].filters.events_range: only applies to the Events and Tasks modules, not Contacts"};
    QTest::newRow("bad events range") << withProfile(R"(, "filters": {"events_range": "tomorrow"})", "Events")
                                      << QStringList{R"(profiles[0].filters.events_range: "tomorrow" is not one of all, today, past-month)"};
    QTest::newRow("include_private as string") << withProfile(R"(, "filters": {"include_private": "yes"})")
                                               << QStringList{"profiles[0].filters.include_private: expected true or false, found a string"};
    QTest::newRow("category not a string") << withProfile(R"(, "filters": {"categories": ["VIP", 7]})")
                                           << QStringList{"profiles[0].filters.categories[1]: expected a string, found a number"};
    QTest::newRow("unknown filter") << withProfile(R"(, "filters": {"owner": "me"})")
                                    << QStringList{"profiles[0].filters.owner: unknown key"};
    QTest::newRow("field_map entry without remote")
        << withProfile(R"(, "field_map": [{"crm": "Email", "remote": "EMAIL"}, {"crm": "Phone"}])")
        << QStringList{"profiles[0].field_map[1].remote: missing required key"};
    QTest::newRow("field_map unknown key") << withProfile(R"(, "field_map": [{"crm": "Email", "remote": "EMAIL", "note": 1}])")
                                           << QStringList{"profiles[0].field_map[0].note: unknown key"};
    QTest::newRow("field_map duplicate")
        << withProfile(R"(, "field_map": [{"crm": "Email", "remote": "EMAIL"}, {"crm": "Email", "remote": "X-MAIL"}])")
        << QStringList{R"(profiles[0].field_map[1].crm: "Email" is mapped more than once)"};
    QTest::newRow("field_map empty") << withProfile(R"(, "field_map": [])")
                                     << QStringList{"profiles[0].field_map: must not be empty"};
    QTest::newRow("field_map entry not an object") << withProfile(R"(, "field_map": ["Email"])")
                                                   << QStringList{"profiles[0].field_map[0]: expected an object, found a string"};
    QTest::newRow("default not a string") << withProfile(R"(, "defaults": {"Company": 5})")
                                          << QStringList{"profiles[0].defaults.Company: expected a string, found a number"};

    // Accounts.
    QTest::newRow("inline refresh token")
        << withAccounts(R"("crm": {"type": "zoho", "client_id": "x", "refresh_token": "1000.abc"})")
        << QStringList{"config.json: accounts.crm.refresh_token: secrets are not read from config files",
                       "refresh_token_command", "keychain"};
    QTest::newRow("inline password") << withAccounts(R"("cards": {"type": "folder", "path": "/x", "password": "pw"})")
                                     << QStringList{"accounts.cards.password: secrets are not read", "password_command"};
    QTest::newRow("inline access token")
        << withAccounts(R"("crm": {"type": "zoho", "client_id": "x", "access_token": "1000.abc"})")
        << QStringList{"accounts.crm.access_token: secrets are not read"};
    QTest::newRow("unknown account type") << withAccounts(R"("x": {"type": "dav"})")
                                          << QStringList{R"(accounts.x.type: "dav" is not one of zoho, folder, carddav, caldav)"};
    QTest::newRow("missing account type") << withAccounts(R"("x": {"path": "/x"})")
                                          << QStringList{"accounts.x.type: missing required key"};
    QTest::newRow("account not an object") << withAccounts(R"("x": "folder")")
                                           << QStringList{"accounts.x: expected an object, found a string"};
    QTest::newRow("zoho without client_id") << withAccounts(R"("crm": {"type": "zoho"})")
                                            << QStringList{"accounts.crm.client_id: missing required key"};
    QTest::newRow("zoho bad url") << withAccounts(R"("crm": {"type": "zoho", "client_id": "x", "api_url": "ftp://h"})")
                                  << QStringList{R"(accounts.crm.api_url: "ftp://h" is not an http(s) URL)"};
    QTest::newRow("token command as string")
        << withAccounts(R"("crm": {"type": "zoho", "client_id": "x", "refresh_token_command": "pass zoho"})")
        << QStringList{"accounts.crm.refresh_token_command: expected an array of strings, found a string"};
    QTest::newRow("token command empty") << withAccounts(R"("crm": {"type": "zoho", "client_id": "x", "refresh_token_command": []})")
                                         << QStringList{"accounts.crm.refresh_token_command: must not be empty"};
    QTest::newRow("client secret twice")
        << withAccounts(R"("crm": {"type": "zoho", "client_id": "x", "client_secret": "s", "client_secret_command": ["pass", "s"]})")
        << QStringList{"accounts.crm.client_secret_command: give client_secret or client_secret_command, not both"};
    QTest::newRow("folder without path") << withAccounts(R"("cards": {"type": "folder"})")
                                         << QStringList{"accounts.cards.path: missing required key"};
    QTest::newRow("folder key on zoho") << withAccounts(R"("crm": {"type": "zoho", "client_id": "x", "path": "/x"})")
                                        << QStringList{"accounts.crm.path: unknown key"};

    QTest::newRow("carddav account") << withAccounts(R"("ab": {"type": "carddav", "url": "https://dav.example/u/contacts/",
        "username": "u", "password_command": ["pass", "dav"]})") << QStringList{};
    QTest::newRow("caldav with collection") << withAccounts(R"("cal": {"type": "caldav", "url": "https://dav.example/",
        "collection": "https://dav.example/u/cal/"})") << QStringList{};
    QTest::newRow("dav without url") << withAccounts(R"("ab": {"type": "carddav"})")
                                     << QStringList{"accounts.ab.url: missing required key"};
    // A bare domain or an e-mail address is discovered (RFC 6764, docs/dav.md); a path
    // without a scheme is neither.
    QTest::newRow("dav bad url") << withAccounts(R"("ab": {"type": "caldav", "url": "dav.example/cal"})")
                                 << QStringList{R"(accounts.ab.url: "dav.example/cal" is not an http(s) URL)"};
    QTest::newRow("dav url is a domain") << withAccounts(R"("ab": {"type": "caldav", "url": "dav.example"})")
                                         << QStringList{};
    QTest::newRow("dav url is an e-mail address")
        << withAccounts(R"("ab": {"type": "carddav", "url": "taro@dav.example"})") << QStringList{};
    QTest::newRow("dav password command without username")
        << withAccounts(R"("ab": {"type": "carddav", "url": "https://d/", "password_command": ["pass", "d"]})")
        << QStringList{"accounts.ab.username: password_command is given"};
    QTest::newRow("dav inline password") << withAccounts(R"("ab": {"type": "carddav", "url": "https://d/", "password": "pw"})")
                                         << QStringList{"accounts.ab.password: secrets are not read"};
    QTest::newRow("dav unknown key") << withAccounts(R"("ab": {"type": "carddav", "url": "https://d/", "path": "/x"})")
                                     << QStringList{"accounts.ab.path: unknown key"};
    QTest::newRow("address book for events")
        << QByteArray(R"({"accounts": {"crm": {"type": "zoho", "client_id": "x", "refresh_token_command": ["t"]},
            "ab": {"type": "carddav", "url": "https://d/"}},
            "profiles": [{"name": "P", "module": "Events", "crm": "crm", "remote": "ab"}]})")
        << QStringList{R"(profiles[0].remote: account "ab" is a carddav account, which cannot hold Events)"};

    // All problems at once, not one per run.
    QTest::newRow("several problems")
        << withProfile(R"(, "direction": "both", "max_delete_percent": 101, "extra": 1)")
        << QStringList{"profiles[0].direction:", "profiles[0].max_delete_percent:", "profiles[0].extra: unknown key"};
}

void TestConfigLoader::parse()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, errors);

    const Result<Config> r = ConfigLoader::parse(json, QStringLiteral("config.json"));
    if (errors.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.error().userMessage));
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, Error::Category::Config);
    const QString message = r.error().userMessage;
    for (const QString &part : errors)
        QVERIFY2(message.contains(part), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(part, message)));
    // Every line names the file.
    for (const QString &line : message.split(QLatin1Char('\n')))
        QVERIFY2(line.startsWith(QLatin1String("config.json: ")), qPrintable(line));
}

void TestConfigLoader::defaults()
{
    const Result<Config> r = ConfigLoader::parse(withProfile("", "Leads"), QStringLiteral("/etc/crmsync/config.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().userMessage));
    QCOMPARE(r->path, QStringLiteral("/etc/crmsync/config.json"));
    QCOMPARE(r->profiles.size(), 1);
    const SyncProfile &p = r->profiles.first();
    QCOMPARE(p.name, QStringLiteral("P"));
    QCOMPARE(p.module, ModuleInfo::Module::Leads);
    QCOMPARE(p.crmAccount, QStringLiteral("crm"));
    QCOMPARE(p.remoteAccount, QStringLiteral("cards"));
    QCOMPARE(p.direction, SyncProfile::Direction::TwoWay);
    QCOMPARE(p.conflict, SyncProfile::Conflict::CrmWins);
    QCOMPARE(p.mergeFallback, SyncProfile::Conflict::CrmWins);
    QCOMPARE(p.intervalMinutes, 0);
    QCOMPARE(p.maxDeletePercent, 50);
    QVERIFY(p.fieldMap == FieldMap::defaultFor(ModuleInfo::Module::Leads));
    QVERIFY(!p.fieldMap.isEmpty());
    QVERIFY(p.defaults.isEmpty());
    QVERIFY(!p.includePrivate);
    QCOMPARE(p.eventsRange, SyncProfile::EventsRange::All);
    QVERIFY(p.categories.isEmpty());

    const AccountConfig crm = r->accounts.value("crm");
    QCOMPARE(crm.name, QStringLiteral("crm"));
    QCOMPARE(crm.type, AccountConfig::Type::Zoho);
    QCOMPARE(crm.accountsUrl, QStringLiteral("https://accounts.zoho.com"));
    QCOMPARE(crm.apiUrl, QStringLiteral("https://www.zohoapis.com"));
    QCOMPARE(crm.clientId, QStringLiteral("1000.ABC"));
    QCOMPARE(crm.refreshTokenCommand, QStringList({"pass", "zoho/token"}));
    QCOMPARE(r->accounts.value("cards").type, AccountConfig::Type::Folder);
    QCOMPARE(r->accounts.value("cards").path, QStringLiteral("/srv/cards"));
}

void TestConfigLoader::fullProfile()
{
    const QByteArray json = R"json({
      "accounts": {
        "eu": {"type": "zoho", "accounts_url": "https://accounts.zoho.eu/", "api_url": "http://127.0.0.1:8123",
               "client_id": "1000.X", "client_secret_command": ["pass", "zoho/secret"]},
        "cal": {"type": "folder", "path": "/srv/cal"}
      },
      "profiles": [{"name": "Meetings", "module": "Events", "crm": "eu", "remote": "cal",
        "direction": "remote-to-crm", "conflict": "merge", "merge_fallback": "remote-wins",
        "interval_minutes": 30, "max_delete_percent": 5,
        "field_map": [{"crm": "Event_Title", "remote": "SUMMARY"}, {"crm": "Venue", "remote": "LOCATION"}],
        "defaults": {"Event_Title": "(no title)"},
        "filters": {"include_private": true, "events_range": "today", "categories": ["Work", "Travel"]}}]
    })json";
    const Result<Config> r = ConfigLoader::parse(json, QStringLiteral("config.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().userMessage));
    const AccountConfig eu = r->accounts.value("eu");
    QCOMPARE(eu.accountsUrl, QStringLiteral("https://accounts.zoho.eu"));
    QCOMPARE(eu.apiUrl, QStringLiteral("http://127.0.0.1:8123"));
    QCOMPARE(eu.clientSecretCommand, QStringList({"pass", "zoho/secret"}));
    QVERIFY(eu.clientSecret.isEmpty());
    const SyncProfile &p = r->profiles.first();
    QCOMPARE(p.module, ModuleInfo::Module::Events);
    QCOMPARE(p.direction, SyncProfile::Direction::RemoteToCrm);
    QCOMPARE(p.conflict, SyncProfile::Conflict::Merge);
    QCOMPARE(p.mergeFallback, SyncProfile::Conflict::RemoteWins);
    QCOMPARE(p.intervalMinutes, 30);
    QCOMPARE(p.maxDeletePercent, 5);
    QCOMPARE(p.fieldMap.mappings().size(), 2);
    QCOMPARE(p.fieldMap.remoteFor("Venue"), QStringLiteral("LOCATION"));
    QCOMPARE(p.defaults.value("Event_Title").toString(), QStringLiteral("(no title)"));
    QVERIFY(p.includePrivate);
    QCOMPARE(p.eventsRange, SyncProfile::EventsRange::Today);
    QCOMPARE(p.categories, QStringList({"Work", "Travel"}));
}

void TestConfigLoader::relativePaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("relative") << "contacts" << "/etc/crmsync/contacts";
    QTest::newRow("dot segments") << "./a/../cards/" << "/etc/crmsync/cards";
    QTest::newRow("parent") << "../data/cards" << "/etc/data/cards";
    QTest::newRow("absolute") << "/srv/cards" << "/srv/cards";
    QTest::newRow("home") << "~/cards" << QDir::homePath() + "/cards";
}

void TestConfigLoader::relativePaths()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const QByteArray json = R"({"accounts": {"f": {"type": "folder", "path": ")" + path.toUtf8() + R"("}}})";
    const Result<Config> r = ConfigLoader::parse(json, QStringLiteral("/etc/crmsync/config.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().userMessage));
    QCOMPARE(r->accounts.value("f").path, expected);
}

void TestConfigLoader::loadFromFile()
{
    // Relative to the file's directory, not to the working directory.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("conf"));
    const QString file = dir.filePath("conf/config.json");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"accounts": {"f": {"type": "folder", "path": "cards"}}})");
    f.close();
    const Result<Config> r = ConfigLoader::load(file);
    QVERIFY2(r.ok(), qPrintable(r.error().userMessage));
    QCOMPARE(r->path, file);
    QCOMPARE(r->accounts.value("f").path, dir.filePath("conf/cards"));

    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"accounts": {"f": {"type": "folder"}}})");
    f.close();
    const Result<Config> bad = ConfigLoader::load(file);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().userMessage.startsWith(file + ": accounts.f.path: "), qPrintable(bad.error().userMessage));
}

void TestConfigLoader::loadMissingFile()
{
    const Result<Config> r = ConfigLoader::load(QStringLiteral("/nonexistent/crmsync.json"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, Error::Category::Config);
    QVERIFY(r.error().userMessage.contains("/nonexistent/crmsync.json"));
}

void TestConfigLoader::roundTrip()
{
    const QByteArray json = withProfiles(R"(
        {"name": "A", "module": "Contacts", "crm": "crm", "remote": "cards"},
        {"name": "B", "module": "Tasks", "crm": "crm", "remote": "cards", "direction": "crm-to-remote",
         "conflict": "merge", "merge_fallback": "remote-wins", "interval_minutes": 60, "paused": true, "max_delete_percent": 0,
         "field_map": [{"crm": "Subject", "remote": "SUMMARY"}], "defaults": {"Status": "Not Started"},
         "filters": {"include_private": true, "events_range": "past-month", "categories": ["x"]}},
        {"name": "C", "module": "Vendors", "crm": "crm", "remote": "cards", "conflict": "newest-wins"})");
    const Result<Config> first = ConfigLoader::parse(json, QStringLiteral("/etc/crmsync/config.json"));
    QVERIFY2(first.ok(), qPrintable(first.error().userMessage));
    const QByteArray written = ConfigLoader::toJson(*first);
    const Result<Config> second = ConfigLoader::parse(written, QStringLiteral("/etc/crmsync/config.json"));
    QVERIFY2(second.ok(), qPrintable(second.error().userMessage + "\n" + QString::fromUtf8(written)));

    QCOMPARE(second->accounts.keys(), first->accounts.keys());
    for (const QString &name : first->accounts.keys())
        QVERIFY(second->accounts.value(name) == first->accounts.value(name));
    QCOMPARE(second->profiles.size(), 3);
    QVERIFY(second->profiles.at(1).paused && !second->profiles.at(0).paused);
    for (int i = 0; i < 3; ++i) {
        const SyncProfile &a = first->profiles.at(i);
        const SyncProfile &b = second->profiles.at(i);
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.module, a.module);
        QCOMPARE(b.crmAccount, a.crmAccount);
        QCOMPARE(b.remoteAccount, a.remoteAccount);
        QCOMPARE(b.direction, a.direction);
        QCOMPARE(b.conflict, a.conflict);
        QCOMPARE(b.mergeFallback, a.mergeFallback);
        QCOMPARE(b.intervalMinutes, a.intervalMinutes);
        QCOMPARE(b.paused, a.paused);
        QVERIFY(b.fieldMap == a.fieldMap);
        QCOMPARE(b.defaults, a.defaults);
        QCOMPARE(b.includePrivate, a.includePrivate);
        QCOMPARE(b.eventsRange, a.eventsRange);
        QCOMPARE(b.categories, a.categories);
        QCOMPARE(b.maxDeletePercent, a.maxDeletePercent);
    }
    // The second profile really carried non-default values through.
    QCOMPARE(second->profiles.at(1).eventsRange, SyncProfile::EventsRange::PastMonth);
    QCOMPARE(second->profiles.at(1).maxDeletePercent, 0);
    // Writing is stable.
    QCOMPARE(ConfigLoader::toJson(*second), written);
}

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "tst_configloader.moc"
