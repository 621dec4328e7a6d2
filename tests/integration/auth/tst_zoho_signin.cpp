// SPDX-License-Identifier: GPL-3.0-or-later
// ZohoSignInFlow against crm-sandbox (reference/zoho-crm-api.md §1.1–§1.4): the test is
// the browser. On openBrowser it loads the consent page, posts "Allow" or "Deny" and
// follows the 302 to the flow's loopback listener, all over loopback.
#include "auth/zohosigninflow.h"
#include "connectors/zoho/zohorequestjob.h"
#include "connectors/zoho/zohosession.h"
#include "net/networkcontext.h"
#include "sandboxprocess.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QtTest>

using namespace crmsync;

namespace {

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QUrl location;
};

//! The test's "browser": one request at a time, redirects not followed.
class Browser
{
public:
    Answer send(const QUrl &url, const QByteArray &form = {})
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = nullptr;
        if (form.isNull()) {
            reply = m_nam.get(request);
        } else {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
            reply = m_nam.post(request, form);
        }
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(20000);
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        answer.body = reply->readAll();
        answer.location = QUrl::fromEncoded(reply->rawHeader("Location"));
        reply->deleteLater();
        return answer;
    }
    //! Loads the consent page at \a authUrl and clicks \a decision; the 302 (or the page).
    Answer decide(const QUrl &authUrl, const QString &decision)
    {
        const Answer page = send(authUrl);
        static const QRegularExpression re(QStringLiteral("name=\"consent_id\" value=\"([0-9a-f]+)\""));
        const QString id = re.match(QString::fromUtf8(page.body)).captured(1);
        if (page.status != 200 || id.isEmpty())
            return page;
        QUrl post = authUrl.adjusted(QUrl::RemoveQuery);
        return send(post, "consent_id=" + id.toLatin1() + "&decision=" + decision.toLatin1());
    }

private:
    QNetworkAccessManager m_nam;
};

QString s256(const QByteArray &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrl withQueryItem(QUrl url, const QString &name, const QString &value, bool remove = false)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(name);
    if (!remove)
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query);
    return url;
}

bool portClosed(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return !socket.waitForConnected(5000);
}

} // namespace

class TestZohoSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signIn_data();
    void signIn();
    void stateTampered_data();
    void stateTampered();
    void forgedAccountsServerIgnored();
    void listenerAnswersOnlyTheCallback();
    void cancelWhileWaiting();
    void cancelWhileExchanging();
    void accountsServerUnreachable();

private:
    ZohoSignInFlow::Settings settings(const SandboxProcess &sandbox, const QString &clientId = SandboxProcess::ClientId) const
    {
        return {sandbox.baseUrl(), clientId, SandboxProcess::ClientSecret, QString()};
    }
    //! A records call through ZohoSession with \a grant: creates a contact and reads it back.
    void verifyGrantWorks(const ZohoGrant &grant);

    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TestZohoSignIn::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringLiteral(CRMSYNC_SANDBOX_BIN));
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void TestZohoSignIn::signIn_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QString>("tamper");  // none | pkce | reuse
    QTest::addColumn<QString>("message"); // empty: success; else part of the failure message

    QTest::newRow("allow") << SandboxProcess::ClientId << "allow" << "none" << "";
    QTest::newRow("deny") << SandboxProcess::ClientId << "deny" << "none" << "was denied";
    QTest::newRow("unknown client id") << "not-registered" << "allow" << "none" << "not completed in time";
    QTest::newRow("PKCE challenge swapped") << SandboxProcess::ClientId << "allow" << "pkce" << "did not accept the sign-in";
    QTest::newRow("code already used") << SandboxProcess::ClientId << "allow" << "reuse" << "did not accept the sign-in";
}

