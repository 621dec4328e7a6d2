// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox (docs/offline.md): creates and edits made while crm-sandbox is down are
// queued (exit 4), listed by `crmsync outbox`, and applied exactly once by the next
// `crmsync sync`, also under server errors and after crashes; edits whose record
// changed meanwhile go through the conflict policy; refused data fails one entry only.
#include "clifixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

namespace {

struct ModuleCase
{
    QString profile;
    QString module;
    QString nameField;   // mandatory, unique per record in these tests
    QString editField;   // mapped by default, edited by the tests
    QJsonObject required; // other fields the module requires on create
};

const QList<ModuleCase> kModules = {
    {QStringLiteral("contacts"), QStringLiteral("Contacts"), QStringLiteral("Last_Name"), QStringLiteral("Title")},
    {QStringLiteral("leads"), QStringLiteral("Leads"), QStringLiteral("Last_Name"), QStringLiteral("Designation"),
     {{QStringLiteral("Company"), QStringLiteral("ACME")}}},
    {QStringLiteral("tasks"), QStringLiteral("Tasks"), QStringLiteral("Subject"), QStringLiteral("Description")},
};

//! One folder account and one profile per module, all against the fixture's sandbox.
void writeConfig(CliFixture &f, const QString &conflict = QStringLiteral("merge"))
{
    const QString url = f.sandbox().baseUrl().toString();
    QJsonObject accounts{{QStringLiteral("zoho"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("zoho")},
                                      {QStringLiteral("accounts_url"), url},
                                      {QStringLiteral("api_url"), url},
                                      {QStringLiteral("client_id"), SandboxProcess::ClientId},
                                      {QStringLiteral("client_secret"), SandboxProcess::ClientSecret},
                                      {QStringLiteral("refresh_token_command"),
                                       QJsonArray{QStringLiteral("printf"), QStringLiteral("%s"), SandboxProcess::RefreshToken}}}}};
    QJsonArray profiles;
    for (const ModuleCase &m : kModules) {
        const QString dir = QDir(f.folder()).filePath(m.profile);
        QDir().mkpath(dir);
        accounts.insert(QStringLiteral("folder-") + m.profile,
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("folder")}, {QStringLiteral("path"), dir}});
        profiles.append(QJsonObject{{QStringLiteral("name"), m.profile}, {QStringLiteral("module"), m.module},
                                    {QStringLiteral("crm"), QStringLiteral("zoho")},
                                    {QStringLiteral("remote"), QStringLiteral("folder-") + m.profile},
                                    {QStringLiteral("direction"), QStringLiteral("two-way")},
                                    {QStringLiteral("conflict"), conflict}});
    }
    f.writeFile(QStringLiteral("../config.json"),
                QJsonDocument(QJsonObject{{QStringLiteral("accounts"), accounts}, {QStringLiteral("profiles"), profiles}}).toJson());
}

QStringList common(CliFixture &f)
{
    return {QStringLiteral("--config"), f.configPath(), QStringLiteral("--state-dir"), f.stateDir()};
}

CliFixture::Outcome newRecord(CliFixture &f, const QString &profile, QStringList sets, const QStringList &env = {})
{
    for (const ModuleCase &m : kModules) {
        for (auto it = m.required.begin(); m.profile == profile && it != m.required.end(); ++it)
            sets << it.key() + QLatin1Char('=') + it.value().toString();
    }
    QStringList args{QStringLiteral("new"), QStringLiteral("--profile"), profile};
    for (const QString &s : sets)
        args << QStringLiteral("--set") << s;
    return f.run(args + common(f), env);
}

CliFixture::Outcome editRecord(CliFixture &f, const QString &profile, const QString &id, const QStringList &sets)
{
    QStringList args{QStringLiteral("edit"), QStringLiteral("--profile"), profile, QStringLiteral("--id"), id};
    for (const QString &s : sets)
        args << QStringLiteral("--set") << s;
    return f.run(args + common(f));
}

