// SPDX-License-Identifier: GPL-3.0-or-later
// What DavListChangesJob takes for deleted, changed or failed when the server misbehaves
// (docs/dav.md "Deletions need evidence"). The server is scripted: HostileDavProxy answers
// every request itself, on loopback, so no DAV server is needed.
#include "connectors/dav/davlistchangesjob.h"
#include "hostiledavproxy.h"
#include "net/networkcontext.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace crmsync;

namespace {

const QByteArray kBase = "/u/c/";

QByteArray self(const QByteArray &token = "tok-1")
{
    return "<response><href>" + kBase + "</href><propstat><prop><resourcetype><collection/>"
           "<CR:addressbook/></resourcetype><sync-token>" + token + "</sync-token></prop>"
           "<status>HTTP/1.1 200 OK</status></propstat></response>";
}

const QByteArray kTruncatedSelf = "<response><href>" + kBase + "</href><status>HTTP/1.1 507 Insufficient Storage</status>"
                                  "<error><number-of-matches-within-limits/></error></response>";

QByteArray member(const QByteArray &name, const QByteArray &etag, int status = 200)
{
    return "<response><href>" + kBase + name + "</href><propstat><prop><getetag>\"" + etag + "\"</getetag></prop>"
           "<status>HTTP/1.1 " + QByteArray::number(status) + " X</status></propstat></response>";
}

QByteArray itemAnswer(const QByteArray &href, const QByteArray &etag)
{
    return "<response><href>" + href + "</href><propstat><prop><getetag>\"" + etag + "\"</getetag>"
           "<CR:address-data>BEGIN:VCARD\nVERSION:4.0\nFN:" + href + "\nEND:VCARD\n</CR:address-data></prop>"
           "<status>HTTP/1.1 200 OK</status></propstat></response>";
}

QByteArray multistatus(const QByteArray &responses, const QByteArray &token = {})
{
    return "<?xml version=\"1.0\"?><multistatus xmlns=\"DAV:\" xmlns:CR=\"urn:ietf:params:xml:ns:carddav\">" + responses
        + (token.isEmpty() ? QByteArray() : "<sync-token>" + token + "</sync-token>") + "</multistatus>";
}

using Answers = QHash<QByteArray, QByteArray>; // href → "omit", "404", "500" or an etag

//! A scripted server: PROPFIND answers \a listings in turn (the last one repeats),
//! sync-collection REPORTs \a syncs in turn, multigets by \a answers (default: data, etag "new").
struct Script
{
    QByteArrayList listings;
    QByteArrayList syncs;
    Answers answers;
    QByteArrayList extra;
};

HostileDavProxy::Intercept scripted(const Script &script, std::shared_ptr<int> propfinds, std::shared_ptr<int> syncs)
{
    return [script, propfinds, syncs](const HostileDavProxy::Request &r, HostileDavProxy::Answer &a) {
        a.status = 207;
        if (r.isPropfind()) {
            a.body = script.listings.value(qMin<qsizetype>((*propfinds)++, script.listings.size() - 1));
            return true;
        }
        if (r.isSyncCollection()) {
            if (script.syncs.isEmpty()) {
                a.status = 403;
                a.body = "<error xmlns=\"DAV:\"><valid-sync-token/></error>";
                return true;
            }
            a.body = script.syncs.value(qMin<qsizetype>((*syncs)++, script.syncs.size() - 1));
            return true;
        }
        QByteArray out;
        static const QRegularExpression href(QStringLiteral("<d:href>([^<]*)</d:href>"));
        auto it = href.globalMatch(QString::fromUtf8(r.body));
        while (it.hasNext()) {
            const QByteArray h = it.next().captured(1).toUtf8();
            const QByteArray how = script.answers.value(h, "new");
            if (how == "omit")
                continue;
            if (how == "404" || how == "500" || how == "403")
                out += HostileDavProxy::response(h, how.toInt());
            else
                out += itemAnswer(h, how);
        }
        out += script.extra.join();
        a.body = multistatus(out);
        return true;
    };
}

} // namespace

class TestDavListDecisions : public QObject
{
    Q_OBJECT

private slots:
    void decisions_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QByteArrayList>("listings");
        QTest::addColumn<QByteArrayList>("syncs");
        QTest::addColumn<QStringList>("answers"); // "href=how"
        QTest::addColumn<QByteArrayList>("extra");
        QTest::addColumn<QStringList>("deleted");
        QTest::addColumn<QStringList>("changed");
        QTest::addColumn<QStringList>("errorsMention"); // one entry per expected error
        QTest::addColumn<bool>("tokenKept");            // newToken empty: the old token stays

