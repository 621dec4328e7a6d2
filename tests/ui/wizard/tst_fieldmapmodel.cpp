// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/fieldmapmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace crmsync;

class TestFieldMapModel : public QObject
{
    Q_OBJECT
private slots:
    void defaultMapRows();
    void addEditRemove();
    void problems_data();
    void problems();
    void labelsAndCustomFields();
};

void TestFieldMapModel::defaultMapRows()
{
    FieldMapModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const FieldMap map = FieldMap::defaultFor(ModuleInfo::Module::Contacts);
    model.setFieldMap(map);
    QCOMPARE(model.rowCount(), map.mappings().size());
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.index(2, FieldMapModel::CrmColumn).data().toString(), QStringLiteral("Last_Name"));
    QCOMPARE(model.index(2, FieldMapModel::RemoteColumn).data().toString(), QStringLiteral("N.family"));
    QCOMPARE(model.fieldMap(), map);
    QVERIFY(model.problem().isEmpty());
}

void TestFieldMapModel::addEditRemove()
{
    FieldMapModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFieldMap(FieldMap::defaultFor(ModuleInfo::Module::Tasks));
    const int before = model.rowCount();
    const int row = model.addPair();
    QCOMPARE(row, before);
    QCOMPARE(model.rowCount(), before + 1);
    // A half-filled pair is not saved and keeps the page from going on.
    QVERIFY(model.setData(model.index(row, FieldMapModel::CrmColumn), QStringLiteral("Customer_Rank")));
    QVERIFY(!model.problem().isEmpty());
    QCOMPARE(model.fieldMap().mappings().size(), before);
    QVERIFY(model.setData(model.index(row, FieldMapModel::RemoteColumn), QStringLiteral(" X-CRM-RANK ")));
    QVERIFY(model.problem().isEmpty());
    QCOMPARE(model.fieldMap().mappings().last(), (FieldMapping{QStringLiteral("Customer_Rank"), QStringLiteral("X-CRM-RANK")}));
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(model.fieldMap().crmFields().first(), QStringLiteral("Due_Date"));
    QVERIFY(!model.removeRows(before, 1));
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("x"), Qt::DisplayRole));
}

void TestFieldMapModel::problems_data()
{
    QTest::addColumn<QList<FieldMapping>>("rows");
    QTest::addColumn<bool>("ok");
    QTest::newRow("complete") << QList<FieldMapping>{{"Subject", "SUMMARY"}} << true;
    QTest::newRow("empty map") << QList<FieldMapping>{} << false;
    QTest::newRow("no remote") << QList<FieldMapping>{{"Subject", ""}} << false;
    QTest::newRow("no crm") << QList<FieldMapping>{{"", "SUMMARY"}} << false;
    QTest::newRow("twice") << QList<FieldMapping>{{"Subject", "SUMMARY"}, {"Subject", "DESCRIPTION"}} << false;
    QTest::newRow("blank row ignored") << QList<FieldMapping>{{"Subject", "SUMMARY"}, {"", ""}} << true;
}

void TestFieldMapModel::problems()
{
    QFETCH(QList<FieldMapping>, rows);
    QFETCH(bool, ok);
    FieldMapModel model;
    model.setFieldMap(FieldMap(rows));
    QCOMPARE(model.problem().isEmpty(), ok);
}

void TestFieldMapModel::labelsAndCustomFields()
{
    FieldMapModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFieldMap(FieldMap({{QStringLiteral("Last_Name"), QStringLiteral("N.family")}}));
    model.setRemoteChoices({QStringLiteral("N.family"), QStringLiteral("NOTE")});
    FieldInfo last{QStringLiteral("Last_Name"), QStringLiteral("Last Name"), QStringLiteral("text"), true, false, false};
    FieldInfo rank{QStringLiteral("Customer_Rank"), QStringLiteral("Customer Rank"), QStringLiteral("text"), false, true, false};
    FieldInfo created{QStringLiteral("Created_Time"), QStringLiteral("Created Time"), QStringLiteral("datetime"), false, false, true};
    model.setCrmFields({last, rank, created});
    const QModelIndex crm = model.index(0, FieldMapModel::CrmColumn);
    QCOMPARE(crm.data().toString(), QStringLiteral("Last Name (Last_Name)"));
    QCOMPARE(crm.data(Qt::EditRole).toString(), QStringLiteral("Last_Name"));
    const QStringList values = crm.data(FieldMapModel::ChoicesRole).toStringList();
    QCOMPARE(values, (QStringList{QStringLiteral("Last_Name"), QStringLiteral("Customer_Rank")})); // read-only left out
    QVERIFY(crm.data(FieldMapModel::ChoiceLabelsRole).toStringList().at(1).contains(QStringLiteral("Customer Rank (Customer_Rank)")));
    QCOMPARE(model.index(0, FieldMapModel::RemoteColumn).data(FieldMapModel::ChoicesRole).toStringList().size(), 2);
}

QTEST_MAIN(TestFieldMapModel)
#include "tst_fieldmapmodel.moc"
