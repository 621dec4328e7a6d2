// SPDX-License-Identifier: GPL-3.0-or-later
// crm-sandbox's consent page and authorization-code exchange (reference/zoho-crm-api.md
// §1.1 Authorization / Redirect back / Code → tokens / Desktop PKCE, §1.4 errors).
// The test plays the browser: it reads the form and posts "Allow" or "Deny".
#include "sandboxhttp.h"
#include "sandboxprocess.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtTest>

namespace {

using Params = QList<QPair<QString, QString>>;
const QList<QPair<QByteArray, QByteArray>> Form{{"Content-Type", "application/x-www-form-urlencoded"}};
const QString Redirect = QStringLiteral("http://127.0.0.1:9/cb");
const QByteArray Verifier = "pkce-verifier-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGH";

QByteArray encode(const Params &params)
{
    QByteArray out;
    for (const auto &p : params)
        out += (out.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(p.first) + '=' + QUrl::toPercentEncoding(p.second);
    return out;
}

QString s256(const QByteArray &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

//! The authorization request a desktop client sends (§1.1), with \a changes applied
//! (an empty value removes the parameter).
Params authParams(const Params &changes = {})
{
    Params params{{QStringLiteral("response_type"), QStringLiteral("code")},
                  {QStringLiteral("client_id"), SandboxProcess::ClientId},
                  {QStringLiteral("scope"), QStringLiteral("ZohoCRM.modules.ALL,ZohoCRM.settings.fields.READ")},
                  {QStringLiteral("redirect_uri"), Redirect},
                  {QStringLiteral("access_type"), QStringLiteral("offline")},
                  {QStringLiteral("prompt"), QStringLiteral("consent")},
                  {QStringLiteral("state"), QStringLiteral("st a/te&=1")},
                  {QStringLiteral("code_challenge"), s256(Verifier)},
                  {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    for (const auto &change : changes) {
        params.removeIf([&](const auto &p) { return p.first == change.first; });
        if (!change.second.isEmpty())
            params.append(change);
    }
    return params;
}

QString consentId(const QByteArray &html)
{
    static const QRegularExpression re(QStringLiteral("name=\"consent_id\" value=\"([0-9a-f]+)\""));
    return re.match(QString::fromUtf8(html)).captured(1);
}

QUrlQuery locationQuery(const SandboxHttp::Reply &reply)
{
    return QUrlQuery(QUrl::fromEncoded(reply.header("Location")));
}

} // namespace

class TestSandboxConsent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageNamesClientAndScopes();
    void refusedWithoutRedirect_data();
    void refusedWithoutRedirect();
    void errorsGoBackToClient_data();
    void errorsGoBackToClient();
    void decision_data();
    void decision();
    void consentAnsweredOnce();
    void codeExchange_data();
    void codeExchange();
    void expiredCode();

private:
    //! GET the page for \a params and post \a decision; the POST's answer.
    SandboxHttp::Reply approve(const Params &params, const QString &decision = QStringLiteral("allow"));
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TestSandboxConsent::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringLiteral(CRMSYNC_SANDBOX_BIN));
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

SandboxHttp::Reply TestSandboxConsent::approve(const Params &params, const QString &decision)
{
    SandboxHttp http(m_sandbox->baseUrl());
    const auto page = http.get(QStringLiteral("/oauth/v2/auth?") + QString::fromLatin1(encode(params)));
    const QString id = consentId(page.body);
    if (page.status != 200 || id.isEmpty())
        return page;
    return http.request("POST", QStringLiteral("/oauth/v2/auth"),
                        encode({{QStringLiteral("consent_id"), id}, {QStringLiteral("decision"), decision}}), Form);
}

void TestSandboxConsent::pageNamesClientAndScopes()
{
    SandboxHttp http(m_sandbox->baseUrl());
    const auto page = http.get(QStringLiteral("/oauth/v2/auth?") + QString::fromLatin1(encode(authParams())));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.header("Location").isEmpty());
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(QStringLiteral("<b class=\"client\">test-client</b>")));
    QVERIFY(html.contains(QStringLiteral("<li class=\"scope\">ZohoCRM.modules.ALL</li>")));
    QVERIFY(html.contains(QStringLiteral("<li class=\"scope\">ZohoCRM.settings.fields.READ</li>")));
    QVERIFY(html.contains(QStringLiteral("<form method=\"post\" action=\"/oauth/v2/auth\">")));
    QVERIFY(html.contains(QStringLiteral("value=\"allow\">Allow</button>")));
    QVERIFY(html.contains(QStringLiteral("value=\"deny\">Deny</button>")));
    QVERIFY(!consentId(page.body).isEmpty());
}

void TestSandboxConsent::refusedWithoutRedirect_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("marker"); // empty: the page is shown (200)