void TestZohoSignIn::signIn()
{
    QFETCH(QString, clientId);
    QFETCH(QString, decision);
    QFETCH(QString, tamper);
    QFETCH(QString, message);

    ZohoSignInFlow flow(settings(*m_sandbox, clientId));
    const bool badClient = clientId != SandboxProcess::ClientId;
    if (badClient)
        flow.setTimeout(std::chrono::milliseconds(1000));
    QSignalSpy open(&flow, &ZohoSignInFlow::openBrowser);
    QSignalSpy succeeded(&flow, &ZohoSignInFlow::succeeded);
    QSignalSpy failed(&flow, &ZohoSignInFlow::failed);
    flow.start();
    QCOMPARE(open.count(), 1);
    QUrl authUrl = open.at(0).at(0).toUrl();
    const quint16 port = quint16(flow.redirectUri().port());

    // The request a desktop client sends Zoho (§1.1 with PKCE S256).
    const QUrlQuery query(authUrl);
    QCOMPARE(authUrl.adjusted(QUrl::RemoveQuery), QUrl(m_sandbox->baseUrl().toString() + QStringLiteral("/oauth/v2/auth")));
    QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), clientId);
    QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), QStringLiteral("ZohoCRM.modules.ALL,ZohoCRM.settings.fields.READ"));
    QCOMPARE(query.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
    QCOMPARE(query.queryItemValue(QStringLiteral("prompt")), QStringLiteral("consent"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43); // base64url(SHA-256)
    QVERIFY(query.queryItemValue(QStringLiteral("state")).size() >= 16);
    const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect, flow.redirectUri());
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(port > 0);

    if (tamper == QLatin1String("pkce")) // the code gets bound to a challenge the flow's verifier does not match
        authUrl = withQueryItem(authUrl, QStringLiteral("code_challenge"), s256("someone-else's-verifier-0123456789-abcdefghijklmnop"));

    Browser browser;
    const Answer consent = browser.decide(authUrl, decision);
    if (badClient) {
        // No redirect for an unknown client (RFC 6749 §4.1.2.1): the user sees an error page
        // and the flow ends by its timeout.
        QCOMPARE(consent.status, 400);
        QVERIFY(consent.location.isEmpty());
        QVERIFY(consent.body.contains("invalid_client"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    } else {
        QCOMPARE(consent.status, 302);
        QCOMPARE(consent.location.port(), int(port));
        if (tamper == QLatin1String("reuse")) {
            // Someone else redeems the code first (single use, §1.4).
            const QString code = QUrlQuery(consent.location).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
            const Answer stolen = browser.send(QUrl(m_sandbox->baseUrl().toString() + QStringLiteral("/oauth/v2/token")),
                                               "grant_type=authorization_code&client_id=test-client&client_secret=test-secret"
                                               "&redirect_uri=" + QUrl::toPercentEncoding(redirect.toString())
                                                   + "&code=" + QUrl::toPercentEncoding(code) + "&code_verifier=guess");
            QVERIFY(stolen.body.contains("invalid_code"));
        }
        const Answer callback = browser.send(consent.location);
        QCOMPARE(callback.status, 200);
        QVERIFY2(callback.body.contains("return to CRM Sync"), callback.body.constData());
        QTRY_VERIFY_WITH_TIMEOUT(succeeded.count() + failed.count() > 0, 20000);
    }

    QVERIFY(!flow.isRunning());
    QVERIFY(portClosed(port));
    if (message.isEmpty()) {
        QCOMPARE(failed.count(), 0);
        QCOMPARE(succeeded.count(), 1);
        verifyGrantWorks(succeeded.at(0).at(0).value<ZohoGrant>());
    } else {
        QCOMPARE(succeeded.count(), 0);
        QCOMPARE(failed.count(), 1);
        const Error error = failed.at(0).at(0).value<Error>();
        QCOMPARE(error.category, Error::Category::Auth);
        QVERIFY2(error.userMessage.contains(message), qPrintable(error.userMessage));
        QVERIFY2(error.userMessage.contains(QStringLiteral("127.0.0.1")), qPrintable(error.userMessage));
    }
    // Exactly one outcome, also after the event loop ran on.
    QCoreApplication::processEvents();
    QCOMPARE(succeeded.count() + failed.count(), 1);
}

void TestZohoSignIn::verifyGrantWorks(const ZohoGrant &grant)
{
    QVERIFY(grant.refreshToken.startsWith(QStringLiteral("1000.")));
    QVERIFY(grant.refreshToken != SandboxProcess::RefreshToken);
    QVERIFY(!grant.accessToken.isEmpty());
    QCOMPARE(grant.apiDomain, m_sandbox->baseUrl());
    QCOMPARE(grant.accountsServer, m_sandbox->baseUrl());

    NetworkContext context;
    ZohoSession session(&context);
    session.setAccountsUrl(grant.accountsServer);
    session.setApiUrl(QUrl(QStringLiteral("https://www.zohoapis.com"))); // replaced by api_domain
    session.setClientId(SandboxProcess::ClientId);
    session.setClientSecret(SandboxProcess::ClientSecret);
    session.setRefreshToken(grant.refreshToken);

    const QString name = QStringLiteral("Signin %1").arg(QRandomGenerator::global()->generate());
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("data"), QJsonArray{QJsonObject{{QStringLiteral("Last_Name"), name}}}}})
                                .toJson(QJsonDocument::Compact);
    std::unique_ptr<ZohoRequestJob> create(session.request("POST", QStringLiteral("/crm/v8/Contacts"), {}, body));
    QSignalSpy created(create.get(), &Job::finished);
    create->start();
    QVERIFY(created.wait(20000));
    QVERIFY2(!create->hasError(), qPrintable(create->error().userMessage));
    QCOMPARE(create->statusCode(), 201);
    QCOMPARE(session.refreshCount(), 1); // the new refresh token was used, and accepted

    QUrlQuery fields;
    fields.addQueryItem(QStringLiteral("fields"), QStringLiteral("Last_Name"));
    std::unique_ptr<ZohoRequestJob> list(session.request("GET", QStringLiteral("/crm/v8/Contacts"), fields));
    QSignalSpy listed(list.get(), &Job::finished);
    list->start();
    QVERIFY(listed.wait(20000));
    QCOMPARE(list->statusCode(), 200);
    QVERIFY(QJsonDocument(list->json()).toJson().contains(name.toUtf8()));
}

