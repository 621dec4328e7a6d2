// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/canonicalvalue.h"
#include "formats/vcard/vcardcodec.h"
#include "formats/vcard/vcardparser.h"

#include <QJsonDocument>
#include <QTest>

using namespace crmsync;

class TestVCardCodec : public QObject
{
    Q_OBJECT
private slots:
    void decodeContact();
    void decodeMeta();
    void birthday_data();
    void birthday();
    void faxIsNotWorkPhone();
    void unchangedIsIdentical_data();
    void unchangedIsIdentical();
    void crlfInFieldIsNoChange();
    void changeOneField_data();
    void changeOneField();
    void removeFields();
    void createTypedProperty();
    void formattedNameFollowsName();
    void japaneseKeepsPhonetics();
    void version40Syntax();
    void version21IsUpgraded();
    void newCard_data();
    void newCard();
    void invalidPath();
    void brokenOriginal();
};

static const QByteArray kApple =
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "PRODID:-//Apple Inc.//macOS 14.0//EN\r\n"
    "N:Appleseed;Johnny;;Mr.;\r\n"
    "FN:Johnny Appleseed\r\n"
    "ORG:Apple Inc.;Engineering\r\n"
    "TITLE:Engineer\r\n"
    "item1.EMAIL;type=INTERNET;type=WORK;type=pref:johnny@apple.example\r\n"
    "item1.X-ABLabel:_$!<Work>!$_\r\n"
    "EMAIL;type=INTERNET;type=HOME:jappleseed@home.example\r\n"
    "TEL;type=WORK;type=FAX:+1 408 555 0000\r\n"
    "TEL;type=CELL;type=VOICE;type=pref:+1 408 555 1234\r\n"
    "TEL;type=WORK;type=VOICE:+1 408 555 5678\r\n"
    "ADR;type=WORK;type=pref:;;1 Apple Park Way;Cupertino;CA;95014;USA\r\n"
    "NOTE:Met at WWDC\\, 2023\\nLikes apples\r\n"
    "BDAY:1980-01-15\r\n"
    "X-ABShowAs:COMPANY\r\n"
    "CATEGORIES:Work,VIP\r\n"
    "UID:5D1C5C0E-1111-2222-3333-444455556666\r\n"
    "END:VCARD\r\n";

static FieldMap contacts() { return FieldMap::defaultFor(ModuleInfo::Module::Contacts); }

static QJsonObject decodeFields(const QByteArray &raw, const FieldMap &map = contacts())
{
    const auto r = VCardCodec().decode(raw, map);
    if (!r.ok())
        qWarning() << r.error().userMessage;
    return r.ok() ? r->fields : QJsonObject();
}

static QList<QByteArray> linesOf(const QByteArray &data)
{
    return data.split('\n');
}

void TestVCardCodec::decodeContact()
{
    const QJsonObject f = decodeFields(kApple);
    QCOMPARE(f.value("Salutation").toString(), QStringLiteral("Mr."));
    QCOMPARE(f.value("First_Name").toString(), QStringLiteral("Johnny"));
    QCOMPARE(f.value("Last_Name").toString(), QStringLiteral("Appleseed"));
    QCOMPARE(f.value("Email").toString(), QStringLiteral("johnny@apple.example"));
    QCOMPARE(f.value("Secondary_Email").toString(), QStringLiteral("jappleseed@home.example"));
    QCOMPARE(f.value("Phone").toString(), QStringLiteral("+1 408 555 5678"));
    QCOMPARE(f.value("Mobile").toString(), QStringLiteral("+1 408 555 1234"));
    QCOMPARE(f.value("Fax").toString(), QStringLiteral("+1 408 555 0000"));
    QCOMPARE(f.value("Department").toString(), QStringLiteral("Engineering"));
    QCOMPARE(f.value("Date_of_Birth").toString(), QStringLiteral("1980-01-15"));
    QCOMPARE(f.value("Mailing_Street").toString(), QStringLiteral("1 Apple Park Way"));
    QCOMPARE(f.value("Mailing_Zip").toString(), QStringLiteral("95014"));
    QCOMPARE(f.value("Description").toString(), QStringLiteral("Met at WWDC, 2023\nLikes apples"));
    QVERIFY(!f.contains("Home_Phone"));
    QVERIFY(!f.contains("Other_City"));
    // Deterministic: the same bytes decode to the same fields.
    QCOMPARE(CanonicalValue::toBytes(decodeFields(kApple)), CanonicalValue::toBytes(f));
}

