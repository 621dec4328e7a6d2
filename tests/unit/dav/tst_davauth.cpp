// SPDX-License-Identifier: GPL-3.0-or-later
// Unit checks of the sign-in pieces DAV requests use: WWW-Authenticate parsing, the
// RFC 7616 Digest computation, certificate fingerprints, and the refusal of plain http
// to other computers before any connection is made.
#include "config/configloader.h"
#include "connectors/dav/davrequest.h"
#include "net/digestauth.h"
#include "net/httpchallenge.h"
#include "net/httpjob.h"
#include "net/networkcontext.h"
#include "net/tlsfingerprint.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace crmsync;

namespace {

//! Counts every request the job hands to the network: none may be made for a refused URL.
class CountingManager : public QNetworkAccessManager
{
public:
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

} // namespace

class TestDavAuth : public QObject
{
    Q_OBJECT
private slots:
    void rfc7616Example_data();
    void rfc7616Example();
    void authorizationHeader();
    void parseChallenges_data();
    void parseChallenges();
    void pickStrongest_data();
    void pickStrongest();
    void fingerprint_data();
    void fingerprint();
    void configPin_data();
    void configPin();
    void plainHttpRefusedBeforeConnecting_data();
    void plainHttpRefusedBeforeConnecting();
};

void TestDavAuth::rfc7616Example_data()
{
    QTest::addColumn<QByteArray>("algorithm");
    QTest::addColumn<QByteArray>("expected");
    // RFC 7616 §3.9.1: the same request answered with MD5 and with SHA-256.
    QTest::newRow("MD5") << QByteArray("MD5") << QByteArray("8ca523f5e9506fed4657c9700eebdbec");
    QTest::newRow("SHA-256") << QByteArray("SHA-256")
                             << QByteArray("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
}

void TestDavAuth::rfc7616Example()
{
    QFETCH(QByteArray, algorithm);
    QFETCH(QByteArray, expected);
    const QByteArray header = "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=" + algorithm
        + ", nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", "
          "opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"";
    const QList<HttpChallenge> challenges = HttpChallenge::parse(header);
    QCOMPARE(challenges.size(), 1);
    DigestAuth::Input in;
    in.username = "Mufasa";
    in.password = "Circle of Life";
    in.method = "GET";
    in.uri = "/dir/index.html";
    in.cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
    in.nonceCount = 1;
    QCOMPARE(DigestAuth::response(challenges.first(), in), expected);
}

void TestDavAuth::authorizationHeader()
{
    const auto c = HttpChallenge::parse("Digest realm=\"r\\\"x\", nonce=\"n1\", qop=\"auth\", algorithm=SHA-256, "
                                        "opaque=\"op\"");
    QCOMPARE(c.size(), 1);
    DigestAuth::Input in{"us\"er", "pw", "PROPFIND", "/a%20b/?x=1", "cn", 26};
    const QList<HttpChallenge> back = HttpChallenge::parse(DigestAuth::authorization(c.first(), in));
    // What the server reads back from our header is what went into the hash.
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().scheme, QByteArray("digest"));
    QCOMPARE(back.first().param("username"), QByteArray("us\"er"));
    QCOMPARE(back.first().param("realm"), QByteArray("r\"x"));
    QCOMPARE(back.first().param("uri"), QByteArray("/a%20b/?x=1"));
    QCOMPARE(back.first().param("nc"), QByteArray("0000001a"));
    QCOMPARE(back.first().param("qop"), QByteArray("auth"));
    QCOMPARE(back.first().param("opaque"), QByteArray("op"));
    QCOMPARE(back.first().param("algorithm"), QByteArray("SHA-256"));
    QCOMPARE(back.first().param("response"), DigestAuth::response(c.first(), in));
    QCOMPARE(back.first().param("response").size(), 64);
}

void TestDavAuth::parseChallenges_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArrayList>("schemes");
    QTest::addColumn<QByteArray>("firstRealm");
    QTest::addColumn<QByteArray>("lastNonce");
    QTest::newRow("basic") << QByteArray("Basic realm=\"Radicale - Password Required\"") << QByteArrayList{"basic"}
                           << QByteArray("Radicale - Password Required") << QByteArray();
    // Two headers as QNetworkReply joins them; a comma inside a quoted value is no separator.
    QTest::newRow("joined") << QByteArray("Digest realm=\"a, b\", nonce=\"x\", algorithm=SHA-256, qop=\"auth,auth-int\", "
                                          "Digest realm=\"a, b\", nonce=\"y\", algorithm=MD5, Basic realm=\"a\"")
                            << QByteArrayList{"digest", "digest", "basic"} << QByteArray("a, b") << QByteArray();
    QTest::newRow("case and spaces") << QByteArray("DIGEST  Realm = \"r\" ,NONCE=abc")
                                     << QByteArrayList{"digest"} << QByteArray("r") << QByteArray("abc");
    QTest::newRow("token68") << QByteArray("Negotiate YIIB==, Basic realm=x") << QByteArrayList{"negotiate", "basic"}
                             << QByteArray() << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArrayList{} << QByteArray() << QByteArray();
}