void TestZohoSignIn::stateTampered_data()
{
    QTest::addColumn<QString>("state"); // empty: parameter removed

    QTest::newRow("other state") << "forged-state-0123456789";
    QTest::newRow("no state") << "";
}

void TestZohoSignIn::stateTampered()
{
    QFETCH(QString, state);
    ZohoSignInFlow flow(settings(*m_sandbox));
    QSignalSpy open(&flow, &ZohoSignInFlow::openBrowser);
    QSignalSpy succeeded(&flow, &ZohoSignInFlow::succeeded);
    QSignalSpy failed(&flow, &ZohoSignInFlow::failed);
    flow.start();
    QCOMPARE(open.count(), 1);
    Browser browser;
    const Answer consent = browser.decide(open.at(0).at(0).toUrl(), QStringLiteral("allow"));
    QCOMPARE(consent.status, 302);

    // A redirect with a forged or missing state is refused (RFC 6749 §10.12)…
    const Answer forged = browser.send(withQueryItem(consent.location, QStringLiteral("state"), state, state.isEmpty()));
    QCOMPARE(forged.status, 400);
    QVERIFY(forged.body.contains("does not belong"));
    QCoreApplication::processEvents();
    QCOMPARE(succeeded.count() + failed.count(), 0);
    QVERIFY(flow.isRunning());
    // …and did not use up the sign-in: the genuine redirect still completes it.
    QCOMPARE(browser.send(consent.location).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 20000);
    QCOMPARE(failed.count(), 0);
}

void TestZohoSignIn::forgedAccountsServerIgnored()
{
    ZohoSignInFlow flow(settings(*m_sandbox));
    QSignalSpy open(&flow, &ZohoSignInFlow::openBrowser);
    QSignalSpy succeeded(&flow, &ZohoSignInFlow::succeeded);
    flow.start();
    Browser browser;
    const Answer consent = browser.decide(open.at(0).at(0).toUrl(), QStringLiteral("allow"));
    QCOMPARE(consent.status, 302);
    // Neither Zoho's nor the configured server: the code and secret must not go there.
    const QUrl forged = withQueryItem(consent.location, QStringLiteral("accounts-server"), QStringLiteral("http://127.0.0.1:1"));
    QCOMPARE(browser.send(forged).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 20000);
    QCOMPARE(succeeded.at(0).at(0).value<ZohoGrant>().accountsServer, m_sandbox->baseUrl());
}