    // RFC 6749 §4.1.2.1: bad client or redirect URI → tell the user, never redirect.
    QTest::newRow("unknown client") << "client_id" << "someone-else" << "invalid_client";
    QTest::newRow("no client") << "client_id" << "" << "invalid_client";
    QTest::newRow("no redirect") << "redirect_uri" << "" << "invalid_redirect_uri";
    QTest::newRow("https host") << "redirect_uri" << "https://example.com/cb" << "invalid_redirect_uri";
    QTest::newRow("http LAN") << "redirect_uri" << "http://192.168.1.20:8080/cb" << "invalid_redirect_uri";
    QTest::newRow("lookalike host") << "redirect_uri" << "http://localhost.example.com/cb" << "invalid_redirect_uri";
    QTest::newRow("127 prefix host") << "redirect_uri" << "http://127.0.0.1.example.com/cb" << "invalid_redirect_uri";
    QTest::newRow("user info") << "redirect_uri" << "http://evil@127.0.0.1:9/cb" << "invalid_redirect_uri";
    QTest::newRow("https loopback") << "redirect_uri" << "https://127.0.0.1:9/cb" << "invalid_redirect_uri";
    // RFC 8252 §7.3: any port on loopback.
    QTest::newRow("127.0.0.1 any port") << "redirect_uri" << "http://127.0.0.1:54321/" << "";
    QTest::newRow("127.0.0.1 no port") << "redirect_uri" << "http://127.0.0.1/callback" << "";
    QTest::newRow("ipv6 loopback") << "redirect_uri" << "http://[::1]:40000/cb" << "";
    QTest::newRow("localhost") << "redirect_uri" << "http://localhost:40000/cb" << "";
}

void TestSandboxConsent::refusedWithoutRedirect()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, marker);
    SandboxHttp http(m_sandbox->baseUrl());
    Params params = authParams({{name, QString()}});
    if (!value.isEmpty())
        params.append({name, value});
    const auto page = http.get(QStringLiteral("/oauth/v2/auth?") + QString::fromLatin1(encode(params)));
    QVERIFY(page.header("Location").isEmpty());
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    if (marker.isEmpty()) {
        QCOMPARE(page.status, 200);
        QVERIFY(!consentId(page.body).isEmpty());
    } else {
        QCOMPARE(page.status, 400);
        QVERIFY2(page.body.contains(marker.toUtf8()), page.body.constData());
        QVERIFY(consentId(page.body).isEmpty());
    }
}

void TestSandboxConsent::errorsGoBackToClient_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");

    QTest::newRow("implicit grant") << "response_type" << "token" << "unsupported_response_type";
    QTest::newRow("no scope") << "scope" << "" << "invalid_scope";
    QTest::newRow("unknown method") << "code_challenge_method" << "S512" << "invalid_request";
    QTest::newRow("short challenge") << "code_challenge" << "abc" << "invalid_request";
}

void TestSandboxConsent::errorsGoBackToClient()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, error);
    SandboxHttp http(m_sandbox->baseUrl());
    const auto reply = http.get(QStringLiteral("/oauth/v2/auth?") + QString::fromLatin1(encode(authParams({{name, value}}))));
    QCOMPARE(reply.status, 302);
    const QUrl location = QUrl::fromEncoded(reply.header("Location"));
    QCOMPARE(location.adjusted(QUrl::RemoveQuery), QUrl(Redirect));
    const QUrlQuery query(location);
    QCOMPARE(query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded), error);
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("st a/te&=1"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
}

void TestSandboxConsent::decision_data()
{
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<bool>("granted");

    QTest::newRow("allow") << "allow" << Redirect << true;
    QTest::newRow("allow, redirect with query") << "allow" << "http://localhost:9/cb?keep=1" << true;
    QTest::newRow("deny") << "deny" << Redirect << false;
    QTest::newRow("no decision") << "" << Redirect << false;
}