void TestDavAuth::parseChallenges()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArrayList, schemes);
    QFETCH(QByteArray, firstRealm);
    QFETCH(QByteArray, lastNonce);
    const QList<HttpChallenge> parsed = HttpChallenge::parse(header);
    QByteArrayList got;
    for (const HttpChallenge &c : parsed)
        got.append(c.scheme);
    QCOMPARE(got, schemes);
    if (!parsed.isEmpty()) {
        QCOMPARE(parsed.first().param("realm"), firstRealm);
        QCOMPARE(parsed.last().param("nonce"), lastNonce);
    }
}

void TestDavAuth::pickStrongest_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("nonce"); // empty: nothing we can answer
    QTest::newRow("sha-256 preferred") << QByteArray("Digest nonce=\"md5\", qop=auth, Digest nonce=\"sha\", "
                                                     "algorithm=SHA-256, qop=auth")
                                       << QByteArray("sha");
    QTest::newRow("md5 default") << QByteArray("Digest nonce=\"n\", realm=r, qop=\"auth\"") << QByteArray("n");
    QTest::newRow("rfc 2069 no qop") << QByteArray("Digest nonce=\"n\", realm=r") << QByteArray("n");
    QTest::newRow("sess") << QByteArray("Digest nonce=\"s\", algorithm=SHA-256-sess, qop=auth") << QByteArray("s");
    QTest::newRow("auth-int only") << QByteArray("Digest nonce=\"n\", qop=\"auth-int\"") << QByteArray();
    QTest::newRow("sha-512-256") << QByteArray("Digest nonce=\"n\", algorithm=SHA-512-256, qop=auth") << QByteArray();
    QTest::newRow("basic only") << QByteArray("Basic realm=\"x\"") << QByteArray();
}

void TestDavAuth::pickStrongest()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, nonce);
    const auto picked = DigestAuth::pick(HttpChallenge::parse(header));
    QCOMPARE(picked.has_value(), !nonce.isEmpty());
    if (picked)
        QCOMPARE(picked->param("nonce"), nonce);
}

void TestDavAuth::fingerprint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    const QString canonical = QStringLiteral("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:"
                                             "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");
    QTest::newRow("canonical") << canonical << true;
    QTest::newRow("lower case") << canonical.toLower() << true;
    QTest::newRow("openssl output") << QStringLiteral("sha256 Fingerprint=") + canonical << true;
    QTest::newRow("no colons") << QString(canonical).remove(QLatin1Char(':')) << true;
    QTest::newRow("too short") << canonical.left(canonical.size() - 3) << false;
    QTest::newRow("sha1 length") << canonical.left(59) << false;
    QTest::newRow("not hex") << QString(canonical).replace(QLatin1Char('A'), QLatin1Char('G')) << false;
    QTest::newRow("empty") << QString() << false;
}

