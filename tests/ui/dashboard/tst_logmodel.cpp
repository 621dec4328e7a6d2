// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/logmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace crmsync;

class TestLogModel : public QObject
{
    Q_OBJECT
private slots:
    void appendsAndCaps()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(3);
        const QDateTime t0 = QDateTime::currentDateTime();
        for (int i = 0; i < 5; ++i)
            model.append(t0.addSecs(i), i == 4 ? QtCriticalMsg : QtInfoMsg, QStringLiteral("line %1").arg(i));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, LogModel::Text).data().toString(), QStringLiteral("line 2"));
        QCOMPARE(model.index(2, LogModel::Text).data().toString(), QStringLiteral("line 4"));
        QCOMPARE(model.index(2, LogModel::Level).data().toString(), QStringLiteral("Error"));
        QCOMPARE(model.index(1, LogModel::Level).data().toString(), QStringLiteral("Info"));
        QCOMPARE(model.index(2, 0).data(LogModel::LevelRole).toInt(), int(QtCriticalMsg));
        QVERIFY(model.index(2, LogModel::Text).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(0, LogModel::Time).data().toString(),
                 QLocale().toString(t0.addSecs(2).time(), QLocale::ShortFormat));

        model.setCapacity(1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, LogModel::Text).data().toString(), QStringLiteral("line 4"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestLogModel)
#include "tst_logmodel.moc"
