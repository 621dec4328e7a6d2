// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/vcard/vcardtext.h"

#include <QRandomGenerator>
#include <QTest>

using namespace crmsync;

class TestVCardText : public QObject
{
    Q_OBJECT
private slots:
    void escape_data();
    void escape();
    void unescape_data();
    void unescape();
    void splitEscaped_data();
    void splitEscaped();
    void fold_data();
    void fold();
    void foldRandomUtf8();
    void unfold_data();
    void unfold();
    void quotedPrintable_data();
    void quotedPrintable();
};

void TestVCardText::escape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << "Hello" << "Hello";
    QTest::newRow("comma") << "Smith, John" << "Smith\\, John";
    QTest::newRow("semicolon") << "a;b" << "a\\;b";
    QTest::newRow("backslash") << "C:\\dir" << "C:\\\\dir";
    QTest::newRow("lf") << "line1\nline2" << "line1\\nline2";
    QTest::newRow("crlf") << "line1\r\nline2" << "line1\\nline2";
    QTest::newRow("colon-not-escaped") << "a:b" << "a:b";
    QTest::newRow("japanese") << QString::fromUtf8("山田、太郎") << QString::fromUtf8("山田、太郎");
}

void TestVCardText::escape()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(VCardText::escape(text), escaped);
    QCOMPARE(VCardText::unescape(escaped), QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")));
}

void TestVCardText::unescape_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("text");
    const int v21 = int(VCardVersion::V21), v30 = int(VCardVersion::V30), v40 = int(VCardVersion::V40);
    QTest::newRow("upper-N") << "a\\Nb" << v30 << "a\nb";
    QTest::newRow("lower-n-40") << "a\\nb" << v40 << "a\nb";
    QTest::newRow("apple-colon") << "http\\://x" << v30 << "http://x";
    QTest::newRow("unknown-kept") << "a\\qb" << v30 << "a\\qb";
    QTest::newRow("trailing-backslash") << "a\\" << v30 << "a\\";
    QTest::newRow("21-only-semicolon") << "a\\;b\\nc" << v21 << "a;b\\nc";
    QTest::newRow("21-path") << "C:\\Users" << v21 << "C:\\Users";
}

void TestVCardText::unescape()
{
    QFETCH(QString, raw);
    QFETCH(int, version);
    QFETCH(QString, text);
    QCOMPARE(VCardText::unescape(raw, VCardVersion(version)), text);
}

void TestVCardText::splitEscaped_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("n") << "Doe;John;;Dr.;" << QStringList{"Doe", "John", "", "Dr.", ""};
    QTest::newRow("escaped-sep") << "a\\;b;c" << QStringList{"a\\;b", "c"};
    QTest::newRow("escaped-backslash-then-sep") << "a\\\\;b" << QStringList{"a\\\\", "b"};
    QTest::newRow("single") << "abc" << QStringList{"abc"};
    QTest::newRow("empty") << "" << QStringList{""};
}

void TestVCardText::splitEscaped()
{
    QFETCH(QString, raw);
    QFETCH(QStringList, parts);
    QCOMPARE(VCardText::splitEscaped(raw, QLatin1Char(';')), parts);
}

void TestVCardText::fold_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("physicalLines");
    QTest::newRow("short") << QByteArray("FN:John") << 1;
    QTest::newRow("exactly-75") << QByteArray("NOTE:" + QByteArray(70, 'x')) << 1;
    QTest::newRow("76") << QByteArray("NOTE:" + QByteArray(71, 'x')) << 2;
    QTest::newRow("long-ascii") << QByteArray("NOTE:" + QByteArray(300, 'y')) << 5;
    // 3-byte characters whose boundaries do not fall on 75: the fold must step back.
    QTest::newRow("cjk") << QByteArray("NOTE:" + QString(60, QChar(0x65E5)).toUtf8()) << 3;
    QTest::newRow("emoji") << QByteArray("NOTE:a" + QString::fromUtf8("😀").repeated(40).toUtf8()) << 3;
}