void TestVCardCodec::decodeMeta()
{
    const QByteArray raw = "BEGIN:VCARD\nVERSION:3.0\nFN:X\nCLASS:confidential\nCATEGORIES:a, b\nCATEGORIES:b,c\nUID:u-1\nEND:VCARD\n";
    const auto r = VCardCodec().decode(raw, contacts());
    QVERIFY(r.ok());
    QCOMPARE(r->uid, QStringLiteral("u-1"));
    QVERIFY(r->isPrivate);
    QCOMPARE(r->categories, (QStringList{"a", "b", "c"}));
    const auto pub = VCardCodec().decode("BEGIN:VCARD\nVERSION:3.0\nCLASS:PUBLIC\nEND:VCARD\n", contacts());
    QVERIFY(pub.ok());
    QVERIFY(!pub->isPrivate);
}

void TestVCardCodec::birthday_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("date");
    QTest::newRow("extended") << QByteArray("BDAY:1980-01-15") << "1980-01-15";
    QTest::newRow("basic") << QByteArray("BDAY:19800115") << "1980-01-15";
    QTest::newRow("date-time") << QByteArray("BDAY:1980-01-15T00:00:00Z") << "1980-01-15";
    QTest::newRow("value-date") << QByteArray("BDAY;VALUE=date:1980-01-15") << "1980-01-15";
    QTest::newRow("no-year") << QByteArray("BDAY:--0115") << "";
    QTest::newRow("text") << QByteArray("BDAY;VALUE=text:circa 1800") << "";
}

void TestVCardCodec::birthday()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, date);
    const QByteArray raw = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:X\r\n" + line + "\r\nEND:VCARD\r\n";
    const QJsonObject f = decodeFields(raw);
    QCOMPARE(f.value("Date_of_Birth").toString(), date);
    // Whatever form it had, writing the decoded fields back changes nothing.
    const auto again = VCardCodec().encode(f, raw, contacts(), {});
    QVERIFY(again.ok());
    QCOMPARE(again.value(), raw);
}

void TestVCardCodec::faxIsNotWorkPhone()
{
    const QByteArray raw = "BEGIN:VCARD\nVERSION:2.1\nTEL;WORK;FAX:111\nTEL;WORK;VOICE:222\nEND:VCARD\n";
    const QJsonObject f = decodeFields(raw);
    QCOMPARE(f.value("Phone").toString(), QStringLiteral("222"));
    QCOMPARE(f.value("Fax").toString(), QStringLiteral("111"));
}

void TestVCardCodec::unchangedIsIdentical_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("apple") << kApple;
    QTest::newRow("lf-40") << QByteArray("BEGIN:VCARD\nVERSION:4.0\nFN:A B\nN:B;A;;;\nEMAIL;TYPE=work:a@b.c\nEND:VCARD\n");
    QTest::newRow("21-qp") << QByteArray("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=B1=B1=E7=94=B0;=E5=A4=AA=E9=83=8E\r\n"
                                         "NOTE;ENCODING=QUOTED-PRINTABLE:a=0D=0Ab=\r\nc\r\nEND:VCARD\r\n");
}

void TestVCardCodec::unchangedIsIdentical()
{
    QFETCH(QByteArray, raw);
    const QJsonObject f = decodeFields(raw);
    QVERIFY(!f.isEmpty());
    const auto out = VCardCodec().encode(f, raw, contacts(), QStringLiteral("ignored"));
    QVERIFY(out.ok());
    QCOMPARE(out.value(), raw);
}