void TestDavAuth::fingerprint()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const Result<QByteArray> parsed = TlsFingerprint::parse(text);
    QCOMPARE(parsed.ok(), valid);
    if (valid) {
        QCOMPARE(parsed->size(), 32);
        QCOMPARE(TlsFingerprint::format(*parsed),
                 QStringLiteral("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:"
                                "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"));
    } else {
        QCOMPARE(parsed.error().category, Error::Category::Config);
        QVERIFY(parsed.error().userMessage.contains(QStringLiteral("SHA-256")));
    }
}

void TestDavAuth::configPin_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("stored"); // empty: the config is refused
    const QString canonical = QStringLiteral("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:"
                                             "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");
    QTest::newRow("canonical") << canonical << canonical;
    QTest::newRow("lower case, no colons") << QString(canonical).remove(QLatin1Char(':')).toLower() << canonical;
    QTest::newRow("sha-1 length") << canonical.left(59) << QString();
}

void TestDavAuth::configPin()
{
    QFETCH(QString, pin);
    QFETCH(QString, stored);
    const QByteArray json = R"({"accounts": {"cards": {"type": "carddav", "url": "https://dav.example.com/", )"
                            R"("tls_trusted_certificate_sha256": ")" + pin.toUtf8() + R"("}}})";
    const Result<Config> config = ConfigLoader::parse(json, QStringLiteral("config.json"));
    QCOMPARE(config.ok(), !stored.isEmpty());
    if (!config) {
        QVERIFY2(config.error().userMessage.contains(QStringLiteral("tls_trusted_certificate_sha256")),
                 qPrintable(config.error().userMessage));
        return;
    }
    QCOMPARE(config->accounts.value(QStringLiteral("cards")).tlsTrustedCertificateSha256, stored);
    // Written back and read again: the same account.
    const Result<Config> again = ConfigLoader::parse(ConfigLoader::toJson(*config), QStringLiteral("again.json"));
    QVERIFY(again.ok());
    QCOMPARE(again->accounts.value(QStringLiteral("cards")), config->accounts.value(QStringLiteral("cards")));
    QVERIFY(ConfigLoader::toJson(*config).contains("\"tls_trusted_certificate_sha256\": \"" + stored.toUtf8()));
}

void TestDavAuth::plainHttpRefusedBeforeConnecting_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("refused");
    QTest::newRow("other host") << QStringLiteral("http://dav.example.com/user/contacts/") << true;
    QTest::newRow("lan address") << QStringLiteral("http://192.168.1.10:5232/user/contacts/") << true;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/user/") << true;
    // Loopback is allowed (tests, local servers): the request is made (and fails: nothing listens).
    QTest::newRow("loopback") << QStringLiteral("http://127.0.0.1:1/user/contacts/") << false;
}

void TestDavAuth::plainHttpRefusedBeforeConnecting()
{
    QFETCH(QString, url);
    QFETCH(bool, refused);
    CountingManager manager;
    NetworkContext context(&manager);
    RetryPolicy once = context.retryPolicy();
    once.maxAttempts = 1;
    context.setRetryPolicy(once);
    DavCollection collection;
    collection.url = QUrl(url);
    collection.username = QStringLiteral("alice");
    collection.password = QStringLiteral("secret");
    collection.context = &context;
    std::unique_ptr<HttpJob> job(DavRequest::propfind(collection, collection.url, 0, nullptr));
    QSignalSpy finished(job.get(), &Job::finished);
    job->start();
    QVERIFY(!finished.isEmpty() || finished.wait(10000));
    QVERIFY(job->hasError());
    if (refused) {
        QCOMPARE(job->error().category, Error::Category::Config);
        QCOMPARE(manager.created, 0);
        QCOMPARE(context.counter().requests(), 0);
        QVERIFY(job->error().userMessage.contains(collection.url.host()));
    } else {
        QCOMPARE(job->error().category, Error::Category::Network);
        QCOMPARE(manager.created, 1);
    }
}

QTEST_GUILESS_MAIN(TestDavAuth)
#include "tst_davauth.moc"