QJsonArray outboxEntries(CliFixture &f)
{
    return f.run(QStringList{QStringLiteral("outbox"), QStringLiteral("--json")} + common(f)).json.value(QStringLiteral("entries")).toArray();
}

//! name field value → how many records carry it, and their edit field.
QHash<QString, int> countByName(CliFixture &f, const ModuleCase &m, QHash<QString, QString> *edits = nullptr)
{
    QHash<QString, int> counts;
    const QJsonArray records = f.crm().list(m.module, QStringLiteral("%1,%2").arg(m.nameField, m.editField));
    for (const QJsonValue &v : records) {
        const QString name = v.toObject().value(m.nameField).toString();
        ++counts[name];
        if (edits)
            edits->insert(name, v.toObject().value(m.editField).toString());
    }
    return counts;
}

} // namespace

class TestCliOutbox : public QObject
{
    Q_OBJECT

private slots:
    void offlineChangesAreAppliedOnceAfterRestart()
    {
        CliFixture f;
        QVERIFY(f.start());
        QHash<QString, QStringList> seeded;
        for (const ModuleCase &m : kModules) {
            QJsonArray records;
            for (int i = 0; i < 12; ++i) {
                QJsonObject r = m.required;
                r.insert(m.nameField, QStringLiteral("%1 seed %2").arg(m.module).arg(i));
                records.append(r);
            }
            seeded[m.profile] = f.crm().create(m.module, records);
            QCOMPARE(seeded[m.profile].size(), 12);
        }
        writeConfig(f);
        QCOMPARE(f.sync().exitCode, 0);

        f.sandbox().stop();
        // 200 changes across three modules: every sixth an edit of a seeded record.
        QHash<QString, int> creates;
        int edits = 0;
        for (int i = 0; i < 200; ++i) {
            const ModuleCase &m = kModules.at(i % 6 == 0 ? (i / 6) % 3 : i % 3);
            CliFixture::Outcome o;
            if (i % 6 == 0) {
                const QString id = seeded[m.profile].at((i / 6) % 12);
                o = editRecord(f, m.profile, id, {QStringLiteral("%1=edit %2").arg(m.editField).arg(i)});
                ++edits;
            } else {
                o = newRecord(f, m.profile, {QStringLiteral("%1=%2 new %3").arg(m.nameField, m.module).arg(i),
                                             QStringLiteral("%1=made offline").arg(m.editField)});
                ++creates[m.profile];
            }
            QVERIFY2(o.exitCode == 4, qPrintable(QStringLiteral("change %1: exit %2 %3").arg(i).arg(o.exitCode).arg(QString::fromUtf8(o.stderrData))));
            QVERIFY(o.stdoutData.contains("queued"));
        }
        const QJsonArray queued = outboxEntries(f);
        QCOMPARE(queued.size(), 200);
        for (const QJsonValue &v : queued) {
            const QString state = v.toObject().value(QStringLiteral("state")).toString();
            QVERIFY2(state == QLatin1String("waiting") || state == QLatin1String("deferred"), qPrintable(state));
        }
        QVERIFY(!queued.first().toObject().value(QStringLiteral("last_error")).toString().isEmpty());

        QVERIFY(f.sandbox().restart());
        const auto synced = f.sync();
        QVERIFY2(synced.exitCode == 0, synced.stdoutData.constData());
        for (const QJsonValue &v : outboxEntries(f)) {
            QVERIFY2(v.toObject().value(QStringLiteral("state")).toString() == QLatin1String("done"),
                     QJsonDocument(v.toObject()).toJson().constData());
        }

        for (int mi = 0; mi < kModules.size(); ++mi) {
            const ModuleCase &m = kModules.at(mi);
            QHash<QString, QString> values;
            const QHash<QString, int> counts = countByName(f, m, &values);
            QCOMPARE(counts.size(), 12 + creates[m.profile]);
            for (auto it = counts.begin(); it != counts.end(); ++it)
                QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 × %2").arg(it.key()).arg(it.value())));
            for (int i = 0; i < 200; ++i) {
                if (i % 3 == mi && i % 6 != 0)
                    QCOMPARE(values.value(QStringLiteral("%1 new %2").arg(m.module).arg(i)), QStringLiteral("made offline"));
            }
        }
        // Edits: record k of each module ends with the last edit queued for it.
        QHash<QString, QString> lastEdit;
        for (int i = 0; i < 200; i += 6)
            lastEdit.insert(kModules.at((i / 6) % 3).module + QString::number((i / 6) % 12), QStringLiteral("edit %1").arg(i));
        for (const ModuleCase &m : kModules) {
            QHash<QString, QString> values;
            countByName(f, m, &values);
            for (int k = 0; k < 12; ++k) {
                const QString key = m.module + QString::number(k);
                if (lastEdit.contains(key))
                    QCOMPARE(values.value(QStringLiteral("%1 seed %2").arg(m.module).arg(k)), lastEdit.value(key));
            }
        }
        QVERIFY(edits > 30);
        // Nothing is sent twice: a second sync creates nothing.
        const auto again = f.sync();
        QCOMPARE(again.exitCode, 0);
    }