void TestZohoSignIn::listenerAnswersOnlyTheCallback()
{
    ZohoSignInFlow flow(settings(*m_sandbox));
    QSignalSpy open(&flow, &ZohoSignInFlow::openBrowser);
    QSignalSpy succeeded(&flow, &ZohoSignInFlow::succeeded);
    QSignalSpy failed(&flow, &ZohoSignInFlow::failed);
    flow.start();
    const QUrl redirect = flow.redirectUri();
    Browser browser;
    QCOMPARE(browser.send(redirect.resolved(QUrl(QStringLiteral("/favicon.ico")))).status, 404);
    QCOMPARE(browser.send(redirect, "code=x").status, 405); // POST
    QCOMPARE(browser.send(withQueryItem(redirect, QStringLiteral("code"), QStringLiteral("guess"))).status, 400); // no state
    QCoreApplication::processEvents();
    QCOMPARE(succeeded.count() + failed.count(), 0);
    QVERIFY(flow.isRunning());
    flow.cancel();
}

void TestZohoSignIn::cancelWhileWaiting()
{
    ZohoSignInFlow flow(settings(*m_sandbox));
    QSignalSpy open(&flow, &ZohoSignInFlow::openBrowser);
    QSignalSpy succeeded(&flow, &ZohoSignInFlow::succeeded);
    QSignalSpy failed(&flow, &ZohoSignInFlow::failed);
    flow.start();
    QCOMPARE(open.count(), 1);
    const quint16 port = quint16(flow.redirectUri().port());
    Browser browser;
    const Answer consent = browser.decide(open.at(0).at(0).toUrl(), QStringLiteral("allow"));
    QCOMPARE(consent.status, 302);

    flow.cancel();
    QVERIFY(!flow.isRunning());
    QVERIFY(portClosed(port));
    const Answer late = browser.send(consent.location);
    QCOMPARE(late.error, QNetworkReply::ConnectionRefusedError);
    QCoreApplication::processEvents();
    QCOMPARE(succeeded.count() + failed.count(), 0);
    flow.cancel(); // harmless twice
}

void TestZohoSignIn::cancelWhileExchanging()
{
    // The token endpoint answers 1.5 s late, so the flow is still exchanging when cancelled.
    SandboxProcess slow(QStringLiteral(CRMSYNC_SANDBOX_BIN), {QStringLiteral("--latency-ms"), QStringLiteral("1500")});
    QVERIFY2(slow.start(), qPrintable(slow.errorString()));
    ZohoSignInFlow flow(settings(slow));
    QSignalSpy open(&flow, &ZohoSignInFlow::openBrowser);
    QSignalSpy succeeded(&flow, &ZohoSignInFlow::succeeded);
    QSignalSpy failed(&flow, &ZohoSignInFlow::failed);
    flow.start();
    Browser browser;
    const Answer consent = browser.decide(open.at(0).at(0).toUrl(), QStringLiteral("allow"));
    QCOMPARE(consent.status, 302);
    QCOMPARE(browser.send(consent.location).status, 200);
    QVERIFY(flow.isRunning());
    flow.cancel();
    QVERIFY(!flow.isRunning());
    // Longer than the sandbox's delay: the aborted exchange must not surface.
    QVERIFY(!succeeded.wait(2500));
    QCOMPARE(failed.count(), 0);
}

void TestZohoSignIn::accountsServerUnreachable()
{
    SandboxProcess sandbox(QStringLiteral(CRMSYNC_SANDBOX_BIN));
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ZohoSignInFlow flow(settings(sandbox));
    QSignalSpy open(&flow, &ZohoSignInFlow::openBrowser);
    QSignalSpy failed(&flow, &ZohoSignInFlow::failed);
    flow.start();
    Browser browser;
    const Answer consent = browser.decide(open.at(0).at(0).toUrl(), QStringLiteral("allow"));
    QCOMPARE(consent.status, 302);
    sandbox.stop(); // the accounts server goes away before the code is exchanged
    QCOMPARE(browser.send(consent.location).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    const Error error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.category, Error::Category::Network);
    QVERIFY2(error.userMessage.contains(QStringLiteral("127.0.0.1")), qPrintable(error.userMessage));
}

QTEST_GUILESS_MAIN(TestZohoSignIn)
#include "tst_zoho_signin.moc"
