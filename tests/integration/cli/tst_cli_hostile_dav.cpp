// SPDX-License-Identifier: GPL-3.0-or-later
// A DAV server that misbehaves on purpose (issue 12 "How to prove it"): HostileDavProxy in
// front of a real Radicale, and a real two-way sync through the crmsync binary with
// crm-sandbox. Each fault must end with nothing deleted on either side (checked on the
// CRM and on Radicale directly, not through the proxy), an error naming the server and
// what it did, and a later run against the well-behaved server converging with nothing lost.
#include "clifixture.h"
#include "connectors/dav/davstore.h"
#include "davserverprocess.h"
#include "hostiledavproxy.h"
#include "net/networkcontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <sys/resource.h>

using namespace crmsync;

namespace {

constexpr int kContacts = 6;

enum class Fault {
    RefusedToken,
    TruncatedListing,
    MemberFailsInListing,
    AbsentAndFailsInMultiget,
    AbsentAndLeftOutOfMultiget,
    OutsideCollection,
    ExtraMultigetAnswer,
    EndlessBody,
};

using Request = HostileDavProxy::Request;
using Answer = HostileDavProxy::Answer;

//! A full listing: sync-collection without a token, or PROPFIND Depth 1.
bool isListing(const Request &r)
{
    return (r.isSyncCollection() && !r.hasSyncToken()) || (r.isPropfind() && r.header("Depth") == "1");
}

//! Member responses (the collection's own left out) of a listing answer.
QByteArrayList membersOf(const QByteArray &body, const QByteArray &collectionPath)
{
    QByteArrayList out;
    for (const QByteArray &r : HostileDavProxy::responsesOf(body)) {
        if (HostileDavProxy::hrefOf(r) != collectionPath)
            out.append(r);
    }
    std::sort(out.begin(), out.end(), [](const QByteArray &a, const QByteArray &b) {
        return HostileDavProxy::hrefOf(a) < HostileDavProxy::hrefOf(b);
    });
    return out;
}

//! Replaces \a victim's response in \a body by \a replacement (dropped when empty).
QByteArray replaceResponse(const QByteArray &body, const QByteArray &victim, const QByteArray &replacement)
{
    QByteArrayList kept;
    for (const QByteArray &r : HostileDavProxy::responsesOf(body)) {
        if (HostileDavProxy::hrefOf(r) != victim)
            kept.append(r);
        else if (!replacement.isEmpty())
            kept.append(replacement);
    }
    return HostileDavProxy::withResponses(body, kept);
}

QJsonArray contacts(int n)
{
    QJsonArray out;
    for (int i = 0; i < n; ++i) {
        out.append(QJsonObject{{QStringLiteral("Last_Name"), QStringLiteral("鈴木%1").arg(i)},
                               {QStringLiteral("First_Name"), QStringLiteral("花子")},
                               {QStringLiteral("Email"), QStringLiteral("hanako%1@example.com").arg(i)}});
    }
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Fault)

class TestCliHostileDav : public QObject
{
    Q_OBJECT

private:
    //! Radicale's members, asked directly (not through the proxy).
    QList<Item> radicaleItems(const DavServerProcess &server)
    {
        NetworkContext context;
        DavStore store(CliFixture::addressBookOf(server, &context));
        auto listing = CliFixture::runJob(store.listChanges({}, {}));
        return listing->changes().changed;
    }