void TestVCardCodec::crlfInFieldIsNoChange()
{
    QJsonObject f = decodeFields(kApple);
    f.insert("Description", "Met at WWDC, 2023\r\nLikes apples");
    const auto out = VCardCodec().encode(f, kApple, contacts(), {});
    QVERIFY(out.ok());
    QCOMPARE(out.value(), kApple);
}

void TestVCardCodec::changeOneField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("oldLine");
    QTest::addColumn<QByteArray>("newLine");
    QTest::newRow("email") << "Email" << "new@apple.example"
                           << QByteArray("item1.EMAIL;type=INTERNET;type=WORK;type=pref:johnny@apple.example\r")
                           << QByteArray("item1.EMAIL;type=INTERNET;type=WORK;type=pref:new@apple.example\r");
    QTest::newRow("city") << "Mailing_City" << "Palo Alto"
                          << QByteArray("ADR;type=WORK;type=pref:;;1 Apple Park Way;Cupertino;CA;95014;USA\r")
                          << QByteArray("ADR;type=WORK;type=pref:;;1 Apple Park Way;Palo Alto;CA;95014;USA\r");
    QTest::newRow("note") << "Description" << "One; two, three"
                          << QByteArray("NOTE:Met at WWDC\\, 2023\\nLikes apples\r") << QByteArray("NOTE:One\\; two\\, three\r");
    QTest::newRow("department") << "Department" << "R&D"
                                << QByteArray("ORG:Apple Inc.;Engineering\r") << QByteArray("ORG:Apple Inc.;R&D\r");
}

void TestVCardCodec::changeOneField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QByteArray, oldLine);
    QFETCH(QByteArray, newLine);
    QJsonObject f = decodeFields(kApple);
    f.insert(field, value);
    const auto out = VCardCodec().encode(f, kApple, contacts(), {});
    QVERIFY(out.ok());
    QList<QByteArray> expected = linesOf(kApple);
    const qsizetype i = expected.indexOf(oldLine);
    QVERIFY(i >= 0);
    expected[i] = newLine;
    QCOMPARE(linesOf(out.value()), expected);
    QCOMPARE(decodeFields(out.value()).value(field).toString(), value);
}

void TestVCardCodec::removeFields()
{
    QJsonObject f = decodeFields(kApple);
    f.remove("Secondary_Email");
    f.remove("Mailing_Street");
    f.insert("Mobile", QString()); // an empty string is the same as no value
    const auto out = VCardCodec().encode(f, kApple, contacts(), {});
    QVERIFY(out.ok());
    QVERIFY(!out->contains("jappleseed@home.example"));
    QVERIFY(!out->contains("555 1234"));
    QVERIFY(out->contains("ADR;type=WORK;type=pref:;;;Cupertino;CA;95014;USA\r\n"));
    QCOMPARE(linesOf(out.value()).size(), linesOf(kApple).size() - 2);
    QCOMPARE(CanonicalValue::toBytes(decodeFields(out.value())), CanonicalValue::toBytes(f));

    // Blanking every component of the address removes the property.
    for (const char *k : {"Mailing_City", "Mailing_State", "Mailing_Zip", "Mailing_Country"})
        f.remove(QLatin1String(k));
    const auto out2 = VCardCodec().encode(f, out.value(), contacts(), {});
    QVERIFY(out2.ok());
    QVERIFY(!out2->contains("ADR"));
}

void TestVCardCodec::createTypedProperty()
{
    QJsonObject f = decodeFields(kApple);
    f.insert("Home_Phone", "+1 650 555 9999");
    f.insert("Other_City", QString::fromUtf8("München"));
    const auto out = VCardCodec().encode(f, kApple, contacts(), {});
    QVERIFY(out.ok());
    QVERIFY(out->endsWith(QString::fromUtf8("TEL;TYPE=HOME:+1 650 555 9999\r\nADR;TYPE=HOME:;;;München;;;\r\nEND:VCARD\r\n").toUtf8()));
    QCOMPARE(CanonicalValue::toBytes(decodeFields(out.value())), CanonicalValue::toBytes(f));
}

