// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/vcard/vcardparser.h"
#include "formats/vcard/vcardwriter.h"

#include <QStringEncoder>
#include <QTest>

using namespace crmsync;

class TestVCardParser : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void parameters_data();
    void parameters();
    void groups();
    void structured();
    void quotedPrintable();
    void charset_data();
    void charset();
    void photoKeptIntact();
    void multipleCards();
    void lenient_data();
    void lenient();
    void errors_data();
    void errors();
    void modifiedPropertyReserialised();
    void convert21To30();
};

static VCard parseOne(const QByteArray &data)
{
    const auto r = VCardParser::parse(data, QStringLiteral("test.vcf"));
    if (!r.ok())
        qWarning() << r.error().userMessage;
    return r.ok() && !r->isEmpty() ? r->constFirst() : VCard();
}

void TestVCardParser::roundTrip_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("crlf") << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:John Doe\r\nN:Doe;John;;;\r\nEND:VCARD\r\n");
    QTest::newRow("lf") << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN:John Doe\nEND:VCARD\n");
    QTest::newRow("no-final-newline") << QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nEND:VCARD");
    QTest::newRow("odd-folding") << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:a\r\n  b\r\n\tc\r\nEND:VCARD\r\n");
    QTest::newRow("blank-lines") << QByteArray("\r\nBEGIN:VCARD\r\nVERSION:3.0\r\n\r\nFN:A\r\nEND:VCARD\r\n\r\n\r\n");
    QTest::newRow("lowercase") << QByteArray("begin:vcard\nversion:3.0\nfn;charset=utf-8:A\nend:vcard\n");
    QTest::newRow("mixed-endings") << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\nFN:A\r\nEND:VCARD\n");
}

void TestVCardParser::roundTrip()
{
    QFETCH(QByteArray, input);
    const auto r = VCardParser::parse(input, QStringLiteral("x.vcf"));
    QVERIFY2(r.ok(), qPrintable(r.error().userMessage));
    QCOMPARE(VCardWriter::write(*r), input);
}

void TestVCardParser::parameters_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QStringList>("types");
    QTest::newRow("comma") << QByteArray("TEL;TYPE=work,voice:1") << QStringList{"work", "voice"};
    QTest::newRow("repeated") << QByteArray("TEL;TYPE=work;TYPE=voice:1") << QStringList{"work", "voice"};
    QTest::newRow("lower-name") << QByteArray("TEL;type=WORK;type=pref:1") << QStringList{"work", "pref"};
    QTest::newRow("bare-21") << QByteArray("TEL;WORK;VOICE:1") << QStringList{"work", "voice"};
    QTest::newRow("quoted") << QByteArray("TEL;TYPE=\"work,voice\":1") << QStringList{"work", "voice"};
    QTest::newRow("none") << QByteArray("TEL:1") << QStringList{};
}

void TestVCardParser::parameters()
{
    QFETCH(QByteArray, line);
    QFETCH(QStringList, types);
    const VCard card = parseOne("BEGIN:VCARD\r\nVERSION:3.0\r\n" + line + "\r\nEND:VCARD\r\n");
    const VCardProperty *tel = card.first(u"tel");
    QVERIFY(tel);
    QCOMPARE(tel->types(), types);
    QCOMPARE(tel->text(), QStringLiteral("1"));
}

void TestVCardParser::groups()
{
    const VCard card = parseOne("BEGIN:VCARD\r\nVERSION:3.0\r\nitem1.EMAIL;type=INTERNET:a@b.c\r\n"
                                "item1.X-ABLabel:_$!<Other>!$_\r\nitem2.URL:http\\://x.org\r\n"
                                "LABEL;TYPE=\"a;b:c\":x\r\nEND:VCARD\r\n");
    QCOMPARE(card.properties().size(), 5);
    QCOMPARE(card.properties().at(1).group(), QStringLiteral("item1"));
    QCOMPARE(card.properties().at(1).name(), QStringLiteral("EMAIL"));
    QCOMPARE(card.properties().at(2).group(), QStringLiteral("item1"));
    QCOMPARE(card.properties().at(2).text(), QStringLiteral("_$!<Other>!$_"));
    QCOMPARE(card.properties().at(3).text(), QStringLiteral("http://x.org"));
    QCOMPARE(card.properties().at(4).paramValues(u"type"), QStringList{"a;b:c"});
}

