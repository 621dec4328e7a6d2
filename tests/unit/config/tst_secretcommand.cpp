// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/secretcommand.h"

#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace crmsync;

class TestSecretCommand : public QObject
{
    Q_OBJECT

private slots:
    void run_data();
    void run();
    void neverShowsOutput();
    void timeoutEndsTheWholeGroup();
};

namespace {

//! Gone, or a zombie that only waits for init to reap it: either way, it runs no more.
bool hasEnded(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    // "pid (comm) S …": the state follows the last ')'.
    const int close = line.lastIndexOf(')');
    return close < 0 || line.mid(close + 2, 1) == "Z";
}

} // namespace

void TestSecretCommand::run_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("expected"); // the secret, when it works
    QTest::addColumn<Error::Category>("category"); // None when it works
    QTest::addColumn<QStringList>("messageParts");

    const int t = SecretCommand::kTimeoutMs;
    using C = Error::Category;
    QTest::newRow("printf") << QStringList{"printf", "tok-123\\n"} << t << "tok-123" << C::None << QStringList{};
    QTest::newRow("no newline") << QStringList{"printf", "tok"} << t << "tok" << C::None << QStringList{};
    QTest::newRow("only one newline stripped") << QStringList{"printf", "a\\n\\n"} << t << "a\n" << C::None
                                               << QStringList{};
    QTest::newRow("crlf") << QStringList{"printf", "x y\\r\\n"} << t << "x y" << C::None << QStringList{};
    QTest::newRow("arguments are not split by a shell")
        << QStringList{"printf", "%s", "two words; $HOME"} << t << "two words; $HOME" << C::None << QStringList{};
    QTest::newRow("false") << QStringList{"false"} << t << QString() << C::Auth
                           << QStringList{"\"false\"", "account crm", "exit status 1"};
    QTest::newRow("missing program") << QStringList{"/nonexistent/get-token", "--x"} << t << QString()
                                     << C::Config << QStringList{"\"/nonexistent/get-token\"", "account crm"};
    QTest::newRow("empty output") << QStringList{"true"} << t << QString() << C::Auth
                                  << QStringList{"\"true\"", "printed nothing"};
    QTest::newRow("empty argv") << QStringList{} << t << QString() << C::Config << QStringList{"account crm", "empty"};
    QTest::newRow("timeout") << QStringList{"sleep", "10"} << 300 << QString() << C::Auth
                             << QStringList{"\"sleep\"", "did not finish"};
    QTest::newRow("crash") << QStringList{"sh", "-c", "kill -9 $$"} << t << QString() << C::Auth
                           << QStringList{"\"sh\"", "crashed"};
}

void TestSecretCommand::run()
{
    QFETCH(QStringList, argv);
    QFETCH(int, timeoutMs);
    QFETCH(QString, expected);
    QFETCH(Error::Category, category);
    QFETCH(QStringList, messageParts);

    const Result<QString> r = SecretCommand::run(argv, QStringLiteral("account crm"), timeoutMs);
    if (category == Error::Category::None) {
        QVERIFY2(r.ok(), qPrintable(r.error().userMessage));
        QCOMPARE(r.value(), expected);
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, category);
    for (const QString &part : messageParts)
        QVERIFY2(r.error().userMessage.contains(part), qPrintable(r.error().userMessage));
}

void TestSecretCommand::neverShowsOutput()
{
    // A failing command may still have printed (part of) the secret.
    const Result<QString> r =
        SecretCommand::run({"sh", "-c", "echo s3cr3t-token; exit 3"}, QStringLiteral("account crm"));
    QVERIFY(!r.ok());
    QVERIFY(r.error().userMessage.contains("exit status 3"));
    QVERIFY(!r.error().userMessage.contains("s3cr3t"));
    QVERIFY(!r.error().detail.contains("s3cr3t"));
}

void TestSecretCommand::timeoutEndsTheWholeGroup()
{
    // A command that starts a helper in the background and then hangs: the timeout must
    // end the helper too, not only the shell.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pidFile = dir.filePath(QStringLiteral("grandchild.pid"));
    const Result<QString> r = SecretCommand::run(
        {"sh", "-c", QStringLiteral("sleep 1000 & echo $! > '%1'; wait").arg(pidFile)}, QStringLiteral("account crm"), 500);
    QVERIFY(!r.ok());
    QVERIFY(r.error().userMessage.contains("did not finish"));
    QFile file(pidFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const qint64 grandchild = file.readAll().trimmed().toLongLong();
    QVERIFY(grandchild > 0);
    const auto leftover = qScopeGuard([grandchild] {
        if (!hasEnded(grandchild))
            ::kill(pid_t(grandchild), SIGKILL);   // do not leave it behind when this fails
    });
    QTRY_VERIFY_WITH_TIMEOUT(hasEnded(grandchild), 5000);
}

QTEST_GUILESS_MAIN(TestSecretCommand)
#include "tst_secretcommand.moc"
