// SPDX-License-Identifier: GPL-3.0-or-later
// SignInMessages: each way a sign-in fails gets its own words (issue #4), for the CRM's
// browser sign-in and for a server's password sign-in.
#include "signin/signinmessages.h"

#include <QSet>
#include <QTest>

using namespace crmsync;
using Kind = SignInMessages::Kind;

namespace {

Error wrongPassword()
{
    return Error::make(Error::Category::Auth, QStringLiteral("HTTP 401"), QStringLiteral("401 Unauthorized"), 401);
}
Error expiredToken()
{
    return Error::make(Error::Category::Auth, QStringLiteral("the refresh token is no longer valid"),
                       QStringLiteral("token endpoint: invalid_code"));
}
Error denied()
{
    return Error::make(Error::Category::Auth, QStringLiteral("was denied"), QStringLiteral("authorization error: access_denied"));
}
Error unreachable()
{
    return Error::make(Error::Category::Network, QStringLiteral("Connection refused"),
                       QStringLiteral("QNetworkReply::ConnectionRefusedError"));
}
Error certificate()
{
    Error e = Error::make(Error::Category::Auth, QStringLiteral("dav.example.com: self-signed certificate"));
    e.certificateSha256 = QStringLiteral("AB:CD:EF");
    return e;
}

} // namespace

class TestSignInMessages : public QObject
{
    Q_OBJECT

private slots:
    void kinds_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("kind");
        QTest::newRow("no error") << 0 << int(Kind::None);
        QTest::newRow("wrong password") << 1 << int(Kind::WrongPassword);
        QTest::newRow("expired token") << 2 << int(Kind::TokenInvalid);
        QTest::newRow("denied") << 3 << int(Kind::Denied);
        QTest::newRow("unreachable") << 4 << int(Kind::Unreachable);
        QTest::newRow("certificate") << 5 << int(Kind::Certificate);
    }
    void kinds()
    {
        QFETCH(int, which);
        QFETCH(int, kind);
        QCOMPARE(int(SignInMessages::kindOf(errors().value(which))), kind);
    }

    void eachFailureHasItsOwnWords()
    {
        const QList<Error> all = errors().mid(1);
        QSet<QString> crm;
        for (const Error &e : all)
            crm.insert(SignInMessages::forCrm(e));
        QCOMPARE(crm.size(), all.size());
        // A server sign-in has no consent page; the other four are told apart.
        QSet<QString> server;
        for (const Error &e : {wrongPassword(), expiredToken(), unreachable(), certificate()})
            server.insert(SignInMessages::forServer(e));
        QCOMPARE(server.size(), 4);
        QVERIFY(SignInMessages::forServer(wrongPassword()).contains(QStringLiteral("app-specific password")));
        QVERIFY(SignInMessages::forServer(certificate()).contains(QStringLiteral("dav.example.com")));
        QVERIFY(SignInMessages::forCrm(denied()).contains(QStringLiteral("Allow")));
        QVERIFY(SignInMessages::forCrm({}).isEmpty());
    }

private:
    static QList<Error> errors()
    {
        return {Error{}, wrongPassword(), expiredToken(), denied(), unreachable(), certificate()};
    }
};

QTEST_GUILESS_MAIN(TestSignInMessages)
#include "tst_signinmessages.moc"
