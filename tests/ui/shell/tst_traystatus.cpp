// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/retrybackoff.h"
#include "shell/traystatus.h"
#include "common/statusicon.h"

#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QSet>

#include <QTest>

using namespace crmsync;

Q_DECLARE_METATYPE(QList<crmsync::SyncState>)

class TestTrayStatus : public QObject
{
    Q_OBJECT
private slots:
    void aggregate_data()
    {
        QTest::addColumn<QList<SyncState>>("states");
        QTest::addColumn<bool>("paused");
        QTest::addColumn<SyncState>("expected");
        using S = SyncState;
        QTest::newRow("no profiles") << QList<S>{} << false << S::Idle;
        QTest::newRow("no profiles, paused") << QList<S>{} << true << S::Paused;
        QTest::newRow("all synced") << QList<S>{S::Idle, S::Idle} << false << S::Idle;
        QTest::newRow("one syncing") << QList<S>{S::Idle, S::Syncing} << false << S::Syncing;
        QTest::newRow("paused over syncing") << QList<S>{S::Syncing, S::Idle} << true << S::Paused;
        QTest::newRow("offline over syncing") << QList<S>{S::Syncing, S::Offline} << false << S::Offline;
        QTest::newRow("offline while paused") << QList<S>{S::Offline} << true << S::Offline;
        QTest::newRow("attention over all") << QList<S>{S::Offline, S::NeedsAttention, S::Syncing} << false
                                            << S::NeedsAttention;
        QTest::newRow("attention while paused") << QList<S>{S::NeedsAttention} << true << S::NeedsAttention;
    }
    void aggregate()
    {
        QFETCH(QList<SyncState>, states);
        QFETCH(bool, paused);
        QFETCH(SyncState, expected);
        QCOMPARE(TrayStatus::aggregate(states, paused), expected);
    }

    void tooltip_data()
    {
        QTest::addColumn<SyncState>("state");
        QTest::addColumn<int>("waiting");
        QTest::addColumn<bool>("synced");
        QTest::addColumn<QString>("line2");
        QTest::newRow("synced") << SyncState::Idle << 0 << true << QStringLiteral("Synced");
        QTest::newRow("never") << SyncState::Idle << 0 << false << QStringLiteral("Synced");
        QTest::newRow("offline, 3 waiting") << SyncState::Offline << 3 << true
                                            << QStringLiteral("Offline, 3 change(s) waiting");
        QTest::newRow("offline, none waiting") << SyncState::Offline << 0 << true << QStringLiteral("Offline");
        QTest::newRow("paused") << SyncState::Paused << 0 << true << QStringLiteral("Paused");
        QTest::newRow("syncing") << SyncState::Syncing << 0 << true << QStringLiteral("Syncing");
        QTest::newRow("attention") << SyncState::NeedsAttention << 1 << true
                                   << QStringLiteral("Needs attention: open the dashboard");
    }
    void tooltip()
    {
        QFETCH(SyncState, state);
        QFETCH(int, waiting);
        QFETCH(bool, synced);
        QFETCH(QString, line2);
        const QLocale locale(QLocale::Japanese, QLocale::Japan);
        const QDateTime last(QDate(2026, 5, 6), QTime(7, 8), Qt::LocalTime);
        const QStringList lines = TrayStatus::tooltip(state, waiting, synced ? last : QDateTime(), locale)
                                      .split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("CRM Sync"));
        QCOMPARE(lines.at(1), line2);
        QCOMPARE(lines.at(2), synced ? QStringLiteral("Last sync: ") + locale.toString(last, QLocale::ShortFormat)
                                     : QStringLiteral("Not synced yet"));
    }

    void eachStateHasItsOwnIcon()
    {
        // The tray tells the five states apart at a glance: no two icons alike, at tray size.
        const QList<SyncState> states{SyncState::Idle, SyncState::Syncing, SyncState::Paused, SyncState::Offline,
                                      SyncState::NeedsAttention};
        QSet<QByteArray> images;
        QSet<QString> labels;
        for (SyncState state : states) {
            const QIcon icon = StatusIcon::icon(state);
            QVERIFY(!icon.isNull());
            const QImage image = icon.pixmap(22, 22).toImage().convertToFormat(QImage::Format_ARGB32);
            images.insert(QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes()));
            labels.insert(StatusIcon::label(state));
        }
        QCOMPARE(images.size(), states.size());
        QCOMPARE(labels.size(), states.size());
    }

    void backoffDoublesToThirtyAndResets()
    {
        RetryBackoff backoff;
        QList<int> got;
        for (int i = 0; i < 8; ++i)
            got << backoff.next();
        QCOMPARE(got, (QList<int>{1, 2, 4, 8, 16, 30, 30, 30}));
        backoff.reset();
        QCOMPARE(backoff.next(), 1);
    }
};

QTEST_MAIN(TestTrayStatus)
#include "tst_traystatus.moc"
