// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/crmfieldcheck.h"

#include <QTest>

using namespace crmsync;

namespace {
QList<FieldInfo> fieldsNamed(const QStringList &names)
{
    QList<FieldInfo> out;
    for (const QString &n : names)
        out.append(FieldInfo{n, n, QStringLiteral("text"), false, false, false});
    return out;
}
} // namespace

class TestCrmFieldCheck : public QObject
{
    Q_OBJECT
private slots:
    void userMapWithUnknownFieldIsAnError()
    {
        SyncProfile p;
        p.name = QStringLiteral("contacts");
        p.fieldMap = FieldMap({{QStringLiteral("Last_Name"), QStringLiteral("N.family")},
                               {QStringLiteral("Shoe_Size__c"), QStringLiteral("X-SHOE")}});
        QStringList missing;
        const Error e = CrmFieldCheck::check(p, fieldsNamed({QStringLiteral("Last_Name"), QStringLiteral("Email")}), &missing);
        QCOMPARE(e.category, Error::Category::Config);
        QVERIFY(e.userMessage.contains(QStringLiteral("Shoe_Size__c")));
        QVERIFY(e.userMessage.contains(QStringLiteral("contacts")));
        QVERIFY(missing.isEmpty());
    }

    void defaultMapDropsFieldsTheOrgDoesNotUse()
    {
        SyncProfile p;
        p.module = ModuleInfo::Module::Contacts;
        p.fieldMap = FieldMap::defaultFor(p.module);
        QStringList present = p.fieldMap.crmFields();
        present.removeAll(QStringLiteral("Other_Country"));
        present.removeAll(QStringLiteral("Fax"));
        QStringList missing;
        const Error e = CrmFieldCheck::check(p, fieldsNamed(present), &missing);
        QVERIFY(!e.isError());
        missing.sort();
        QCOMPARE(missing, (QStringList{QStringLiteral("Fax"), QStringLiteral("Other_Country")}));
    }

    void completeMapPasses()
    {
        SyncProfile p;
        p.module = ModuleInfo::Module::Events;
        p.fieldMap = FieldMap::defaultFor(p.module);
        QStringList missing;
        QVERIFY(!CrmFieldCheck::check(p, fieldsNamed(p.fieldMap.crmFields()), &missing).isError());
        QVERIFY(missing.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrmFieldCheck)
#include "tst_crmfieldcheck.moc"
