// SPDX-License-Identifier: GPL-3.0-or-later
// ParseLimits: each limit of the vCard, iCalendar and Zoho JSON readers, just under it
// (parses) and just over it (a Data error naming the item and the limit).
#include "connectors/zoho/zohorecordcodec.h"
#include "formats/ical/icaldocument.h"
#include "formats/parselimits.h"
#include "formats/vcard/vcardparser.h"

#include <QTest>

using namespace crmsync;

namespace {

using L = ParseLimits;

QByteArray card(const QByteArray &body)
{
    return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\n" + body + "END:VCARD\r\n";
}

QByteArray calendarEvent(const QByteArray &body, const QByteArray &around = {}, const QByteArray &after = {})
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n" + around + "BEGIN:VEVENT\r\nUID:limits-1\r\n"
           "DTSTAMP:20250101T000000Z\r\nDTSTART:20250505T100000Z\r\n" + body + "END:VEVENT\r\n" + after + "END:VCALENDAR\r\n";
}

//! A property line "NAME:aaa…\r\n" of exactly \a total bytes with its line break.
QByteArray lineOf(const QByteArray &name, qsizetype total)
{
    return name + ':' + QByteArray(total - name.size() - 3, 'a') + "\r\n";
}

//! A property line whose value is folded into pieces of at most \a piece bytes; its
//! unfolded length (without line break) is \a unfolded.
QByteArray foldedLine(const QByteArray &name, qsizetype unfolded, qsizetype piece)
{
    QByteArray out = name + ':';
    qsizetype left = unfolded - out.size();
    bool firstPiece = true;
    while (left > 0) {
        const qsizetype n = std::min(left, piece);
        out += (firstPiece ? QByteArray() : QByteArray(" ")) + QByteArray(n, 'b') + "\r\n";
        firstPiece = false;
        left -= n;
    }
    return out;
}

QByteArray repeated(const QByteArray &line, int times)
{
    QByteArray out;
    out.reserve(line.size() * times);
    for (int i = 0; i < times; ++i)
        out += line;
    return out;
}

QByteArray withParameters(const QByteArray &name, int count, qsizetype paramBytes)
{
    QByteArray out = name;
    for (int i = 0; i < count; ++i)
        out += ";X-P=" + QByteArray(paramBytes - 4, 'p');
    return out + ":value\r\n";
}

QByteArray nested(int depth)
{
    // VCALENDAR and VEVENT are 2 levels; X- components below VEVENT make up the rest.
    QByteArray open, close;
    for (int i = 2; i < depth; ++i) {
        open += "BEGIN:X-LEVEL\r\n";
        close += "END:X-LEVEL\r\n";
    }
    return open + close;
}

QByteArray json(int depth, qsizetype padTo = 0)
{
    const QByteArray inner = depth > 1 ? QByteArray(depth - 1, '[') + QByteArray(depth - 1, ']') : QByteArray("0");
    QByteArray out = "{\"id\":\"1\",\"Last_Name\":\"Doe\",\"X\":" + inner + ",\"Pad\":\"";
    const QByteArray end = "\"}";
    if (padTo > out.size() + end.size())
        out += QByteArray(padTo - out.size() - end.size(), 'x');
    return out + end;
}

// Three physical lines of 8 MiB are each under the line limit, together over the item limit.
const qsizetype bigLine = 8 * 1024 * 1024;

} // namespace