void TestSandboxConsent::decision()
{
    QFETCH(QString, decision);
    QFETCH(QString, redirect);
    QFETCH(bool, granted);
    const auto reply = approve(authParams({{QStringLiteral("redirect_uri"), redirect}}), decision);
    QCOMPARE(reply.status, 302);
    const QUrl location = QUrl::fromEncoded(reply.header("Location"));
    QCOMPARE(location.adjusted(QUrl::RemoveQuery), QUrl(redirect).adjusted(QUrl::RemoveQuery));
    const QUrlQuery query(location);
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("st a/te&=1"));
    if (redirect.contains(QLatin1String("keep=1")))
        QCOMPARE(query.queryItemValue(QStringLiteral("keep")), QStringLiteral("1"));
    if (!granted) {
        QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
        return;
    }
    QVERIFY(query.queryItemValue(QStringLiteral("code")).startsWith(QStringLiteral("1000.")));
    QCOMPARE(query.queryItemValue(QStringLiteral("location")), QStringLiteral("us"));
    QCOMPARE(query.queryItemValue(QStringLiteral("accounts-server"), QUrl::FullyDecoded), m_sandbox->baseUrl().toString());
    // Encoded once, as Zoho sends it (§1.1 "Redirect back").
    QVERIFY(reply.header("Location").contains("accounts-server=http%3A%2F%2F127.0.0.1%3A"));
}

void TestSandboxConsent::consentAnsweredOnce()
{
    SandboxHttp http(m_sandbox->baseUrl());
    const auto page = http.get(QStringLiteral("/oauth/v2/auth?") + QString::fromLatin1(encode(authParams())));
    const QByteArray form = encode({{QStringLiteral("consent_id"), consentId(page.body)}, {QStringLiteral("decision"), QStringLiteral("allow")}});
    QCOMPARE(http.request("POST", QStringLiteral("/oauth/v2/auth"), form, Form).status, 302);
    for (const QByteArray &body : {form, QByteArray("consent_id=0123456789abcdef&decision=allow"), QByteArray()}) {
        const auto again = http.request("POST", QStringLiteral("/oauth/v2/auth"), body, Form);
        QCOMPARE(again.status, 400);
        QVERIFY(again.header("Location").isEmpty());
        QVERIFY(again.body.contains("start the sign-in again"));
    }
}

void TestSandboxConsent::codeExchange_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<Params>("changes"); // to the token request; empty value removes
    QTest::addColumn<QString>("error");  // empty = tokens

    const QString verifier = QString::fromLatin1(Verifier);
    QTest::newRow("S256") << "S256" << Params{} << "";
    QTest::newRow("S256 without secret") << "S256" << Params{{"client_secret", ""}} << "";
    QTest::newRow("plain") << "plain" << Params{} << "";
    QTest::newRow("wrong verifier") << "S256" << Params{{"code_verifier", verifier + "x"}} << "invalid_code";
    QTest::newRow("no verifier") << "S256" << Params{{"code_verifier", ""}} << "invalid_code";
    QTest::newRow("challenge as verifier") << "S256" << Params{{"code_verifier", s256(Verifier)}} << "invalid_code";
    QTest::newRow("other redirect") << "S256" << Params{{"redirect_uri", "http://127.0.0.1:10/cb"}} << "invalid_redirect_uri";
    QTest::newRow("no redirect") << "S256" << Params{{"redirect_uri", ""}} << "invalid_redirect_uri";
    QTest::newRow("wrong secret") << "S256" << Params{{"client_secret", "nope"}} << "invalid_client_secret";
    QTest::newRow("other client") << "S256" << Params{{"client_id", "other"}} << "invalid_client";
    QTest::newRow("unknown code") << "S256" << Params{{"code", "1000.aa.bb"}} << "invalid_code";
}