    /*!
     * One sync by the CLI while this thread's event loop runs (the proxy lives here, so
     * CliFixture::sync(), which blocks, cannot be used). \a dataLimit: under an RLIMIT_DATA
     * that a buffered gigabyte would break.
     */
    CliFixture::Outcome sync(CliFixture &f, rlim_t dataLimit = 0)
    {
        QProcess process;
        if (dataLimit > 0) {
            process.setChildProcessModifier([dataLimit] {
                const rlimit limit{dataLimit, dataLimit};
                setrlimit(RLIMIT_DATA, &limit);
            });
        }
        process.start(QStringLiteral(CRMSYNC_CLI_BIN),
                      {QStringLiteral("sync"), QStringLiteral("--config"), f.configPath(), QStringLiteral("--state-dir"),
                       f.stateDir(), QStringLiteral("--json")});
        // The proxy streams from this thread: wait by spinning the event loop, not blocking it.
        QSignalSpy finished(&process, &QProcess::finished);
        finished.wait(120000);
        CliFixture::Outcome o;
        o.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        o.stdoutData = process.readAllStandardOutput();
        o.stderrData = process.readAllStandardError();
        o.json = QJsonDocument::fromJson(o.stdoutData).object();
        return o;
    }

private slots:
    void faultyServer_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("saying"); // what the output must say, besides the server
        QTest::newRow("refused sync token") << Fault::RefusedToken << 0 << QStringList{};
        QTest::newRow("listing cut short with 507") << Fault::TruncatedListing << 1
                                                    << QStringList{QStringLiteral("cut its listing"), QStringLiteral("507")};
        QTest::newRow("member answers 500 in the listing") << Fault::MemberFailsInListing << 1
                                                           << QStringList{QStringLiteral("answered HTTP 500")};
        QTest::newRow("absent member answers 403 in the multiget") << Fault::AbsentAndFailsInMultiget << 1
                                                                   << QStringList{QStringLiteral("answered HTTP 403")};
        QTest::newRow("absent member left out of the multiget") << Fault::AbsentAndLeftOutOfMultiget << 1
                                                                << QStringList{QStringLiteral("out of its answer")};
        QTest::newRow("members outside the collection") << Fault::OutsideCollection << 1
                                                        << QStringList{QStringLiteral("not a member of the collection")};
        QTest::newRow("extra multiget answer") << Fault::ExtraMultigetAnswer << 1
                                               << QStringList{QStringLiteral("which was not asked for")};
        QTest::newRow("endless body") << Fault::EndlessBody << 4
                                      << QStringList{QStringLiteral("larger than 64 MiB")};
    }