void TestVCardCodec::formattedNameFollowsName()
{
    QJsonObject f = decodeFields(kApple);
    f.insert("First_Name", "John");
    auto out = VCardCodec().encode(f, kApple, contacts(), {});
    QVERIFY(out.ok());
    QVERIFY(out->contains("\r\nFN:John Appleseed\r\n"));
    // A formatted name the user chose himself is left alone.
    QByteArray custom = kApple;
    custom.replace("FN:Johnny Appleseed", "FN:The Apple Guy");
    out = VCardCodec().encode(f, custom, contacts(), {});
    QVERIFY(out.ok());
    QVERIFY(out->contains("\r\nFN:The Apple Guy\r\n"));
}

void TestVCardCodec::japaneseKeepsPhonetics()
{
    const QByteArray raw = QString::fromUtf8("BEGIN:VCARD\r\nVERSION:3.0\r\nN:田中;裕子;;;\r\nFN:田中裕子\r\n"
                                             "SORT-STRING:たなか ゆうこ\r\nX-PHONETIC-FIRST-NAME:ゆうこ\r\n"
                                             "X-PHONETIC-LAST-NAME:たなか\r\nEND:VCARD\r\n").toUtf8();
    QJsonObject f = decodeFields(raw);
    f.insert("First_Name", QString::fromUtf8("優子"));
    const auto out = VCardCodec().encode(f, raw, contacts(), {});
    QVERIFY(out.ok());
    // N and the FN derived from it change; the readings nobody mapped stay as they were.
    QCOMPARE(out.value(), QString::fromUtf8("BEGIN:VCARD\r\nVERSION:3.0\r\nN:田中;優子;;;\r\nFN:田中優子\r\n"
                                            "SORT-STRING:たなか ゆうこ\r\nX-PHONETIC-FIRST-NAME:ゆうこ\r\n"
                                            "X-PHONETIC-LAST-NAME:たなか\r\nEND:VCARD\r\n").toUtf8());
    // Mapped, the phonetic name is an ordinary text field.
    const FieldMap map({FieldMapping{"Furigana", "X-PHONETIC-FIRST-NAME"}});
    const auto mapped = VCardCodec().encode(QJsonObject{{"Furigana", QString::fromUtf8("まさこ")}}, raw, map, {});
    QVERIFY(mapped.ok());
    QVERIFY(mapped->contains(QString::fromUtf8("\r\nX-PHONETIC-FIRST-NAME:まさこ\r\n").toUtf8()));
    QVERIFY(mapped->contains(QString::fromUtf8("SORT-STRING:たなか ゆうこ\r\n").toUtf8()));
}

void TestVCardCodec::version40Syntax()
{
    const QByteArray raw = "BEGIN:VCARD\nVERSION:4.0\nFN:A B\nN:B;A;;;\nTEL;VALUE=uri;TYPE=cell:tel:+1-555-0100\nEND:VCARD\n";
    QJsonObject f = decodeFields(raw);
    QCOMPARE(f.value("Mobile").toString(), QStringLiteral("+1-555-0100"));
    f.insert("Date_of_Birth", "1975-06-30");
    f.insert("Email", "a@b.example");
    f.insert("Mobile", "+1 555 0199");
    const auto out = VCardCodec().encode(f, raw, contacts(), {});
    QVERIFY(out.ok());
    QCOMPARE(out.value(), QByteArray("BEGIN:VCARD\nVERSION:4.0\nFN:A B\nN:B;A;;;\nTEL;TYPE=cell:+1 555 0199\n"
                                     "EMAIL;TYPE=work:a@b.example\nBDAY:19750630\nEND:VCARD\n"));
}

