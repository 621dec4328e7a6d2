// SPDX-License-Identifier: GPL-3.0-or-later
// Fidelity with real clients' items on a real server (ARCHITECTURE.md "Fidelity"): each
// golden file of tests/data/interop (see its README for where each shape comes from) is
// PUT to Radicale or Xandikos (CRMSYNC_DAV_SERVER, as in tst_dav_contract), read back
// through DavStore, edited through our codec the way a sync does when the CRM changes one
// mapped field, written back with If-Match, and read again. Every other property — with
// its parameters — every VALARM, ATTENDEE, RRULE/EXDATE, RECURRENCE-ID override and TZID
// must be unchanged. Property lists are compared, not bytes: servers may refold.
#include "connectors/dav/davstore.h"
#include "davserverprocess.h"
#include "davtesthelpers.h"
#include "formats/ical/icalcodec.h"
#include "formats/vcard/vcardcodec.h"
#include "model/fieldmap.h"
#include "net/networkcontext.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace crmsync;
using namespace crmsync::davtest;

namespace {

//! One content line, normalised: "PATH|GROUP.NAME;P1=v;P2=v:value" with upper-case names
//! and sorted parameters, so that parameter order is not a difference.
struct Property
{
    QString path;
    QString name;
    QStringList params;
    QString value;
    QString key() const { return path + QLatin1Char('|') + name + QLatin1Char(';') + params.join(QLatin1Char(';')) + QLatin1Char(':') + value; }
};

//! Splits \a text on \a sep outside double quotes (RFC 6350 §3.3, RFC 5545 §3.1 param values).
QStringList splitUnquoted(const QString &text, QChar sep, int max = -1)
{
    QStringList out;
    QString cur;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == sep && !quoted && (max < 0 || out.size() < max - 1)) {
            out << cur;
            cur.clear();
            continue;
        }
        cur += c;
    }
    out << cur;
    return out;
}

/*!
 * The properties of a vCard or iCalendar payload with the component path each lives in.
 * A VEVENT/VTODO that has a RECURRENCE-ID is named by it ("VEVENT[RID=…]"), so an override's
 * SUMMARY is never confused with the master's.
 */
QList<Property> properties(const QByteArray &raw)
{
    QString text = QString::fromUtf8(raw);
    text.replace(QRegularExpression(QStringLiteral("\r?\n[ \t]")), QString()); // unfold
    struct Node { QString name; QList<Property> props; QString rid; };
    QList<Node> stack;
    QList<Property> out;
    for (const QString &line : text.split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts)) {
        const QStringList nv = splitUnquoted(line, QLatin1Char(':'), 2);
        QStringList head = splitUnquoted(nv.first(), QLatin1Char(';'));
        const QString name = head.takeFirst().toUpper();
        const QString value = nv.value(1);
        if (name == QLatin1String("BEGIN")) {
            stack.append({value.toUpper(), {}, {}});
            continue;
        }
        if (name == QLatin1String("END")) {
            if (stack.isEmpty())
                break;
            Node done = stack.takeLast();
            QStringList path;
            for (const Node &n : std::as_const(stack))
                path << n.name + (n.rid.isEmpty() ? QString() : QStringLiteral("[RID=%1]").arg(n.rid));
            path << done.name + (done.rid.isEmpty() ? QString() : QStringLiteral("[RID=%1]").arg(done.rid));
            for (Property &p : done.props) {
                p.path = path.join(QLatin1Char('/'));
                out << p;
            }
            continue;
        }
        if (stack.isEmpty())
            continue;
        Property p;
        p.name = name;
        for (const QString &param : std::as_const(head)) {
            const qsizetype eq = param.indexOf(QLatin1Char('='));
            p.params << (eq < 0 ? param.toUpper() : param.left(eq).toUpper() + param.mid(eq));
        }
        // libical leaves out a VALUE parameter that names the property's default type when
        // it writes (URL: URI, RFC 5545 §3.8.4.6; TRIGGER: DURATION, §3.8.6.3): the same
        // property, so not a difference.
        const QString defaultValue = name == QLatin1String("URL") ? QStringLiteral("VALUE=URI")
            : name == QLatin1String("TRIGGER")                    ? QStringLiteral("VALUE=DURATION")
                                                                  : QString();
        if (!defaultValue.isEmpty())
            p.params.removeIf([&](const QString &v) { return v.compare(defaultValue, Qt::CaseInsensitive) == 0; });
        p.params.sort();
        p.value = value;
        // Rule parts are unordered (RFC 5545 §3.3.10) and libical writes them in its own
        // order, e.g. in a VTIMEZONE it re-serialises: compare them as a set.
        if (name == QLatin1String("RRULE")) {
            QStringList parts = value.split(QLatin1Char(';'));
            parts.sort();
            p.value = parts.join(QLatin1Char(';'));
        }
        if (name == QLatin1String("RECURRENCE-ID"))
            stack.last().rid = value;
        stack.last().props << p;
    }
    return out;
}