    void faultyServer()
    {
        QFETCH(Fault, fault);
        QFETCH(int, exitCode);
        QFETCH(QStringList, saying);

        CliFixture f;
        QVERIFY(f.start());
        DavServerProcess server(DavServerProcess::Server::Radicale);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        HostileDavProxy proxy(server.baseUrl(), server.username());
        QVERIFY(proxy.listen());
        QCOMPARE(f.crm().create(QStringLiteral("Contacts"), contacts(kContacts)).size(), kContacts);
        f.setRemoteAccount(CliFixture::davAccount(QStringLiteral("carddav"), server, proxy.urlFor(server.addressBookUrl())));
        // No safety stop to hide behind: every deletion the client believes in would happen.
        f.writeConfig(QStringLiteral("Contacts"), {{QStringLiteral("max_delete_percent"), 100}});

        const auto first = sync(f);
        QVERIFY2(first.exitCode == 0, first.stdoutData + first.stderrData);
        QCOMPARE(radicaleItems(server).size(), kContacts);

        const QByteArray collection = server.addressBookUrl().path(QUrl::FullyEncoded).toUtf8();
        const QList<Item> before = radicaleItems(server);
        const QByteArray victim = QUrl(before.at(1).id).path(QUrl::FullyEncoded).toUtf8();
        int expectedCount = kContacts;
        if (fault == Fault::ExtraMultigetAnswer) {
            // A contact made on the server side, so the next run fetches it by multiget.
            NetworkContext context;
            DavStore store(CliFixture::addressBookOf(server, &context));
            WriteRequest create;
            create.op = WriteRequest::Op::Create;
            create.suggestedId = QStringLiteral("made-on-server");
            create.raw = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:made-on-server\r\nFN:Server Made\r\nN:Made;Server;;;\r\n"
                         "EMAIL:made@example.com\r\nEND:VCARD\r\n";
            auto written = CliFixture::runJob(store.write({create}));
            QVERIFY(written->results().constFirst().ok());
            expectedCount = kContacts + 1;
        }

        const auto refuseToken = [](const Request &r, Answer &a) {
            if (!r.isSyncCollection() || !r.hasSyncToken())
                return false;
            a.status = 403;
            a.body = "<?xml version=\"1.0\"?><error xmlns=\"DAV:\"><valid-sync-token/></error>";
            return true;
        };
        switch (fault) {
        case Fault::RefusedToken:
        case Fault::MemberFailsInListing:
        case Fault::AbsentAndFailsInMultiget:
        case Fault::AbsentAndLeftOutOfMultiget:
        case Fault::OutsideCollection:
        case Fault::TruncatedListing:
            proxy.setIntercept(refuseToken); // so the run lists fully
            break;
        case Fault::EndlessBody:
            proxy.setIntercept([](const Request &r, Answer &a) {
                if (r.method != "REPORT" && r.method != "PROPFIND")
                    return false;
                a.status = 207;
                a.body = "<?xml version=\"1.0\"?><multistatus xmlns=\"DAV:\">";
                a.mode = Answer::Mode::Endless;
                a.endlessLimit = 1536LL * 1024 * 1024;
                return true;
            });
            break;
        case Fault::ExtraMultigetAnswer:
            break;
        }
        proxy.setRewrite([fault, collection, victim](const Request &r, Answer &a) {
            switch (fault) {
            case Fault::TruncatedListing:
                if (isListing(r)) {
                    // Half the members, and the 507 of RFC 6578 §3.6 on the request-URI.
                    const QByteArrayList members = membersOf(a.body, collection);
                    QByteArrayList kept;
                    for (const QByteArray &resp : HostileDavProxy::responsesOf(a.body)) {
                        if (!members.contains(resp) || members.indexOf(resp) < members.size() / 2)
                            kept.append(resp);
                    }
                    kept.append("<response xmlns=\"DAV:\"><href>" + collection + "</href><status>HTTP/1.1 507 "
                                "Insufficient Storage</status><error><number-of-matches-within-limits/></error></response>");
                    a.body = HostileDavProxy::withResponses(a.body, kept);
                }
                break;
            case Fault::MemberFailsInListing:
                if (isListing(r))
                    a.body = replaceResponse(a.body, victim, HostileDavProxy::response(victim, 500));
                break;
            case Fault::AbsentAndFailsInMultiget:
            case Fault::AbsentAndLeftOutOfMultiget:
                if (isListing(r))
                    a.body = replaceResponse(a.body, victim, {});
                else if (r.isMultiget())
                    a.body = replaceResponse(a.body, victim,
                                             fault == Fault::AbsentAndFailsInMultiget
                                                 ? HostileDavProxy::response(victim, 403) : QByteArray());
                break;
            case Fault::OutsideCollection:
                if (isListing(r)) {
                    // The victim's href made to climb out, and a member of another host.
                    a.body.replace(victim, collection + "../elsewhere/" + victim.mid(collection.size()));
                    QByteArrayList all = HostileDavProxy::responsesOf(a.body);
                    all.append("<response xmlns=\"DAV:\"><href>http://evil.example" + collection
                               + "evil.vcf</href><propstat><prop><getetag>\"e\"</getetag></prop>"
                                 "<status>HTTP/1.1 200 OK</status></propstat></response>");
                    a.body = HostileDavProxy::withResponses(a.body, all);
                }
                break;
            case Fault::ExtraMultigetAnswer:
                if (r.isMultiget()) {
                    QByteArrayList all = HostileDavProxy::responsesOf(a.body);
                    all.append("<response xmlns=\"DAV:\"><href>" + collection + "injected.vcf</href><propstat><prop>"
                               "<getetag>\"i\"</getetag><address-data xmlns=\"urn:ietf:params:xml:ns:carddav\">"
                               "BEGIN:VCARD\nVERSION:3.0\nUID:injected\nFN:Injected Person\nN:Person;Injected;;;\n"
                               "EMAIL:injected@example.com\nEND:VCARD\n</address-data></prop>"
                               "<status>HTTP/1.1 200 OK</status></propstat></response>");
                    a.body = HostileDavProxy::withResponses(a.body, all);
                }
                break;
            default:
                break;
            }
        });

        const CliFixture::Outcome hostile = sync(f, fault == Fault::EndlessBody ? rlim_t(768) * 1024 * 1024 : 0);
        const QByteArray said = hostile.stdoutData + hostile.stderrData;
        QVERIFY2(hostile.exitCode == exitCode, said);
        if (exitCode != 0)
            QVERIFY2(said.contains("127.0.0.1"), said); // names the server
        for (const QString &s : saying)
            QVERIFY2(said.contains(s.toUtf8()), said);
        if (fault == Fault::EndlessBody)
            QVERIFY(proxy.streamedBytes() < 512LL * 1024 * 1024); // stopped long before the end

        // Nothing lost on either side.
        const QJsonArray crm = f.crm().list(QStringLiteral("Contacts"), QStringLiteral("Last_Name,Email"));
        QCOMPARE(crm.size(), expectedCount);
        for (const QJsonValue &v : crm)
            QVERIFY(v[QStringLiteral("Email")].toString() != QLatin1String("injected@example.com"));
        QCOMPARE(radicaleItems(server).size(), expectedCount);

        // The server behaves again: the next run converges, nothing lost.
        proxy.setIntercept({});
        proxy.setRewrite({});
        const auto healed = sync(f);
        QVERIFY2(healed.exitCode == 0, healed.stdoutData + healed.stderrData);
        QCOMPARE(f.crm().list(QStringLiteral("Contacts"), QStringLiteral("Last_Name")).size(), expectedCount);
        QCOMPARE(radicaleItems(server).size(), expectedCount);
        const auto quiet = sync(f);
        QCOMPARE(quiet.exitCode, 0);
        QCOMPARE(quiet.writes(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliHostileDav)
#include "tst_cli_hostile_dav.moc"
