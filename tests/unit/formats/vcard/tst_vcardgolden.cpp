// SPDX-License-Identifier: GPL-3.0-or-later
// Golden files: one data row per tests/data/vcard/<name>.vcf, checked against <name>.vcf.ref.
// Set CRMSYNC_REGENERATE_GOLDEN=1 to rewrite the .ref files from the current code (then
// review the diff: a .ref is an expectation, not a snapshot to accept blindly).
#include "formats/canonicalvalue.h"
#include "formats/vcard/vcardcodec.h"
#include "formats/vcard/vcardparser.h"
#include "formats/vcard/vcardwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace crmsync;

class TestVCardGolden : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void golden_data();
    void golden();

private:
    QDir m_dir{QStringLiteral(CRMSYNC_TEST_DATA_DIR "/vcard")};
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

FieldMap contacts()
{
    return FieldMap::defaultFor(ModuleInfo::Module::Contacts);
}

//! What the .ref records for a file that parses.
QJsonObject describe(const QList<VCard> &cards, const QByteArray &input)
{
    QJsonArray decoded;
    for (const VCard &card : cards) {
        const auto item = VCardCodec().decode(VCardWriter::write(card), contacts());
        if (!item)
            return {{"error", item.error().userMessage}};
        decoded.append(QJsonObject{{"fields", item->fields}, {"uid", item->uid}, {"private", item->isPrivate},
                                   {"categories", QJsonArray::fromStringList(item->categories)}});
    }
    return {{"cards", int(cards.size())},
            {"roundTrip", VCardWriter::write(cards) == input ? "exact" : "repaired"},
            {"decoded", decoded}};
}

} // namespace

void TestVCardGolden::initTestCase()
{
    QVERIFY2(m_dir.exists(), qPrintable(m_dir.path()));
    QVERIFY2(m_dir.entryList({QStringLiteral("*.vcf")}, QDir::Files).size() >= 40, "fewer than 40 golden vCards");
}

void TestVCardGolden::golden_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : m_dir.entryList({QStringLiteral("*.vcf")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << name;
}

void TestVCardGolden::golden()
{
    QFETCH(QString, name);
    const QByteArray input = readAll(m_dir.filePath(name));
    const auto parsed = VCardParser::parse(input, name);
    const QJsonObject actual = parsed ? describe(*parsed, input) : QJsonObject{{"error", parsed.error().userMessage}};

    const QString refPath = m_dir.filePath(name + QStringLiteral(".ref"));
    if (qEnvironmentVariableIsSet("CRMSYNC_REGENERATE_GOLDEN")) {
        QFile out(refPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(actual).toJson());
        QSKIP("reference regenerated");
    }
    const QByteArray refBytes = readAll(refPath);
    QVERIFY2(!refBytes.isEmpty(), qPrintable(QStringLiteral("missing %1").arg(refPath)));
    const QJsonObject ref = QJsonDocument::fromJson(refBytes).object();

    if (ref.contains("error")) {
        QVERIFY2(!parsed.ok(), "expected a parse error");
        QCOMPARE(parsed.error().category, Error::Category::Data);
        QVERIFY2(parsed.error().userMessage.contains(ref.value("error").toString()), qPrintable(parsed.error().userMessage));
        QVERIFY(parsed.error().userMessage.contains(name));
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().userMessage));
    QCOMPARE(actual.value("cards"), ref.value("cards"));
    QCOMPARE(actual.value("roundTrip"), ref.value("roundTrip"));
    const QJsonArray gotCards = actual.value("decoded").toArray();
    const QJsonArray refCards = ref.value("decoded").toArray();
    QCOMPARE(gotCards.size(), refCards.size());
    for (int i = 0; i < refCards.size(); ++i) {
        const QJsonObject got = gotCards.at(i).toObject(), want = refCards.at(i).toObject();
        for (const QString &key : {QStringLiteral("uid"), QStringLiteral("private"), QStringLiteral("categories")})
            QCOMPARE(got.value(key), want.value(key));
        QCOMPARE(QJsonDocument(got.value("fields").toObject()).toJson(), QJsonDocument(want.value("fields").toObject()).toJson());
    }

    // Writing must be stable: an exact file comes back byte for byte, a repaired one once repaired.
    const QByteArray written = VCardWriter::write(*parsed);
    if (ref.value("roundTrip").toString() == QLatin1String("exact"))
        QCOMPARE(written, input);
    else
        QCOMPARE(VCardWriter::write(*VCardParser::parse(written, name)), written);

    // The codec: unchanged fields give the original bytes; one edit reads back as made.
    const VCardCodec codec;
    QJsonObject fields = codec.decode(input, contacts())->fields;
    const auto same = codec.encode(fields, input, contacts(), {});
    QVERIFY(same.ok());
    QCOMPARE(same.value(), input);
    fields.insert("Description", QString::fromUtf8("Golden edit, with; specials\nand ünïcödé 日本語"));
    const auto edited = codec.encode(fields, input, contacts(), {});
    QVERIFY(edited.ok());
    const auto reread = codec.decode(edited.value(), contacts());
    QVERIFY(reread.ok());
    QCOMPARE(CanonicalValue::toBytes(reread->fields), CanonicalValue::toBytes(fields));
    QCOMPARE(VCardParser::parse(edited.value(), name)->size(), parsed->size());
}

QTEST_GUILESS_MAIN(TestVCardGolden)
#include "tst_vcardgolden.moc"