class TestParseLimits : public QObject
{
    Q_OBJECT
private slots:
    void vcard_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("limit"); // empty: parses
        const QString line = L::number(L::MaxLineBytes);
        QTest::newRow("line at limit") << card(lineOf("NOTE", L::MaxLineBytes)) << QString();
        QTest::newRow("line over limit") << card(lineOf("NOTE", L::MaxLineBytes + 1)) << line;
        QTest::newRow("unfolded at limit") << card(foldedLine("NOTE", L::MaxLineBytes, 1000000)) << QString();
        QTest::newRow("unfolded over limit") << card(foldedLine("NOTE", L::MaxLineBytes + 1, 1000000)) << line;
        QTest::newRow("quoted-printable over limit")
            << card("NOTE;ENCODING=QUOTED-PRINTABLE:" + repeated(QByteArray(999999, 'q') + "=\r\n", 11) + "q\r\n") << line;
        QTest::newRow("item under limit") << card(repeated(lineOf("NOTE", bigLine), 2)) << QString();
        QTest::newRow("item over limit") << card(repeated(lineOf("NOTE", bigLine), 3)) << L::number(L::MaxItemBytes);
        // VERSION and FN make two.
        QTest::newRow("properties at limit") << card(repeated("NOTE:n\r\n", L::MaxVCardProperties - 2)) << QString();
        QTest::newRow("properties over limit") << card(repeated("NOTE:n\r\n", L::MaxVCardProperties - 1))
                                               << L::number(L::MaxVCardProperties);
        QTest::newRow("parameters at limit") << card(withParameters("NOTE", L::MaxParameters, 10)) << QString();
        QTest::newRow("parameters over limit") << card(withParameters("NOTE", L::MaxParameters + 1, 10))
                                               << L::number(L::MaxParameters);
        QTest::newRow("parameter at length limit") << card(withParameters("NOTE", 1, L::MaxParameterBytes)) << QString();
        QTest::newRow("parameter over length limit") << card(withParameters("NOTE", 1, L::MaxParameterBytes + 1))
                                                     << L::number(L::MaxParameterBytes);
    }
    void vcard()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, limit);
        const Result<QList<VCard>> parsed = VCardParser::parse(data, QStringLiteral("hostile.vcf"));
        if (limit.isEmpty()) {
            QVERIFY2(parsed.ok(), qPrintable(parsed.error().userMessage));
            QCOMPARE(parsed.value().size(), 1);
            return;
        }
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().category, Error::Category::Data);
        QVERIFY2(parsed.error().userMessage.contains(limit), qPrintable(parsed.error().userMessage));
        QVERIFY2(parsed.error().userMessage.contains(QLatin1String("hostile.vcf")), qPrintable(parsed.error().userMessage));
    }

    // A vCard 2.1 AGENT or any BEGIN:VCARD inside a card ends the open card: the reader
    // never nests, so depth cannot grow (docs/vcard.md "Limits").
    void vcardNestingIsFlat()
    {
        const int depth = 10000;
        const Result<QList<VCard>> parsed = VCardParser::parse(repeated("BEGIN:VCARD\r\nAGENT:\r\n", depth), QStringLiteral("agents.vcf"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().size(), depth);
    }

    void ical_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("limit");
        const QString line = L::number(L::MaxLineBytes);
        QTest::newRow("line at limit") << calendarEvent(lineOf("DESCRIPTION", L::MaxICalPhysicalLineBytes)) << QString();
        QTest::newRow("line over limit") << calendarEvent(lineOf("DESCRIPTION", L::MaxICalPhysicalLineBytes + 1))
                                         << L::number(L::MaxICalPhysicalLineBytes);
        QTest::newRow("unfolded at limit") << calendarEvent(foldedLine("DESCRIPTION", L::MaxLineBytes, 1000000)) << QString();
        QTest::newRow("unfolded over limit") << calendarEvent(foldedLine("DESCRIPTION", L::MaxLineBytes + 1, 1000000)) << line;
        QTest::newRow("item over limit") << calendarEvent(repeated(foldedLine("X-BIG", bigLine, 75), 3))
                                         << L::number(L::MaxItemBytes);
        // The calendar and event frame take 9 content lines.
        QTest::newRow("content lines at limit") << calendarEvent(repeated("X-N:n\r\n", L::MaxICalContentLines - 9)) << QString();
        QTest::newRow("content lines over limit") << calendarEvent(repeated("X-N:n\r\n", L::MaxICalContentLines - 8))
                                                  << L::number(L::MaxICalContentLines);
        QTest::newRow("parameters at limit") << calendarEvent(withParameters("X-N", L::MaxParameters, 10)) << QString();
        QTest::newRow("parameters over limit") << calendarEvent(withParameters("X-N", L::MaxParameters + 1, 10))
                                               << L::number(L::MaxParameters);
        QTest::newRow("parameter over length limit") << calendarEvent(withParameters("X-N", 1, L::MaxParameterBytes + 1))
                                                     << L::number(L::MaxParameterBytes);
        QTest::newRow("nesting at limit") << calendarEvent(nested(L::MaxComponentDepth)) << QString();
        QTest::newRow("nesting over limit") << calendarEvent(nested(L::MaxComponentDepth + 1)) << L::number(L::MaxComponentDepth);
    }
    void ical()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, limit);
        const Result<ICalDocument> parsed = ICalDocument::parse(data, ICAL_VEVENT_COMPONENT, QStringLiteral("hostile.ics"));
        if (limit.isEmpty()) {
            QVERIFY2(parsed.ok(), qPrintable(parsed.error().userMessage));
            return;
        }
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().category, Error::Category::Data);
        QVERIFY2(parsed.error().userMessage.contains(limit), qPrintable(parsed.error().userMessage));
        QVERIFY2(parsed.error().userMessage.contains(QLatin1String("hostile.ics")), qPrintable(parsed.error().userMessage));
    }

    void zohoJson_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("limit");
        QTest::newRow("depth at limit") << json(L::MaxJsonDepth) << QString();
        QTest::newRow("depth over limit") << json(L::MaxJsonDepth + 1) << L::number(L::MaxJsonDepth);
        QTest::newRow("brackets in strings do not nest") << QByteArray("{\"id\":\"1\",\"Last_Name\":\"" + QByteArray(100, '[') + "\\\"{\"}") << QString();
        QTest::newRow("size at limit") << json(1, L::MaxJsonRecordBytes) << QString();
        QTest::newRow("size over limit") << json(1, L::MaxJsonRecordBytes + 1) << L::number(L::MaxJsonRecordBytes);
    }
    void zohoJson()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, limit);
        const ZohoRecordCodec codec(ModuleInfo::of(ModuleInfo::Module::Contacts));
        const Result<DecodedItem> decoded = codec.decode(data, FieldMap::defaultFor(ModuleInfo::Module::Contacts));
        if (limit.isEmpty()) {
            QVERIFY2(decoded.ok(), qPrintable(decoded.error().userMessage));
            QCOMPARE(decoded.value().uid, QStringLiteral("1"));
            return;
        }
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().category, Error::Category::Data);
        QVERIFY2(decoded.error().userMessage.contains(limit), qPrintable(decoded.error().userMessage));
        QVERIFY2(decoded.error().userMessage.contains(QLatin1String("Contacts")), qPrintable(decoded.error().userMessage));
    }
};

QTEST_GUILESS_MAIN(TestParseLimits)
#include "tst_parselimits.moc"