void TestVCardText::fold()
{
    QFETCH(QByteArray, line);
    QFETCH(int, physicalLines);
    const QByteArray folded = VCardText::fold(line, "\r\n");
    QVERIFY(folded.endsWith("\r\n"));
    const QList<QByteArray> parts = folded.chopped(2).split('\n');
    QCOMPARE(parts.size(), physicalLines);
    for (int i = 0; i < parts.size(); ++i) {
        QByteArray p = parts.at(i);
        if (p.endsWith('\r'))
            p.chop(1);
        QVERIFY2(p.size() <= VCardText::FoldLimit, p.constData());
        if (i > 0)
            QVERIFY(p.startsWith(' '));
        // Every physical line is valid UTF-8 on its own: nothing was cut mid-sequence.
        const QByteArray body = i > 0 ? p.mid(1) : p;
        QCOMPARE(QString::fromUtf8(body).toUtf8(), body);
    }
    QCOMPARE(VCardText::unfold(folded), line + "\r\n");
    QCOMPARE(VCardText::unfold(VCardText::fold(line, "\n")), line + "\n");
}

void TestVCardText::foldRandomUtf8()
{
    QRandomGenerator rng(20261122);
    const char32_t pool[] = {U'a', U'Z', U' ', U'é', U'ß', U'日', U'本', U'語', U'😀', U'\\', U';'};
    for (int round = 0; round < 300; ++round) {
        QString s = QStringLiteral("NOTE:");
        const int len = rng.bounded(0, 200);
        for (int k = 0; k < len; ++k) {
            const char32_t c = pool[rng.bounded(int(std::size(pool)))];
            s += QString::fromUcs4(&c, 1);
        }
        const QByteArray line = s.toUtf8();
        const QByteArray folded = VCardText::fold(line, "\r\n");
        for (const QByteArray &p : folded.split('\n')) {
            QVERIFY(p.size() <= VCardText::FoldLimit + 1); // + the CR
            QCOMPARE(QString::fromUtf8(p.trimmed()).toUtf8(), p.trimmed());
        }
        QCOMPARE(VCardText::unfold(folded).chopped(2), line);
    }
}

void TestVCardText::unfold_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("crlf-space") << QByteArray("NOTE:ab\r\n cd\r\n") << QByteArray("NOTE:abcd\r\n");
    QTest::newRow("lf-tab") << QByteArray("NOTE:ab\n\tcd\n") << QByteArray("NOTE:abcd\n");
    QTest::newRow("only-one-space-removed") << QByteArray("NOTE:ab\r\n  cd") << QByteArray("NOTE:ab cd");
    QTest::newRow("no-fold") << QByteArray("A:1\r\nB:2\r\n") << QByteArray("A:1\r\nB:2\r\n");
}

void TestVCardText::unfold()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, output);
    QCOMPARE(VCardText::unfold(input), output);
}

void TestVCardText::quotedPrintable_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("plain") << QByteArray("abc") << true << QByteArray("abc");
    QTest::newRow("hex") << QByteArray("=E5=B1=B1=E7=94=B0") << true << QString::fromUtf8("山田").toUtf8();
    QTest::newRow("lower-hex") << QByteArray("=e5=b1=b1") << true << QByteArray("\xe5\xb1\xb1");
    QTest::newRow("crlf") << QByteArray("a=0D=0Ab") << true << QByteArray("a\r\nb");
    QTest::newRow("soft-break-crlf") << QByteArray("ab=\r\ncd") << true << QByteArray("abcd");
    QTest::newRow("soft-break-lf") << QByteArray("ab=\ncd") << true << QByteArray("abcd");
    QTest::newRow("trailing-equals") << QByteArray("ab=") << true << QByteArray("ab");
    QTest::newRow("bad-hex") << QByteArray("a=ZZb") << false << QByteArray();
    QTest::newRow("truncated") << QByteArray("a=4") << false << QByteArray();
}

void TestVCardText::quotedPrintable()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, valid);
    QFETCH(QByteArray, output);
    const auto decoded = VCardText::decodeQuotedPrintable(input);
    QCOMPARE(decoded.has_value(), valid);
    if (valid)
        QCOMPARE(*decoded, output);
}

QTEST_GUILESS_MAIN(TestVCardText)
#include "tst_vcardtext.moc"