    void replayConvergesUnderServerErrors()
    {
        CliFixture f;
        QVERIFY(f.start({QStringLiteral("--error-rate"), QStringLiteral("0.3"), QStringLiteral("--latency-ms"), QStringLiteral("50")}));
        writeConfig(f);
        f.sandbox().stop();
        for (int i = 0; i < 24; ++i) {
            const ModuleCase &m = kModules.at(i % 3);
            QCOMPARE(newRecord(f, m.profile, {QStringLiteral("%1=%2 flaky %3").arg(m.nameField, m.module).arg(i)}).exitCode, 4);
        }
        QVERIFY(f.sandbox().restart());
        bool converged = false;
        for (int run = 0; run < 15 && !converged; ++run) {
            const auto o = f.sync();
            const QJsonArray entries = outboxEntries(f);
            converged = o.exitCode == 0 && std::all_of(entries.begin(), entries.end(), [](const QJsonValue &v) {
                return v.toObject().value(QStringLiteral("state")).toString() == QLatin1String("done");
            });
        }
        QVERIFY2(converged, QJsonDocument(outboxEntries(f)).toJson().left(3000).constData());
        // Each record was created once: distinct CRM ids, one folder file each.
        QSet<QString> ids;
        for (const QJsonValue &v : outboxEntries(f))
            ids.insert(v.toObject().value(QStringLiteral("crm_id")).toString());
        QCOMPARE(ids.size(), 24);
        int files = 0;
        for (const ModuleCase &m : kModules)
            files += QDir(QDir(f.folder()).filePath(m.profile)).entryList(QDir::Files).size();
        QCOMPARE(files, 24);
    }

    void createsSurviveCrashesWithoutDuplicates()
    {
        int reachedEnd = 0;
        for (int n = 1; n <= 30 && !reachedEnd; ++n) {
            CliFixture f;
            f.useFaultyCli();   // the crash/disturbance hooks exist only there (tests/faulty)
            QVERIFY(f.start());
            writeConfig(f);
            f.sandbox().stop();
            for (int i = 0; i < 3; ++i)
                QCOMPARE(newRecord(f, QStringLiteral("contacts"), {QStringLiteral("Last_Name=Crash %1").arg(i)}).exitCode, 4);
            QVERIFY(f.sandbox().restart());
            const auto crashed = f.sync({QStringLiteral("--profile"), QStringLiteral("contacts")},
                                        {QStringLiteral("CRMSYNC_CRASH_AFTER_WRITES=%1").arg(n)});
            if (crashed.exitCode != -1)
                reachedEnd = n;
            const auto recovered = f.sync({QStringLiteral("--profile"), QStringLiteral("contacts")});
            QVERIFY2(recovered.exitCode == 0, recovered.stdoutData.constData());
            const QHash<QString, int> counts = countByName(f, kModules.first());
            QCOMPARE(counts.size(), 3);
            for (auto it = counts.begin(); it != counts.end(); ++it)
                QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 × %2 after a crash at write %3").arg(it.key()).arg(it.value()).arg(n)));
        }
        qInfo("crash points tried: %d", reachedEnd - 1);
        // 3 creates × (mark sending, CRM write, mark done) at least.
        QVERIFY2(reachedEnd > 9, qPrintable(QString::number(reachedEnd)));
    }