void TestVCardParser::structured()
{
    const VCard card = parseOne("BEGIN:VCARD\r\nVERSION:3.0\r\nN:O\\;Brien;Pat;;;\r\n"
                                "ADR;TYPE=work:;;1 Main St\\, Suite 2;Springfield;;12345;USA\r\n"
                                "CATEGORIES:a\\,b,c\r\nEND:VCARD\r\n");
    QCOMPARE(card.first(u"N")->components(), (QStringList{"O;Brien", "Pat", "", "", ""}));
    QCOMPARE(card.first(u"ADR")->components().at(2), QStringLiteral("1 Main St, Suite 2"));
    QCOMPARE(card.first(u"CATEGORIES")->listValues(), (QStringList{"a,b", "c"}));
}

void TestVCardParser::quotedPrintable()
{
    const VCard card = parseOne("BEGIN:VCARD\r\nVERSION:2.1\r\n"
                                "NOTE;ENCODING=QUOTED-PRINTABLE:First line=0D=0ASecond =\r\nline =3D ok\r\n"
                                "N;QUOTED-PRINTABLE;CHARSET=UTF-8:=E5=B1=B1=E7=94=B0;=E5=A4=AA=E9=83=8E\r\n"
                                "END:VCARD\r\n");
    QCOMPARE(card.first(u"NOTE")->text(), QStringLiteral("First line\r\nSecond line = ok"));
    QCOMPARE(card.first(u"N")->components(), (QStringList{QString::fromUtf8("山田"), QString::fromUtf8("太郎")}));
    QCOMPARE(card.first(u"NOTE")->line(), 3);
}

void TestVCardParser::charset_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<bool>("qp");
    QTest::newRow("sjis") << QByteArray("Shift_JIS") << false;
    QTest::newRow("sjis-upper-qp") << QByteArray("SHIFT_JIS") << true;
    QTest::newRow("iso-2022-jp") << QByteArray("ISO-2022-JP") << false;
    QTest::newRow("utf-8") << QByteArray("UTF-8") << true;
}

void TestVCardParser::charset()
{
    QFETCH(QByteArray, charset);
    QFETCH(bool, qp);
    const QString name = QString::fromUtf8("山田 太郎");
    QStringEncoder enc(charset.constData());
    QVERIFY(enc.isValid());
    QByteArray bytes = enc(name);
    if (qp) {
        QByteArray q;
        for (unsigned char c : bytes)
            q += '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
        bytes = q;
    }
    const QByteArray input = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=" + charset
        + (qp ? ";ENCODING=QUOTED-PRINTABLE" : "") + ":" + bytes + "\r\nEND:VCARD\r\n";
    const VCard card = parseOne(input);
    QVERIFY(card.first(u"FN"));
    QCOMPARE(card.first(u"FN")->text(), name);
    QCOMPARE(VCardWriter::write(card), input);
}

void TestVCardParser::photoKeptIntact()
{
    const QByteArray photo = "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U\r\n"
                             " HRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAHwAA\r\n"
                             " AQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/9oACAEBAAA/APn+v//Z\r\n";
    const QByteArray input = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n" + photo + "END:VCARD\r\n";
    VCard card = parseOne(input);
    const VCardProperty *p = card.first(u"PHOTO");
    QVERIFY(p);
    QVERIFY(p->rawValue().startsWith(QLatin1String("/9j/4AAQ")));
    QVERIFY(p->rawValue().endsWith(QLatin1String("/APn+v//Z")));
    QVERIFY(!p->rawValue().contains(QLatin1Char(' ')));
    QCOMPARE(p->original(), photo);
    // Changing another property leaves the photo's bytes alone.
    card.properties()[card.indexOf(u"FN")].setText(QStringLiteral("B"));
    QVERIFY(VCardWriter::write(card).contains(photo));
}

void TestVCardParser::multipleCards()
{
    const QByteArray input = "BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\n\nBEGIN:VCARD\nVERSION:4.0\nFN:B\nEND:VCARD\n";
    const auto r = VCardParser::parse(input, QStringLiteral("two.vcf"));
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(0).first(u"FN")->text(), QStringLiteral("A"));
    QCOMPARE(r->at(1).version(), VCardVersion::V40);
    QCOMPARE(r->at(1).lineEnding(), QByteArray("\n"));
    QCOMPARE(VCardWriter::write(*r), input);
}