void TestVCardCodec::version21IsUpgraded()
{
    const QByteArray raw = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS:\x8eR\x93\x63;\x91\xbe\x98Y\r\n"
                           "FN;CHARSET=SHIFT_JIS:\x8eR\x93\x63\x91\xbe\x98Y\r\nTEL;WORK;VOICE:03-1234-5678\r\nEND:VCARD\r\n";
    QJsonObject f = decodeFields(raw);
    QCOMPARE(f.value("Last_Name").toString(), QString::fromUtf8("山田"));
    QCOMPARE(f.value("First_Name").toString(), QString::fromUtf8("太郎"));
    f.insert("First_Name", QString::fromUtf8("花子"));
    const auto out = VCardCodec().encode(f, raw, contacts(), {});
    QVERIFY(out.ok());
    QCOMPARE(out.value(), QString::fromUtf8("BEGIN:VCARD\r\nVERSION:3.0\r\nN:山田;花子;;;\r\nFN:山田花子\r\n"
                                            "TEL;TYPE=WORK;TYPE=VOICE:03-1234-5678\r\nEND:VCARD\r\n").toUtf8());
}

void TestVCardCodec::newCard_data()
{
    QTest::addColumn<int>("module");
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<QString>("fn");
    QTest::newRow("contact") << int(ModuleInfo::Module::Contacts)
                             << QJsonObject{{"First_Name", "Ada"}, {"Last_Name", "Lovelace"}, {"Email", "ada@example.org"},
                                            {"Mailing_City", "London"}, {"Date_of_Birth", "1815-12-10"},
                                            {"Description", "Line 1\nLine 2; with, specials \\ "}}
                             << "Ada Lovelace";
    QTest::newRow("japanese") << int(ModuleInfo::Module::Contacts)
                              << QJsonObject{{"First_Name", QString::fromUtf8("太郎")}, {"Last_Name", QString::fromUtf8("山田")},
                                             {"Mobile", "090-1234-5678"}}
                              << QString::fromUtf8("山田太郎");
    QTest::newRow("vendor") << int(ModuleInfo::Module::Vendors)
                            << QJsonObject{{"Vendor_Name", "Acme, Inc."}, {"Phone", "+1 555 0100"}, {"Website", "https://acme.example/"}}
                            << "Acme, Inc.";
    QTest::newRow("lead-no-name") << int(ModuleInfo::Module::Leads)
                                  << QJsonObject{{"Email", "x@y.example"}} << "x@y.example";
}

void TestVCardCodec::newCard()
{
    QFETCH(int, module);
    QFETCH(QJsonObject, fields);
    QFETCH(QString, fn);
    const FieldMap map = FieldMap::defaultFor(ModuleInfo::Module(module));
    const auto out = VCardCodec().encode(fields, {}, map, QStringLiteral("uid-42"));
    QVERIFY(out.ok());
    QVERIFY(out->startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:"));
    QVERIFY(out->endsWith("UID:uid-42\r\nEND:VCARD\r\n"));
    const auto parsed = VCardParser::parse(out.value(), QStringLiteral("new"));
    QVERIFY(parsed.ok());
    const VCard &card = parsed->constFirst();
    QCOMPARE(card.first(u"FN")->text(), fn);
    QVERIFY(card.first(u"N"));
    QCOMPARE(card.properties().at(2).name(), QStringLiteral("N"));
    const auto decoded = VCardCodec().decode(out.value(), map);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->uid, QStringLiteral("uid-42"));
    QCOMPARE(QJsonDocument(decoded->fields).toJson(), QJsonDocument(fields).toJson());
}

void TestVCardCodec::invalidPath()
{
    const FieldMap map({FieldMapping{"Custom", "ADR;TYPE=work.nonsense"}});
    const auto r = VCardCodec().decode(kApple, map);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, Error::Category::Config);
    QVERIFY(r.error().userMessage.contains("Custom"));
}

void TestVCardCodec::brokenOriginal()
{
    const auto r = VCardCodec().encode({}, "BEGIN:VCARD\nEND:VCARD\nEND:VCARD\n", contacts(), {});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, Error::Category::Data);
    QVERIFY(r.error().userMessage.contains("line 3"));
}

QTEST_GUILESS_MAIN(TestVCardCodec)
#include "tst_vcardcodec.moc"
