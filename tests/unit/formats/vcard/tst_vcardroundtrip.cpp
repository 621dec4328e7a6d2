// SPDX-License-Identifier: GPL-3.0-or-later
// Property-based checks: random field values survive encode → decode, and patching keeps
// what it does not touch.
#include "formats/canonicalvalue.h"
#include "formats/vcard/vcardcodec.h"

#include <QDate>

#include <algorithm>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace crmsync;

class TestVCardRoundTrip : public QObject
{
    Q_OBJECT
private slots:
    void randomFields_data();
    void randomFields();
};

namespace {

FieldMap extendedMap(ModuleInfo::Module module)
{
    QList<FieldMapping> m = FieldMap::defaultFor(module).mappings();
    const QList<FieldMapping> extra = {
        FieldMapping{"Nickname", "NICKNAME"}, FieldMapping{"Role", "ROLE"}, FieldMapping{"Site", "URL"},
        FieldMapping{"Furigana_First", "X-PHONETIC-FIRST-NAME"}, FieldMapping{"Furigana_Last", "X-PHONETIC-LAST-NAME"},
        FieldMapping{"Custom", "X-CRM-CUSTOM"}, FieldMapping{"Tags", "CATEGORIES"}};
    for (const FieldMapping &e : extra) {
        // One remote path per field: two fields on one property would overwrite each other.
        if (std::none_of(m.cbegin(), m.cend(), [&](const FieldMapping &x) { return x.remote == e.remote; }))
            m << e;
    }
    return FieldMap(m);
}

QString randomText(QRandomGenerator &rng)
{
    static const QList<char32_t> pool = {U'a', U'Z', U'7', U' ', U',', U';', U':', U'\\', U'\n', U'"', U'=',
                                         U'é', U'ß', U'山', U'田', U'太', U'郎', U'カ', U'な', U'😀', U'^', U'.'};
    QString s;
    const int len = rng.bounded(1, 120);
    for (int i = 0; i < len; ++i) {
        const char32_t c = pool.at(rng.bounded(int(pool.size())));
        s += QString::fromUcs4(&c, 1);
    }
    return s;
}

QJsonValue randomValue(QRandomGenerator &rng, const QString &crmField)
{
    if (crmField == QLatin1String("Date_of_Birth"))
        return QDate(1900, 1, 1).addDays(rng.bounded(0, 45000)).toString(Qt::ISODate);
    return randomText(rng);
}

QJsonObject makeRandomFields(QRandomGenerator &rng, const FieldMap &map)
{
    QJsonObject fields;
    for (const QString &f : map.crmFields()) {
        if (rng.bounded(3) != 0)
            fields.insert(f, randomValue(rng, f));
    }
    return fields;
}

//! Field by field, so that a failure names the field.
bool sameFields(const QJsonObject &actual, const QJsonObject &expected)
{
    bool same = actual.keys() == expected.keys();
    if (!same)
        qWarning() << "keys differ:" << actual.keys() << expected.keys();
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (actual.value(it.key()) != it.value()) {
            qWarning() << it.key() << "actual" << actual.value(it.key()) << "expected" << it.value();
            same = false;
        }
    }
    return same;
}

} // namespace

void TestVCardRoundTrip::randomFields_data()
{
    QTest::addColumn<int>("module");
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 40; ++seed) {
        QTest::addRow("contacts-%u", seed) << int(ModuleInfo::Module::Contacts) << seed;
        if (seed % 4 == 0) {
            QTest::addRow("leads-%u", seed) << int(ModuleInfo::Module::Leads) << seed;
            QTest::addRow("vendors-%u", seed) << int(ModuleInfo::Module::Vendors) << seed;
        }
    }
}

void TestVCardRoundTrip::randomFields()
{
    QFETCH(int, module);
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const FieldMap map = extendedMap(ModuleInfo::Module(module));
    const VCardCodec codec;

    // A new card decodes to exactly the fields it was made from.
    const QJsonObject fields = makeRandomFields(rng, map);
    const auto created = codec.encode(fields, {}, map, QStringLiteral("uid-%1").arg(seed));
    QVERIFY(created.ok());
    auto decoded = codec.decode(created.value(), map);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().userMessage));
    QVERIFY(sameFields(decoded->fields, CanonicalValue::normalized(fields)));

    // Encoding what was decoded gives back the same bytes.
    const auto same = codec.encode(decoded->fields, created.value(), map, {});
    QVERIFY(same.ok());
    QCOMPARE(same.value(), created.value());

    // Patching: change, add and remove random fields, with the card in either version.
    QByteArray current = created.value();
    if (seed % 2 == 0)
        current.replace("VERSION:3.0", "VERSION:4.0");
    QJsonObject expected = codec.decode(current, map)->fields;
    for (int round = 0; round < 5; ++round) {
        for (const QString &f : map.crmFields()) {
            const int roll = rng.bounded(6);
            if (roll == 0)
                expected.remove(f);
            else if (roll == 1)
                expected.insert(f, randomValue(rng, f));
        }
        const auto patched = codec.encode(expected, current, map, {});
        QVERIFY(patched.ok());
        decoded = codec.decode(patched.value(), map);
        QVERIFY(decoded.ok());
        QVERIFY(sameFields(decoded->fields, CanonicalValue::normalized(expected)));
        QCOMPARE(decoded->uid, QStringLiteral("uid-%1").arg(seed));
        QVERIFY(patched->contains(seed % 2 == 0 ? "VERSION:4.0" : "VERSION:3.0"));
        for (const QByteArray &line : patched->split('\n'))
            QVERIFY(line.size() <= 76); // 75 octets and the CR
        current = patched.value();
    }
}

QTEST_GUILESS_MAIN(TestVCardRoundTrip)
#include "tst_vcardroundtrip.moc"