void TestVCardParser::lenient_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("cards");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("no-version") << QByteArray("BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n") << 1
                                << QByteArray("BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n");
    QTest::newRow("no-begin-end") << QByteArray("VERSION:3.0\nFN:A\n") << 1
                                  << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\n");
    QTest::newRow("unterminated") << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A") << 1
                                  << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\n");
    QTest::newRow("next-begin-closes") << QByteArray("BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n") << 2
                                       << QByteArray("BEGIN:VCARD\nFN:A\nEND:VCARD\nBEGIN:VCARD\nFN:B\nEND:VCARD\n");
}

void TestVCardParser::lenient()
{
    QFETCH(QByteArray, input);
    QFETCH(int, cards);
    QFETCH(QByteArray, written);
    const auto r = VCardParser::parse(input, QStringLiteral("x.vcf"));
    QVERIFY2(r.ok(), qPrintable(r.error().userMessage));
    QCOMPARE(r->size(), cards);
    QCOMPARE(VCardWriter::write(*r), written);
}

void TestVCardParser::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("garbage") << QByteArray("BEGIN:VCARD\nVERSION:3.0\nthis is not a line\nEND:VCARD\n")
                             << "bad.vcf, line 3";
    QTest::newRow("end-without-begin") << QByteArray("BEGIN:VCARD\nEND:VCARD\nEND:VCARD\n") << "bad.vcf, line 3: END";
    QTest::newRow("bad-qp") << QByteArray("BEGIN:VCARD\nVERSION:2.1\nNOTE;ENCODING=QUOTED-PRINTABLE:a=XYb\nEND:VCARD\n")
                            << "bad.vcf, line 3: the quoted-printable value of NOTE";
    QTest::newRow("bad-charset") << QByteArray("BEGIN:VCARD\nFN;CHARSET=NO-SUCH-SET:x\nEND:VCARD\n") << "NO-SUCH-SET";
    QTest::newRow("bad-name") << QByteArray("BEGIN:VCARD\nF N:x\nEND:VCARD\n") << "line 2";
    QTest::newRow("vcalendar") << QByteArray("BEGIN:VCALENDAR\nEND:VCALENDAR\n") << "line 1: BEGIN:VCALENDAR";
    QTest::newRow("empty") << QByteArray("\n\n") << "bad.vcf: no vCard found";
    QTest::newRow("stray-continuation") << QByteArray("\n continued\n") << "line 2";
}

void TestVCardParser::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const auto r = VCardParser::parse(input, QStringLiteral("bad.vcf"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, Error::Category::Data);
    QVERIFY2(r.error().userMessage.contains(message), qPrintable(r.error().userMessage));
}

void TestVCardParser::modifiedPropertyReserialised()
{
    const QByteArray input = "BEGIN:VCARD\nVERSION:4.0\nFN:A\nNOTE:old\nEND:VCARD\n";
    VCard card = parseOne(input);
    card.properties()[card.indexOf(u"NOTE")].setText(QString::fromUtf8("Ünïcode, with; specials\nand ") + QString(80, QLatin1Char('x')));
    const QByteArray out = VCardWriter::write(card);
    QVERIFY(out.startsWith("BEGIN:VCARD\nVERSION:4.0\nFN:A\nNOTE:"));
    QVERIFY(!out.contains('\r')); // the card's own line ending
    for (const QByteArray &l : out.split('\n'))
        QVERIFY(l.size() <= 75);
    const VCard again = parseOne(out);
    QCOMPARE(again.first(u"NOTE")->text(), card.first(u"NOTE")->text());
}

void TestVCardParser::convert21To30()
{
    VCard card = parseOne("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=B1=B1=E7=94=B0;Taro\r\n"
                          "TEL;WORK;VOICE:+81 3 1234\r\nNOTE;ENCODING=QUOTED-PRINTABLE:a,b=0D=0Ac\r\n"
                          "CATEGORIES:x,y\r\nEND:VCARD\r\n");
    card.convertToVersion30();
    const QByteArray out = VCardWriter::write(card);
    QCOMPARE(out, QString::fromUtf8("BEGIN:VCARD\r\nVERSION:3.0\r\nN:山田;Taro\r\nTEL;TYPE=WORK;TYPE=VOICE:+81 3 1234\r\n"
                                    "NOTE:a\\,b\\nc\r\nCATEGORIES:x,y\r\nEND:VCARD\r\n").toUtf8());
}

QTEST_GUILESS_MAIN(TestVCardParser)
#include "tst_vcardparser.moc"
