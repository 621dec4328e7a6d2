// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace crmsync;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    static QString uniqueName()
    {
        return QStringLiteral("crmsync-test-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    }

private slots:
    void namesDifferByConfig()
    {
        const QString a = SingleInstance::serverNameFor(QStringLiteral("/tmp/a/config.json"));
        QCOMPARE(a, SingleInstance::serverNameFor(QStringLiteral("/tmp/a/../a/config.json")));
        QVERIFY(a != SingleInstance::serverNameFor(QStringLiteral("/tmp/b/config.json")));
        QVERIFY(!a.contains(QLatin1Char('/')));
        QVERIFY(a.size() < 64);
    }

    void secondInstanceRaisesTheFirst()
    {
        const QString name = uniqueName();
        SingleInstance first(name);
        QVERIFY(first.claim());
        QSignalSpy raised(&first, &SingleInstance::activationRequested);
        // The second launch runs in a thread of its own: claim() waits for an answer that
        // the first instance gives from this thread's event loop.
        bool secondIsFirst = true;
        QThread *launcher = QThread::create([&] {
            SingleInstance second(name);
            secondIsFirst = second.claim();
        });
        launcher->start();
        QVERIFY(raised.wait(5000));
        QVERIFY(launcher->wait(5000));
        delete launcher;
        QVERIFY(!secondIsFirst);
    }

    void staleSocketIsReplaced()
    {
        const QString name = uniqueName();
#ifdef Q_OS_UNIX
        // What a crashed instance leaves: the socket file, with nobody listening on it.
        const QString path = QDir::temp().filePath(name);
        QFile stale(path);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        QLocalServer blocked;
        QVERIFY(!blocked.listen(name)); // the leftover really is in the way
#endif
        SingleInstance instance(name);
        QVERIFY(instance.claim());
        QSignalSpy raised(&instance, &SingleInstance::activationRequested);
        QThread *launcher = QThread::create([&] { SingleInstance(name).claim(); });
        launcher->start();
        QVERIFY(raised.wait(5000));
        QVERIFY(launcher->wait(5000));
        delete launcher;
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