void TestSandboxConsent::codeExchange()
{
    QFETCH(QString, method);
    QFETCH(Params, changes);
    QFETCH(QString, error);
    const QString challenge = method == QLatin1String("plain") ? QString::fromLatin1(Verifier) : s256(Verifier);
    const auto approved = approve(authParams({{QStringLiteral("code_challenge"), challenge},
                                              {QStringLiteral("code_challenge_method"), method}}));
    const QString code = locationQuery(approved).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());

    Params token{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                 {QStringLiteral("client_id"), SandboxProcess::ClientId},
                 {QStringLiteral("client_secret"), SandboxProcess::ClientSecret},
                 {QStringLiteral("redirect_uri"), Redirect},
                 {QStringLiteral("code"), code},
                 {QStringLiteral("code_verifier"), QString::fromLatin1(Verifier)}};
    const Params good = token;
    for (const auto &change : changes) {
        token.removeIf([&](const auto &p) { return p.first == change.first; });
        if (!change.second.isEmpty())
            token.append(change);
    }
    SandboxHttp http(m_sandbox->baseUrl());
    const auto reply = http.request("POST", QStringLiteral("/oauth/v2/token"), encode(token), Form);
    QCOMPARE(reply.status, 200); // token errors are HTTP 200 (§1.4)
    if (!error.isEmpty()) {
        QCOMPARE(reply.json, (QJsonObject{{QStringLiteral("error"), error}}));
    } else {
        QVERIFY(reply.json.value(QStringLiteral("access_token")).toString().startsWith(QStringLiteral("1000.")));
        QCOMPARE(reply.json.value(QStringLiteral("api_domain")).toString(), m_sandbox->baseUrl().toString());
        QCOMPARE(reply.json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(reply.json.value(QStringLiteral("expires_in")).toInt(), 3600);
        const QString refresh = reply.json.value(QStringLiteral("refresh_token")).toString();
        QVERIFY(refresh.startsWith(QStringLiteral("1000.")));
        QVERIFY(refresh != SandboxProcess::RefreshToken);
        // The new refresh token is accepted by the refresh grant, and its token by the API.
        const auto refreshed = http.request("POST", QStringLiteral("/oauth/v2/token"),
                                            encode({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                                    {QStringLiteral("client_id"), SandboxProcess::ClientId},
                                                    {QStringLiteral("client_secret"), SandboxProcess::ClientSecret},
                                                    {QStringLiteral("refresh_token"), refresh}}), Form);
        http.setAccessToken(refreshed.json.value(QStringLiteral("access_token")).toString());
        QVERIFY(!http.accessToken().isEmpty());
        QCOMPARE(http.get(QStringLiteral("/crm/v8/settings/fields?module=Contacts")).status, 200);
    }
    // Whatever happened, the code is gone: single use, also after a failed try (§1.4).
    if (!changes.contains({QStringLiteral("client_id"), QStringLiteral("other")})
        && !changes.contains({QStringLiteral("code"), QStringLiteral("1000.aa.bb")})) {
        const auto replay = http.request("POST", QStringLiteral("/oauth/v2/token"), encode(good), Form);
        QCOMPARE(replay.json, (QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_code")}}));
    }
}

void TestSandboxConsent::expiredCode()
{
    SandboxProcess sandbox(QStringLiteral(CRMSYNC_SANDBOX_BIN), {QStringLiteral("--code-lifetime"), QStringLiteral("0")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxHttp http(sandbox.baseUrl());
    const auto code = http.request("POST", QStringLiteral("/__sandbox/issue-code"), "redirect_uri=" + QUrl::toPercentEncoding(Redirect), Form);
    const QByteArray body = encode({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                    {QStringLiteral("client_id"), SandboxProcess::ClientId},
                                    {QStringLiteral("client_secret"), SandboxProcess::ClientSecret},
                                    {QStringLiteral("redirect_uri"), Redirect},
                                    {QStringLiteral("code"), code.json.value(QStringLiteral("code")).toString()}});
    QCOMPARE(http.request("POST", QStringLiteral("/oauth/v2/token"), body, Form).json.value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_code"));
    // The same request against the default 2-minute lifetime succeeds.
    SandboxHttp live(m_sandbox->baseUrl());
    const auto liveCode = live.request("POST", QStringLiteral("/__sandbox/issue-code"), "redirect_uri=" + QUrl::toPercentEncoding(Redirect), Form);
    QByteArray liveBody = body;
    liveBody.replace(QUrl::toPercentEncoding(code.json.value(QStringLiteral("code")).toString()),
                     QUrl::toPercentEncoding(liveCode.json.value(QStringLiteral("code")).toString()));
    QVERIFY(live.request("POST", QStringLiteral("/oauth/v2/token"), liveBody, Form).json.contains(QStringLiteral("refresh_token")));
}

QTEST_GUILESS_MAIN(TestSandboxConsent)
#include "tst_sandbox_consent.moc"
