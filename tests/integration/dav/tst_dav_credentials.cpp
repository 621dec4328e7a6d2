// SPDX-License-Identifier: GPL-3.0-or-later
// Where a DAV password goes, watched by servers that write down every Authorization
// header (AuthRecorder): a discovery that is sent elsewhere (a .well-known redirect, an
// SRV record) sends nothing there, and the CLI refuses and names the target; a host
// discovery reaches gets credentials only after its 401; a collection on another port
// than "url" gets no password; an address with user:password@ is never shown.
#include "authrecorder.h"
#include "davserverprocess.h"

#include "connectors/dav/davdiscoveryjob.h"
#include "connectors/dav/davdnsresolver.h"
#include "connectors/dav/davrequest.h"
#include "net/httpjob.h"
#include "net/networkcontext.h"
#include "secrets/credentialstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace crmsync;

namespace {

const QString kPassword = QStringLiteral("s3cret-pw");

//! Canned SRV/TXT answers, given later from the event loop as the real resolver does.
class CannedResolver : public DavDnsResolver
{
public:
    QHash<QString, QList<DnsSrvRecord>> srv;

    void lookupSrv(const QString &name, std::function<void(const QList<DnsSrvRecord> &)> done) override
    {
        const auto records = srv.value(name);
        QTimer::singleShot(0, this, [done, records] { done(records); });
    }
    void lookupTxt(const QString &, std::function<void(const QList<QByteArray> &)> done) override
    {
        QTimer::singleShot(0, this, [done] { done({}); });
    }
};

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestDavCredentials : public QObject
{
    Q_OBJECT

private slots:
    void wellKnownRedirectElsewhereGetsNothing();
    void srvTargetOutsideTheDomainGetsNothing();
    void discoveredHostSignsInOnlyAfterItsChallenge();
    void collectionOnAnotherPortGetsNoPassword();
    void cliRefusesAnOutsideTarget_data();
    void cliRefusesAnOutsideTarget();
    void cliNeverShowsAPasswordInAUrl();
    void cliFindsCollectionsAfterTheChallenge();

private:
    //! Runs the job to its end (tests may wait; core may not).
    static bool run(Job *job);
    //! Runs `crmsync ARGS` with \a config as its config file, serving the recorders meanwhile.
    CliRun cli(const QByteArray &config, const QStringList &args);
    static QByteArray davConfig(const QString &url, const QString &collection = {});
    //! Starts \a radicale behind \a front, which answers 401 to a request without credentials.
    static bool startBehindChallenge(DavServerProcess &radicale, AuthRecorder &front);
    //! Both challenge; \a typed redirects its well-known DAV URLs to \a outside.
    static bool redirectElsewhere(AuthRecorder &typed, AuthRecorder &outside);

    QTemporaryDir m_dir;
};

bool TestDavCredentials::run(Job *job)
{
    QSignalSpy finished(job, &Job::finished);
    job->start();
    return finished.count() == 1 || finished.wait(30000);
}

CliRun TestDavCredentials::cli(const QByteArray &config, const QStringList &args)
{
    const QString path = m_dir.filePath(QStringLiteral("config.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(config);
    file.close();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), m_dir.filePath(QStringLiteral("state")));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(CRMSYNC_CLI_BIN), QStringList{args.first(), QStringLiteral("--config"), path} + args.mid(1));
    // The recorders live in this process: its event loop runs while the CLI works.
    if (!finished.wait(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray TestDavCredentials::davConfig(const QString &url, const QString &collection)
{
    QJsonObject dav{{QStringLiteral("type"), QStringLiteral("carddav")},
                    {QStringLiteral("url"), url},
                    {QStringLiteral("username"), QStringLiteral("user")},
                    {QStringLiteral("password_command"), QJsonArray{QStringLiteral("echo"), kPassword}}};
    if (!collection.isEmpty())
        dav.insert(QStringLiteral("collection"), collection);
    return QJsonDocument(QJsonObject{{QStringLiteral("accounts"), QJsonObject{{QStringLiteral("dav"), dav}}}}).toJson();
}

bool TestDavCredentials::startBehindChallenge(DavServerProcess &radicale, AuthRecorder &front)
{
    if (!radicale.start()) {
        qWarning("%s", qPrintable(radicale.errorString()));
        return false;
    }
    if (!front.listen())
        return false;
    front.setChallenge(true);
    front.setUpstream(radicale.baseUrl());
    return true;
}

bool TestDavCredentials::redirectElsewhere(AuthRecorder &typed, AuthRecorder &outside)
{
    if (!outside.listen() || !typed.listen())
        return false;
    outside.setChallenge(true);
    typed.setChallenge(true);
    typed.redirect("/.well-known/caldav", outside.baseUrl());
    typed.redirect("/.well-known/carddav", outside.baseUrl());
    return true;
}

void TestDavCredentials::wellKnownRedirectElsewhereGetsNothing()
{
    AuthRecorder outside, typed;
    // The user typed localhost; its well-known URLs point to 127.0.0.1, another host.
    QVERIFY(redirectElsewhere(typed, outside));

    NetworkContext context;
    DavCollection server;
    server.url = typed.baseUrl(QStringLiteral("localhost"));
    server.username = QStringLiteral("user");
    server.password = kPassword;
    server.context = &context;
    DavDiscoveryJob job(server);
    QVERIFY(run(&job));

    QVERIFY(job.hasError());
    QCOMPARE(job.error().category, Error::Category::Config);
    QCOMPARE(CredentialScope::originOf(job.outsideTarget()), CredentialScope::originOf(outside.baseUrl()));
    QVERIFY2(job.error().userMessage.contains(CredentialScope::originOf(outside.baseUrl())),
             qPrintable(job.error().userMessage));
    QVERIFY(!job.error().userMessage.contains(kPassword));
    // Not one request reached the other host; the typed one got nothing before its 401.
    QCOMPARE(outside.seen().size(), 0);
    QVERIFY(!typed.seen().isEmpty());
    QCOMPARE(typed.seen().first().authorization, QByteArray());
}

void TestDavCredentials::srvTargetOutsideTheDomainGetsNothing()
{
    AuthRecorder target;
    QVERIFY(target.listen());
    target.setChallenge(true);
    CannedResolver resolver;
    for (const char *service : {"caldav", "carddav"}) {
        // No TLS service (so no well-known guess either, RFC 2782 "."); the plain one
        // points to a loopback server outside example.test.
        resolver.srv.insert(QStringLiteral("_%1s._tcp.example.test").arg(QLatin1String(service)),
                            {DnsSrvRecord{QStringLiteral("."), 0, 0, 0}});
        resolver.srv.insert(QStringLiteral("_%1._tcp.example.test").arg(QLatin1String(service)),
                            {DnsSrvRecord{QStringLiteral("127.0.0.1"), target.port(), 0, 0}});
    }
    NetworkContext context;
    DavCollection server;
    server.url = QUrl(QStringLiteral("mailto:user@example.test"));
    server.username = QStringLiteral("user");
    server.password = kPassword;
    server.context = &context;
    DavDiscoveryJob job(server);
    job.setResolver(&resolver);
    QVERIFY(run(&job));

    QVERIFY(job.hasError());
    QCOMPARE(job.outsideTarget().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(job.outsideTarget().port(), int(target.port()));
    QVERIFY2(job.error().userMessage.contains(QLatin1String("DNS SRV")), qPrintable(job.error().userMessage));
    QCOMPARE(target.seen().size(), 0);
}

void TestDavCredentials::discoveredHostSignsInOnlyAfterItsChallenge()
{
    DavServerProcess radicale(DavServerProcess::Server::Radicale);
    AuthRecorder front;
    QVERIFY(startBehindChallenge(radicale, front));

    NetworkContext context;
    DavCollection server;
    server.url = front.baseUrl();
    server.username = radicale.username();
    server.password = kPassword;
    server.context = &context;
    DavDiscoveryJob job(server);
    QVERIFY(run(&job));
    QVERIFY2(!job.hasError(), qPrintable(job.error().userMessage));
    QCOMPARE(job.collections().size(), 2);

    // One request without credentials, the first; after its 401 every request signs in.
    const QList<AuthRecorder::Seen> seen = front.seen();
    QVERIFY(seen.size() >= 3);
    QCOMPARE(seen.first().authorization, QByteArray());
    QCOMPARE(int(seen.size()) - front.withCredentials(), 1);
    const QByteArray basic = "Basic " + (radicale.username() + QLatin1Char(':') + kPassword).toUtf8().toBase64();
    for (qsizetype i = 1; i < seen.size(); ++i)
        QCOMPARE(seen.at(i).authorization, basic);
}

void TestDavCredentials::collectionOnAnotherPortGetsNoPassword()
{
    AuthRecorder named, other;
    QVERIFY(named.listen() && other.listen());
    QUrl collection = other.baseUrl();
    collection.setPath(QStringLiteral("/user/contacts/"));

    // The CLI refuses the config before anything runs.
    const CliRun refused = cli(davConfig(named.baseUrl().toString(), collection.toString()),
                               {QStringLiteral("discover"), QStringLiteral("--account"), QStringLiteral("dav")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QLatin1String("accounts.dav.collection")) && refused.err.contains(QLatin1String("own sign-in")),
             qPrintable(refused.err));

    // And a store built anyway (as ProfileRunner builds one) cannot send the password there.
    AccountConfig account;
    account.type = AccountConfig::Type::CardDav;
    account.url = named.baseUrl().toString();
    account.username = QStringLiteral("user");
    NetworkContext context;
    DavCollection store;
    store.url = collection;
    store.username = account.username;
    store.password = kPassword;
    store.context = &context;
    store.authState->setScope(CredentialStore::scopeFor(account));
    std::unique_ptr<HttpJob> listing(DavRequest::propfind(store, store.url, 1, nullptr));
    QVERIFY(run(listing.get()));
    QCOMPARE(listing->error().category, Error::Category::Auth);
    QVERIFY2(listing->error().userMessage.contains(CredentialScope::originOf(other.baseUrl())),
             qPrintable(listing->error().userMessage));
    QCOMPARE(other.seen().size(), 0);
    QCOMPARE(named.seen().size(), 0);
}

void TestDavCredentials::cliRefusesAnOutsideTarget_data()
{
    QTest::addColumn<bool>("json");
    QTest::addRow("text") << false;
    QTest::addRow("json") << true;
}

void TestDavCredentials::cliRefusesAnOutsideTarget()
{
    QFETCH(bool, json);
    AuthRecorder outside, typed;
    QVERIFY(redirectElsewhere(typed, outside));

    QStringList args{QStringLiteral("discover"), QStringLiteral("--account"), QStringLiteral("dav")};
    if (json)
        args << QStringLiteral("--json");
    const CliRun run = cli(davConfig(typed.baseUrl(QStringLiteral("localhost")).toString()), args);
    QCOMPARE(run.exitCode, 2);
    const QString target = outside.baseUrl().toString();
    QVERIFY2(run.err.contains(CredentialScope::originOf(outside.baseUrl())), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("\"url\": \"%1\"").arg(target)), qPrintable(run.err));
    if (json) {
        const QJsonObject printed = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(printed.value(QStringLiteral("outside_target")).toString(), target);
    }
    QVERIFY(!(run.out + run.err).contains(kPassword));
    QCOMPARE(outside.seen().size(), 0);
}

void TestDavCredentials::cliNeverShowsAPasswordInAUrl()
{
    AuthRecorder server;
    QVERIFY(server.listen());
    QUrl withPassword = server.baseUrl();
    withPassword.setUserName(QStringLiteral("user"));
    withPassword.setPassword(kPassword);
    for (const bool json : {false, true}) {
        QStringList args{QStringLiteral("discover"), QStringLiteral("--account"), QStringLiteral("dav")};
        if (json)
            args << QStringLiteral("--json");
        const CliRun run = cli(davConfig(withPassword.toString()), args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("accounts.dav.url: the address contains a user name or password")),
                 qPrintable(run.err));
        QVERIFY(!(run.out + run.err).contains(kPassword));
    }
    QCOMPARE(server.seen().size(), 0);
}

void TestDavCredentials::cliFindsCollectionsAfterTheChallenge()
{
    DavServerProcess radicale(DavServerProcess::Server::Radicale);
    AuthRecorder front;
    QVERIFY(startBehindChallenge(radicale, front));

    const CliRun run = cli(davConfig(front.baseUrl().toString()),
                           {QStringLiteral("discover"), QStringLiteral("--account"), QStringLiteral("dav"),
                            QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject printed = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(printed.value(QStringLiteral("collections")).toArray().size(), 2);
    QVERIFY(!run.out.contains(kPassword));
    QCOMPARE(front.seen().first().authorization, QByteArray());
    QCOMPARE(int(front.seen().size()) - front.withCredentials(), 1);
}

QTEST_GUILESS_MAIN(TestDavCredentials)
#include "tst_dav_credentials.moc"
