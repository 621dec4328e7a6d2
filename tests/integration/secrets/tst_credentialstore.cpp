// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialStore against a real gnome-keyring (with-keyring.sh) and without any Secret
// Service (CRMSYNC_TEST_KEYCHAIN=missing): the two add_test()s in CMakeLists.txt.
#include "config/accountconfig.h"
#include "secrets/accountsecretsjob.h"
#include "secrets/credentialstore.h"
#include "secrets/sessionsecrets.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <QtTest>

using namespace crmsync;

namespace {

//! "available" (with-keyring.sh), "locked" (with-keyring.sh --locked) or "missing".
QString mode()
{
    return qEnvironmentVariable("CRMSYNC_TEST_KEYCHAIN");
}

bool keychainExpected()
{
    return mode() == QLatin1String("available");
}

//! Starts \a job and waits for its one finished().
bool run(CredentialJob *job)
{
    QSignalSpy spy(job, &Job::finished);
    job->start();
    return spy.wait(20000) && spy.size() == 1;
}

QString uniqueKey()
{
    return QStringLiteral("test:%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

//! Files under \a dir whose bytes contain \a needle.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadOverwriteRemove();
    void readMissingIsEmptyNotError();
    void removeMissingSucceeds();
    void storedInSecretService();
    void worksFromWorkerThread();
    void accountSecretsPreferSessionThenKeychain();
    void noPlaintextUnderHome();
    void noKeychainGivesClearError();
    void lockedKeychainGivesClearError();

private:
    CredentialStore m_store{QStringLiteral("crmsync-test")};
    QTemporaryDir m_home;
};

void TestCredentialStore::initTestCase()
{
    if (mode() == QLatin1String("missing")) {
        // No keychain: point HOME and the XDG dirs at an empty folder so that any file
        // the keychain code might write (QtKeychain's plaintext fallback uses QSettings)
        // shows up in noKeychainGivesClearError's scan.
        QVERIFY(m_home.isValid());
        for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(var, m_home.path().toUtf8());
    }
}

void TestCredentialStore::writeReadOverwriteRemove()
{
    if (!keychainExpected())
        QSKIP("needs the Secret Service (run through with-keyring.sh)");
    const QString key = uniqueKey();
    std::unique_ptr<CredentialJob> write(m_store.write(key, QStringLiteral("first-sécret")));
    QVERIFY(run(write.get()));
    QVERIFY2(!write->hasError(), qPrintable(write->error().userMessage));

    std::unique_ptr<CredentialJob> read(m_store.read(key));
    QVERIFY(run(read.get()));
    QVERIFY(!read->hasError());
    QVERIFY(read->found());
    QCOMPARE(read->secret(), QStringLiteral("first-sécret"));

    std::unique_ptr<CredentialJob> overwrite(m_store.write(key, QStringLiteral("second")));
    QVERIFY(run(overwrite.get()));
    QVERIFY(!overwrite->hasError());
    read.reset(m_store.read(key));
    QVERIFY(run(read.get()));
    QCOMPARE(read->secret(), QStringLiteral("second"));

    std::unique_ptr<CredentialJob> remove(m_store.remove(key));
    QVERIFY(run(remove.get()));
    QVERIFY2(!remove->hasError(), qPrintable(remove->error().userMessage));
    read.reset(m_store.read(key));
    QVERIFY(run(read.get()));
    QVERIFY(!read->hasError());
    QVERIFY(!read->found());
    QVERIFY(read->secret().isEmpty());
}

void TestCredentialStore::readMissingIsEmptyNotError()
{
    if (!keychainExpected())
        QSKIP("needs the Secret Service");
    std::unique_ptr<CredentialJob> read(m_store.read(uniqueKey()));
    QVERIFY(run(read.get()));
    QVERIFY2(!read->hasError(), qPrintable(read->error().userMessage));
    QCOMPARE(read->failure(), CredentialJob::Failure::None);
    QVERIFY(!read->found());
}

void TestCredentialStore::removeMissingSucceeds()
{
    if (!keychainExpected())
        QSKIP("needs the Secret Service");
    std::unique_ptr<CredentialJob> remove(m_store.remove(uniqueKey()));
    QVERIFY(run(remove.get()));
    QVERIFY2(!remove->hasError(), qPrintable(remove->error().userMessage));
}

void TestCredentialStore::storedInSecretService()
{
    if (!keychainExpected())
        QSKIP("needs the Secret Service");
    // The entry is where protocols.md §5.2 says (server = service, user = key), so another
    // Secret Service client finds it: proof that it is not in some file of ours.
    const QString key = uniqueKey();
    std::unique_ptr<CredentialJob> write(m_store.write(key, QStringLiteral("visible-to-secret-tool")));
    QVERIFY(run(write.get()));
    QVERIFY(!write->hasError());
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
                 {QStringLiteral("lookup"), QStringLiteral("server"), m_store.service(), QStringLiteral("user"), key});
    QVERIFY(lookup.waitForFinished(20000));
    QCOMPARE(lookup.readAllStandardOutput(), QByteArray("visible-to-secret-tool"));
}

void TestCredentialStore::worksFromWorkerThread()
{
    if (!keychainExpected())
        QSKIP("needs the Secret Service");
    const QString key = uniqueKey();
    std::unique_ptr<CredentialJob> write(m_store.write(key, QStringLiteral("from-a-thread")));
    QVERIFY(run(write.get()));
    // The app reads secrets on its sync thread: create and start the job there.
    QThread worker;
    worker.start();
    QObject context;
    context.moveToThread(&worker);
    QString secret;
    bool done = false;
    bool onWorker = false;
    QMetaObject::invokeMethod(&context, [&, store = m_store, key] {
        auto *job = store.read(key);
        QObject::connect(job, &Job::finished, job, [&, job] {
            secret = job->secret();
            onWorker = QThread::currentThread() == &worker;
            done = true;
            job->deleteLater();
        });
        job->start();
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(onWorker);
    QCOMPARE(secret, QStringLiteral("from-a-thread"));
    worker.quit();
    QVERIFY(worker.wait(5000));
}

void TestCredentialStore::accountSecretsPreferSessionThenKeychain()
{
    if (!keychainExpected())
        QSKIP("needs the Secret Service");
    AccountConfig inKeychain;
    inKeychain.name = QStringLiteral("kept");
    inKeychain.type = AccountConfig::Type::Zoho;
    inKeychain.accountsUrl = QStringLiteral("http://127.0.0.1:1/") + uniqueKey();
    inKeychain.secretInKeychain = true;
    AccountConfig inSession = inKeychain;
    inSession.name = QStringLiteral("session");
    AccountConfig missing = inKeychain;
    missing.name = QStringLiteral("missing");
    AccountConfig byCommand = inKeychain;
    byCommand.name = QStringLiteral("command");
    byCommand.secretInKeychain = false;

    std::unique_ptr<CredentialJob> write(m_store.write(CredentialStore::keyFor(inKeychain), QStringLiteral("kc-token")));
    QVERIFY(run(write.get()));
    // The session one is in the keychain too, with an older token: memory wins.
    write.reset(m_store.write(CredentialStore::keyFor(inSession), QStringLiteral("old-token")));
    QVERIFY(run(write.get()));
    SessionSecrets::set(CredentialStore::keyFor(inSession), QStringLiteral("session-token"));

    AccountSecretsJob job({inKeychain, inSession, missing, byCommand}, m_store);
    QSignalSpy spy(&job, &Job::finished);
    job.start();
    QVERIFY(spy.wait(20000));
    QCOMPARE(job.secretFor(inKeychain).value(), QStringLiteral("kc-token"));
    QCOMPARE(job.secretFor(inSession).value(), QStringLiteral("session-token"));
    const Result<QString> none = job.secretFor(missing);
    QVERIFY(!none);
    QCOMPARE(none.error().category, Error::Category::Auth);
    QVERIFY2(none.error().userMessage.contains(QLatin1String("missing is not signed in")),
             qPrintable(none.error().userMessage));
    QVERIFY(!job.secretFor(byCommand)); // not a keychain account: not fetched
    SessionSecrets::remove(CredentialStore::keyFor(inSession));
    QVERIFY(!SessionSecrets::value(CredentialStore::keyFor(inSession)));
}

void TestCredentialStore::noPlaintextUnderHome()
{
    if (!keychainExpected())
        QSKIP("needs the Secret Service");
    const QByteArray secret = "plaintext-canary-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    std::unique_ptr<CredentialJob> write(m_store.write(uniqueKey(), QString::fromLatin1(secret)));
    QVERIFY(run(write.get()));
    QVERIFY(!write->hasError());
    // with-keyring.sh put HOME and every XDG dir in one throwaway folder; gnome-keyring's
    // own files there are encrypted, so the secret's bytes must appear nowhere.
    const QString home = QDir::homePath();
    QVERIFY(home.contains(QLatin1String("crmsync-keyring")));
    QVERIFY(QFileInfo::exists(home + QStringLiteral("/.local/share/keyrings")));
    QCOMPARE(filesContaining(home, secret), QStringList());
}

void TestCredentialStore::noKeychainGivesClearError()
{
    if (mode() != QLatin1String("missing"))
        QSKIP("runs without a Secret Service (tst_credentialstore_nokeychain)");
    const QByteArray secret = "plaintext-canary-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QString key = uniqueKey();
    std::unique_ptr<CredentialJob> write(m_store.write(key, QString::fromLatin1(secret)));
    QVERIFY(run(write.get()));
    QVERIFY(write->hasError());
    QCOMPARE(write->failure(), CredentialJob::Failure::NoKeychain);
    QCOMPARE(write->error().category, Error::Category::Auth);
    QVERIFY2(write->error().userMessage.contains(QLatin1String("no Secret Service is running")),
             qPrintable(write->error().userMessage + QLatin1String(" / ") + write->error().detail));
    QVERIFY(write->error().userMessage.contains(QLatin1String("continue without keeping the sign-in")));

    std::unique_ptr<CredentialJob> read(m_store.read(key));
    QVERIFY(run(read.get()));
    QCOMPARE(read->failure(), CredentialJob::Failure::NoKeychain);
    QVERIFY(!read->found());

    // No plaintext fallback: nothing with the secret anywhere under HOME / XDG dirs.
    QCOMPARE(filesContaining(m_home.path(), secret), QStringList());
    QDirIterator any(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList files;
    while (any.hasNext())
        files << any.next();
    QCOMPARE(files, QStringList());
}

void TestCredentialStore::lockedKeychainGivesClearError()
{
    if (mode() != QLatin1String("locked"))
        QSKIP("runs with a keyring that is not unlocked (tst_credentialstore_locked)");
    const QByteArray secret = "plaintext-canary-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    std::unique_ptr<CredentialJob> write(m_store.write(uniqueKey(), QString::fromLatin1(secret)));
    QVERIFY(run(write.get()));
    QVERIFY(write->hasError());
    QVERIFY2(write->failure() == CredentialJob::Failure::Locked, qPrintable(write->error().detail));
    QVERIFY(write->error().userMessage.contains(QLatin1String("keychain is locked")));
    QVERIFY(write->error().userMessage.contains(QLatin1String("continue without keeping the sign-in")));
    QCOMPARE(filesContaining(QDir::homePath(), secret), QStringList());
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