    void editOfChangedRecordFollowsPolicy_data()
    {
        QTest::addColumn<QString>("conflict");
        QTest::addColumn<QString>("title");
        QTest::newRow("merge (falls back to crm-wins)") << QStringLiteral("merge") << QStringLiteral("Theirs");
        QTest::newRow("crm-wins") << QStringLiteral("crm-wins") << QStringLiteral("Theirs");
        QTest::newRow("remote-wins") << QStringLiteral("remote-wins") << QStringLiteral("Mine");
    }
    void editOfChangedRecordFollowsPolicy()
    {
        QFETCH(QString, conflict);
        QFETCH(QString, title);
        CliFixture f;
        QVERIFY(f.start());
        const QString id = f.crm().create(QStringLiteral("Contacts"),
                                          QJsonArray{QJsonObject{{QStringLiteral("Last_Name"), QStringLiteral("Ito")},
                                                                 {QStringLiteral("Title"), QStringLiteral("Base")},
                                                                 {QStringLiteral("Mobile"), QStringLiteral("100")},
                                                                 {QStringLiteral("Department"), QStringLiteral("Sales")}}}).first();
        writeConfig(f, conflict);
        QCOMPARE(f.sync().exitCode, 0);
        f.sandbox().stop();
        QCOMPARE(editRecord(f, QStringLiteral("contacts"), id, {QStringLiteral("Title=Mine"), QStringLiteral("Mobile=111")}).exitCode, 4);
        QCOMPARE(editRecord(f, QStringLiteral("contacts"), id, {QStringLiteral("Mobile=222")}).exitCode, 4);
        QVERIFY(f.sandbox().restart());
        // Another user changes Title (also edited offline) and Department (not edited).
        QVERIFY(f.crm().update(QStringLiteral("Contacts"), id, {{QStringLiteral("Title"), QStringLiteral("Theirs")},
                                                                {QStringLiteral("Department"), QStringLiteral("Support")}}));
        QCOMPARE(f.sync({QStringLiteral("--profile"), QStringLiteral("contacts")}).exitCode, 0);

        const QJsonObject record = f.crm().list(QStringLiteral("Contacts"), QStringLiteral("Title,Mobile,Department")).first().toObject();
        QCOMPARE(record.value(QStringLiteral("Title")).toString(), title);
        QCOMPARE(record.value(QStringLiteral("Mobile")).toString(), QStringLiteral("222"));
        QCOMPARE(record.value(QStringLiteral("Department")).toString(), QStringLiteral("Support"));
        // The losing Title is journaled for restore.
        const QJsonArray journal = f.run(QStringList{QStringLiteral("restore"), QStringLiteral("--profile"), QStringLiteral("contacts"),
                                                     QStringLiteral("--json")} + common(f))
                                       .json.value(QStringLiteral("entries")).toArray();
        const QString loser = title == QLatin1String("Mine") ? QStringLiteral("Theirs") : QStringLiteral("Mine");
        const bool journaled = std::any_of(journal.begin(), journal.end(), [&](const QJsonValue &v) {
            return v.toObject().value(QStringLiteral("losing")).toObject().value(QStringLiteral("Title")).toString() == loser;
        });
        QVERIFY2(journaled, QJsonDocument(journal).toJson().constData());
    }