//! What our codec may touch on an edit besides the mapped property: the change stamps of
//! the edited (master) component (RFC 5545 §3.8.7) and the card's REV (RFC 6350 §6.7.4).
bool isStamp(const Property &p)
{
    static const QStringList stamps{QStringLiteral("DTSTAMP"), QStringLiteral("LAST-MODIFIED"),
                                    QStringLiteral("SEQUENCE"), QStringLiteral("REV")};
    return !p.path.contains(QLatin1String("[RID=")) && !p.path.contains(QLatin1String("VALARM"))
        && stamps.contains(p.name);
}

QStringList keys(const QList<Property> &props)
{
    QStringList out;
    for (const Property &p : props) {
        if (!isStamp(p))
            out << p.key();
    }
    return out;
}

//! a − b as multisets.
QStringList minus(QStringList a, const QStringList &b)
{
    for (const QString &k : b)
        a.removeOne(k);
    return a;
}

} // namespace

class TestDavInterop : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        bool ok = false;
        const auto which = DavServerProcess::fromName(qEnvironmentVariable("CRMSYNC_DAV_SERVER", QStringLiteral("radicale")), &ok);
        QVERIFY2(ok, "CRMSYNC_DAV_SERVER must be radicale or xandikos");
        m_server = std::make_unique<DavServerProcess>(which);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }
    void cleanup() { m_server.reset(); }

    void editOneMappedFieldKeepsTheRest_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("module");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("property");
        using M = ModuleInfo::Module;
        const auto row = [](const char *tag, const char *file, M m, const char *field, const QString &value, const char *prop) {
            QTest::newRow(tag) << QString::fromLatin1(file) << int(m) << QString::fromLatin1(field) << value << QString::fromLatin1(prop);
        };
        row("apple card title", "apple-contacts.vcf", M::Contacts, "Title", QStringLiteral("部長"), "TITLE");
        row("apple card phone", "apple-contacts.vcf", M::Contacts, "Phone", QStringLiteral("+81-3-1234-0000"), "TEL");
        row("google card title", "google-contacts.vcf", M::Contacts, "Title", QStringLiteral("係長"), "TITLE");
        row("google card mobile", "google-contacts.vcf", M::Contacts, "Mobile", QStringLiteral("090-9999-8888"), "TEL");
        row("thunderbird card title", "thunderbird-cardbook.vcf", M::Contacts, "Title", QStringLiteral("主任エンジニア"), "TITLE");
        row("thunderbird card phone", "thunderbird-cardbook.vcf", M::Contacts, "Phone", QStringLiteral("+81-52-000-9999"), "TEL");
        row("outlook card title", "outlook-contacts.vcf", M::Contacts, "Title", QStringLiteral("本部長"), "TITLE");
        row("outlook card phone", "outlook-contacts.vcf", M::Contacts, "Phone", QStringLiteral("+81 (3) 5555-0000"), "TEL");
        row("apple event title", "apple-calendar.ics", M::Events, "Event_Title", QStringLiteral("取引先訪問（変更）"), "SUMMARY");
        row("apple event venue", "apple-calendar.ics", M::Events, "Venue", QStringLiteral("本社 3F"), "LOCATION");
        row("google event title", "google-calendar.ics", M::Events, "Event_Title", QStringLiteral("週次定例"), "SUMMARY");
        row("thunderbird event title", "thunderbird-event.ics", M::Events, "Event_Title", QStringLiteral("プロジェクト会議"), "SUMMARY");
        row("thunderbird todo subject", "thunderbird-todo.ics", M::Tasks, "Subject", QStringLiteral("見積書を再作成"), "SUMMARY");
        row("outlook event title", "outlook-calendar.ics", M::Events, "Event_Title", QStringLiteral("四半期レビュー（延期）"), "SUMMARY");
    }

    void editOneMappedFieldKeepsTheRest()
    {
        QFETCH(QString, file);
        QFETCH(int, module);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, property);

        QFile in(QStringLiteral(CRMSYNC_TEST_DATA_DIR "/interop/") + file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray golden = in.readAll();
        const ModuleInfo info = ModuleInfo::of(ModuleInfo::Module(module));
        const FieldMap map = FieldMap::defaultFor(info.module());
        std::unique_ptr<ItemCodec> codec;
        if (info.isCard())
            codec = std::make_unique<VCardCodec>();
        else
            codec = std::make_unique<ICalCodec>(info.format());

        NetworkContext context;
        DavCollection c;
        c.kind = info.isCard() ? DavCollection::Kind::AddressBook : DavCollection::Kind::Calendar;
        c.url = info.isCard() ? m_server->addressBookUrl() : m_server->calendarUrl();
        c.username = m_server->username();
        c.password = m_server->password();
        c.context = &context;
        DavStore store(c);

        // The client's item on the server, as a sync reads it.
        auto created = run(store.write({create(file, golden)}));
        QVERIFY2(!created->hasError() && created->results().constFirst().ok(),
                 qPrintable(created->error().detail + created->results().value(0).error.detail));
        const QString id = created->results().constFirst().id;
        auto fetched = run(store.fetch({id}));
        QCOMPARE(fetched->items().size(), 1);
        const Item before = fetched->items().constFirst();
        const QList<Property> beforeProps = properties(before.raw);
        QVERIFY(beforeProps.size() > 10);

        // The CRM changed one mapped field: decode, patch, encode over the original, write.
        const auto decoded = codec->decode(before.raw, map);
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().userMessage + QLatin1Char(' ') + decoded.error().detail));
        QJsonObject fields = decoded->fields;
        QVERIFY2(fields.value(field) != QJsonValue(value), "the row must change something");
        fields.insert(field, value);
        const auto encoded = codec->encode(fields, before.raw, map, decoded->uid);
        QVERIFY2(encoded, qPrintable(encoded ? QString() : encoded.error().detail));
        auto written = run(store.write({update(id, before.version, encoded.value())}));
        QVERIFY2(!written->hasError() && written->results().constFirst().ok(),
                 qPrintable(written->error().detail + written->results().value(0).error.detail));
        auto refetched = run(store.fetch({id}));
        QCOMPARE(refetched->items().size(), 1);
        const QByteArray after = refetched->items().constFirst().raw;

        // Exactly one property differs: the mapped one, with its parameters and group kept.
        const QStringList removed = minus(keys(beforeProps), keys(properties(after)));
        const QStringList added = minus(keys(properties(after)), keys(beforeProps));
        const QString diff = QStringLiteral("\nremoved: %1\nadded: %2\n--- after:\n%3")
                                 .arg(removed.join(QStringLiteral("\n         ")), added.join(QStringLiteral("\n       ")),
                                      QString::fromUtf8(after));
        QVERIFY2(added.size() == 1 && removed.size() <= 1, qPrintable(diff));
        const QString newKey = added.constFirst();
        const QString prefix = newKey.section(QLatin1Char('|'), 1).section(QLatin1Char(':'), 0, 0);
        QVERIFY2(prefix.section(QLatin1Char(';'), 0, 0).section(QLatin1Char('.'), -1) == property, qPrintable(diff));
        QVERIFY2(newKey.endsWith(QLatin1Char(':') + value), qPrintable(diff));
        if (!removed.isEmpty()) {
            const QString oldPrefix = removed.constFirst().section(QLatin1Char(':'), 0, 0);
            QVERIFY2(oldPrefix == newKey.section(QLatin1Char(':'), 0, 0), qPrintable(diff));
        }

        // And the item reads back with the edit and every other mapped value as before.
        const auto reread = codec->decode(after, map);
        QVERIFY(reread);
        QCOMPARE(reread->fields, fields);
        QCOMPARE(reread->uid, decoded->uid);
    }

private:
    std::unique_ptr<DavServerProcess> m_server;
};

QTEST_GUILESS_MAIN(TestDavInterop)
#include "tst_dav_interop.moc"