        const QByteArray a = member("a.vcf", "A"), b = member("b.vcf", "B");
        QTest::newRow("complete listing, absent member confirmed 404")
            << QString() << QByteArrayList{multistatus(self() + a)} << QByteArrayList{}
            << QStringList{"/u/c/b.vcf=404"} << QByteArrayList{} << QStringList{"/u/c/b.vcf"} << QStringList{}
            << QStringList{} << false;
        QTest::newRow("complete listing, absent member left out of the multiget")
            << QString() << QByteArrayList{multistatus(self() + a)} << QByteArrayList{}
            << QStringList{"/u/c/b.vcf=omit"} << QByteArrayList{} << QStringList{} << QStringList{}
            << QStringList{"left /u/c/b.vcf out"} << false;
        QTest::newRow("complete listing, absent member still there")
            << QString() << QByteArrayList{multistatus(self() + a)} << QByteArrayList{}
            << QStringList{"/u/c/b.vcf=B"} << QByteArrayList{} << QStringList{} << QStringList{}
            << QStringList{} << false;
        QTest::newRow("absent member answers 500 in the multiget")
            << QString() << QByteArrayList{multistatus(self() + a)} << QByteArrayList{}
            << QStringList{"/u/c/b.vcf=500"} << QByteArrayList{} << QStringList{} << QStringList{}
            << QStringList{"HTTP 500 for /u/c/b.vcf"} << false;
        QTest::newRow("PROPFIND and sync-collection both truncated")
            << QString() << QByteArrayList{multistatus(kTruncatedSelf + self() + a)}
            << QByteArrayList{multistatus(kTruncatedSelf + a)} << QStringList{} << QByteArrayList{}
            << QStringList{} << QStringList{} << QStringList{"HTTP 507"} << true;
        QTest::newRow("PROPFIND truncated, sync-collection complete")
            << QString() << QByteArrayList{multistatus(kTruncatedSelf + self() + a)}
            << QByteArrayList{multistatus(a, "tok-2")} << QStringList{"/u/c/b.vcf=404"} << QByteArrayList{}
            << QStringList{"/u/c/b.vcf"} << QStringList{} << QStringList{} << false;
        QTest::newRow("limit element without 507")
            << QString()
            << QByteArrayList{multistatus(self() + a + "<response><href>/u/c/</href><error><number-of-matches-within-limits/></error></response>")}
            << QByteArrayList{} << QStringList{} << QByteArrayList{} << QStringList{} << QStringList{}
            << QStringList{"HTTP 507"} << true;
        QTest::newRow("member answers 500 in the listing")
            << QString() << QByteArrayList{multistatus(self() + a + member("b.vcf", "B", 500))} << QByteArrayList{}
            << QStringList{} << QByteArrayList{} << QStringList{} << QStringList{}
            << QStringList{"HTTP 500 for /u/c/b.vcf"} << true;
        QTest::newRow("member answers 403 at response level")
            << QString() << QByteArrayList{multistatus(self() + a + HostileDavProxy::response(kBase + "b.vcf", 403))}
            << QByteArrayList{} << QStringList{} << QByteArrayList{} << QStringList{} << QStringList{}
            << QStringList{"HTTP 403 for /u/c/b.vcf"} << true;
        QTest::newRow("members outside the collection")
            << QString()
            << QByteArrayList{multistatus(self() + a + member("../other/b.vcf", "B")
                                          + "<response><href>http://evil.example/u/c/b.vcf</href><propstat><prop><getetag>\"B\"</getetag></prop><status>HTTP/1.1 200 OK</status></propstat></response>")}
            << QByteArrayList{} << QStringList{} << QByteArrayList{} << QStringList{} << QStringList{}
            << QStringList{"/u/c/../other/b.vcf, which is not a member", "evil.example"} << true;
        QTest::newRow("extra multiget answer ignored")
            << QString() << QByteArrayList{multistatus(self() + a + b + member("c.vcf", "C"))} << QByteArrayList{}
            << QStringList{} << QByteArrayList{itemAnswer("/u/c/x.vcf", "X")} << QStringList{}
            << QStringList{"/u/c/c.vcf"} << QStringList{"/u/c/x.vcf, which was not asked for"} << false;
        QTest::newRow("delta: explicit 404 deletes, 500 does not")
            << QStringLiteral("tok-1") << QByteArrayList{} 
            << QByteArrayList{multistatus(HostileDavProxy::response(kBase + "a.vcf", 404)
                                          + HostileDavProxy::response(kBase + "b.vcf", 500), "tok-2")}
            << QStringList{} << QByteArrayList{} << QStringList{"/u/c/a.vcf"} << QStringList{}
            << QStringList{"HTTP 500 for /u/c/b.vcf"} << false;
        QTest::newRow("delta truncated: next page asked, both pages' removals kept")
            << QStringLiteral("tok-1") << QByteArrayList{}
            << QByteArrayList{multistatus(kTruncatedSelf + HostileDavProxy::response(kBase + "a.vcf", 404), "tok-2"),
                              multistatus(HostileDavProxy::response(kBase + "b.vcf", 404), "tok-3")}
            << QStringList{} << QByteArrayList{} << QStringList{"/u/c/a.vcf", "/u/c/b.vcf"} << QStringList{}
            << QStringList{} << false;
    }

    void decisions()
    {
        QFETCH(QString, token);
        QFETCH(QByteArrayList, listings);
        QFETCH(QByteArrayList, syncs);
        QFETCH(QStringList, answers);
        QFETCH(QByteArrayList, extra);
        QFETCH(QStringList, deleted);
        QFETCH(QStringList, changed);
        QFETCH(QStringList, errorsMention);
        QFETCH(bool, tokenKept);

        Script script{listings, syncs, {}, extra};
        for (const QString &s : answers)
            script.answers.insert(s.section(QLatin1Char('='), 0, 0).toUtf8(), s.section(QLatin1Char('='), 1).toUtf8());
        HostileDavProxy server(QUrl(QStringLiteral("http://127.0.0.1:1/")), QStringLiteral("user"));
        server.setIntercept(scripted(script, std::make_shared<int>(0), std::make_shared<int>(0)));
        QVERIFY(server.listen());

        NetworkContext context;
        RetryPolicy quick = context.retryPolicy();
        quick.maxAttempts = 1;
        context.setRetryPolicy(quick);
        DavCollection c;
        c.url = server.urlFor(QUrl(QStringLiteral("http://x/u/c/")));
        c.context = &context;
        const QHash<QString, QString> known{{QStringLiteral("/u/c/a.vcf"), QStringLiteral("\"A\"")},
                                            {QStringLiteral("/u/c/b.vcf"), QStringLiteral("\"B\"")}};
        DavListChangesJob job(c, token, known);
        QSignalSpy done(&job, &Job::finished);
        job.start();
        QVERIFY(done.wait(20000));
        QVERIFY2(!job.hasError(), qPrintable(job.error().userMessage));
        const ChangeSet &changes = job.changes();
        QCOMPARE(changes.deleted, deleted);
        QStringList changedIds;
        for (const Item &i : changes.changed)
            changedIds.append(i.id);
        QCOMPARE(changedIds, changed);
        QStringList messages;
        for (const ItemError &e : changes.errors)
            messages.append(e.error.userMessage);
        QCOMPARE(changes.errors.size(), errorsMention.size());
        for (const QString &m : errorsMention)
            QVERIFY2(messages.join(QLatin1Char('\n')).contains(m), qPrintable(messages.join(QLatin1Char('\n'))));
        for (const QString &m : std::as_const(messages))
            QVERIFY2(m.contains(QLatin1String("127.0.0.1")), qPrintable(m)); // names the server
        QCOMPARE(changes.newToken.isEmpty(), tokenKept);
    }

    void trickleAndEndlessListings_data()
    {
        QTest::addColumn<bool>("trickle");
        QTest::addColumn<QString>("saying");
        QTest::newRow("trickle") << true << QStringLiteral("too slowly");
        QTest::newRow("endless") << false << QStringLiteral("larger than 64 MiB, the limit for a listing");
    }

    void trickleAndEndlessListings()
    {
        // The rate rule comes from the NetworkContext's policy, so a DAV listing (whose
        // HttpJobs are made inside the job) obeys what the test sets there.
        QFETCH(bool, trickle);
        QFETCH(QString, saying);
        HostileDavProxy server(QUrl(QStringLiteral("http://127.0.0.1:1/")), QStringLiteral("user"));
        server.setIntercept([trickle](const HostileDavProxy::Request &, HostileDavProxy::Answer &a) {
            a.status = 207;
            a.body = "<multistatus xmlns=\"DAV:\">";
            a.mode = trickle ? HostileDavProxy::Answer::Mode::Trickle : HostileDavProxy::Answer::Mode::Endless;
            a.trickleIntervalMs = 50;
            a.trickleLimit = 400;
            a.endlessLimit = 512LL * 1024 * 1024;
            return true;
        });
        QVERIFY(server.listen());
        NetworkContext context;
        RetryPolicy policy = context.retryPolicy();
        policy.minBytesPerWindow = 1024;
        policy.rateWindowMs = 300;
        context.setRetryPolicy(policy);
        DavCollection c;
        c.url = server.urlFor(QUrl(QStringLiteral("http://x/u/c/")));
        c.context = &context;
        DavListChangesJob job(c, QStringLiteral("tok-1"), {{QStringLiteral("/u/c/a.vcf"), QStringLiteral("\"A\"")}});
        QSignalSpy done(&job, &Job::finished);
        job.start();
        QVERIFY(done.wait(20000));
        QVERIFY(job.hasError());
        QVERIFY2(job.error().userMessage.contains(saying), qPrintable(job.error().userMessage));
        QVERIFY(job.changes().deleted.isEmpty());
        QCOMPARE(server.requests(), 1); // not retried
        QVERIFY(server.streamedBytes() < 256LL * 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestDavListDecisions)
#include "tst_davlistdecisions.moc"