    void refusedValueFailsOnlyItsEntry()
    {
        CliFixture f;
        QVERIFY(f.start());
        writeConfig(f);
        f.sandbox().stop();
        QCOMPARE(newRecord(f, QStringLiteral("contacts"), {QStringLiteral("Last_Name=Good 1")}).exitCode, 4);
        QCOMPARE(newRecord(f, QStringLiteral("contacts"), {QStringLiteral("Last_Name=Bad"), QStringLiteral("Email=not-an-email")}).exitCode, 4);
        QCOMPARE(newRecord(f, QStringLiteral("contacts"), {QStringLiteral("Last_Name=Good 2")}).exitCode, 4);
        QVERIFY(f.sandbox().restart());
        // The refused change is this run's item error (exit 1), named, and the rest converges.
        const auto synced = f.sync({QStringLiteral("--profile"), QStringLiteral("contacts")});
        QCOMPARE(synced.exitCode, 1);
        const QJsonArray errors = synced.report().value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors[0][QStringLiteral("item")].toString().contains(QStringLiteral("outbox entry")),
                 synced.stdoutData.constData());
        QVERIFY2(errors[0][QStringLiteral("message")].toString().contains(QStringLiteral("Email")), synced.stdoutData.constData());
        // Reported once: the entry waits, failed, for the user; the next run is clean.
        QCOMPARE(f.sync({QStringLiteral("--profile"), QStringLiteral("contacts")}).exitCode, 0);
        const QJsonArray entries = outboxEntries(f);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(entries[1].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY2(entries[1].toObject().value(QStringLiteral("last_error")).toString().contains(QStringLiteral("Email")),
                 qPrintable(entries[1].toObject().value(QStringLiteral("last_error")).toString()));
        QCOMPARE(entries[2].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        const QHash<QString, int> counts = countByName(f, kModules.first());
        QCOMPARE(counts.value(QStringLiteral("Good 1")), 1);
        QCOMPARE(counts.value(QStringLiteral("Good 2")), 1);
        QVERIFY(!counts.contains(QStringLiteral("Bad")));

        // Online: applied at once (0), refused at once (1); --retry queues a failed one again.
        QCOMPARE(newRecord(f, QStringLiteral("contacts"), {QStringLiteral("Last_Name=Online")}).exitCode, 0);
        QCOMPARE(countByName(f, kModules.first()).value(QStringLiteral("Online")), 1);
        QCOMPARE(newRecord(f, QStringLiteral("contacts"), {QStringLiteral("Email=x@example.com")}).exitCode, 1);
        const qint64 bad = entries[1].toObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(f.run(QStringList{QStringLiteral("outbox"), QStringLiteral("--retry"), QString::number(bad)} + common(f)).exitCode, 0);
        QCOMPARE(outboxEntries(f)[1].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
        // A failed sign-in: 3, and the change is queued all the same.
        QByteArray config = f.readFile(QStringLiteral("../config.json"));
        config.replace(SandboxProcess::RefreshToken.toUtf8(), "wrong-token");
        f.writeFile(QStringLiteral("../config.json"), config);
        QCOMPARE(newRecord(f, QStringLiteral("contacts"), {QStringLiteral("Last_Name=Signed out")}).exitCode, 3);
        const QJsonObject last = outboxEntries(f).last().toObject();
        QCOMPARE(last.value(QStringLiteral("fields")).toObject().value(QStringLiteral("Last_Name")).toString(), QStringLiteral("Signed out"));
        QVERIFY(last.value(QStringLiteral("state")).toString() != QLatin1String("done"));
        // Usage errors.
        QCOMPARE(f.run(QStringList{QStringLiteral("edit"), QStringLiteral("--profile"), QStringLiteral("contacts"),
                                   QStringLiteral("--set"), QStringLiteral("Title=x")} + common(f)).exitCode, 2);
        QCOMPARE(newRecord(f, QStringLiteral("contacts"), {QStringLiteral("no-equals-sign")}).exitCode, 2);
        QCOMPARE(newRecord(f, QStringLiteral("nosuchprofile"), {QStringLiteral("Last_Name=x")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliOutbox)
#include "tst_cli_outbox.moc"
