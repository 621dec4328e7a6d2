// SPDX-License-Identifier: GPL-3.0-or-later
#include "davmultistatusparser.h"

#include <QXmlStreamReader>

namespace crmsync {

namespace {
const QString kDav = QStringLiteral("DAV:");

bool is(const QXmlStreamReader &r, const QString &ns, const char *name)
{
    return r.namespaceUri() == ns && r.name() == QLatin1String(name);
}

//! The hrefs inside a property such as DAV:current-user-principal or C:calendar-home-set.
QStringList readHrefs(QXmlStreamReader &r, const QUrl &base)
{
    QStringList out;
    while (r.readNextStartElement()) {
        if (is(r, kDav, "href"))
            out.append(DavMultistatusParser::pathOf(r.readElementText().trimmed(), base));
        else
            r.skipCurrentElement();
    }
    return out;
}

//! Reads the children of a DAV:prop element into \a v.
void readProp(QXmlStreamReader &r, DavResponse &v, const QUrl &base)
{
    while (r.readNextStartElement()) {
        if (r.name() == QLatin1String("displayname")) {
            v.displayName = r.readElementText().trimmed();
            continue;
        }
        if (r.name() == QLatin1String("calendar-color")) {
            v.color = r.readElementText().trimmed();
            continue;
        }
        if (r.name() == QLatin1String("current-user-principal")) {
            v.principal = readHrefs(r, base).value(0);
            continue;
        }
        if (r.name() == QLatin1String("calendar-home-set")) {
            v.calendarHomes = readHrefs(r, base);
            continue;
        }
        if (r.name() == QLatin1String("addressbook-home-set")) {
            v.addressBookHomes = readHrefs(r, base);
            continue;
        }
        if (r.name() == QLatin1String("supported-calendar-component-set")) {
            while (r.readNextStartElement()) {
                if (r.name() == QLatin1String("comp"))
                    v.components.append(r.attributes().value(QLatin1String("name")).toString());
                r.skipCurrentElement();
            }
            continue;
        }
        if (is(r, kDav, "getetag")) {
            v.etag = r.readElementText().trimmed();
        } else if (r.name() == QLatin1String("getctag")) { // CS: or (Xandikos) DAV: namespace
            v.ctag = r.readElementText().trimmed();
        } else if (is(r, kDav, "sync-token")) {
            v.syncToken = r.readElementText().trimmed();
        } else if (r.name() == QLatin1String("calendar-data") || r.name() == QLatin1String("address-data")) {
            v.data = DavMultistatusParser::restoreLineEnds(r.readElementText());
            v.hasData = true;
        } else if (is(r, kDav, "resourcetype")) {
            while (r.readNextStartElement()) {
                if (is(r, kDav, "collection"))
                    v.isCollection = true;
                else if (r.name() == QLatin1String("calendar"))
                    v.isCalendar = true;
                else if (r.name() == QLatin1String("addressbook"))
                    v.isAddressBook = true;
                r.skipCurrentElement();
            }
        } else {
            r.skipCurrentElement();
        }
    }
}

//! Takes over what a 2xx propstat set.
void merge(DavResponse &into, const DavResponse &v)
{
    const auto take = [](QString &to, const QString &from) {
        if (!from.isEmpty())
            to = from;
    };
    take(into.etag, v.etag);
    take(into.ctag, v.ctag);
    take(into.syncToken, v.syncToken);
    take(into.displayName, v.displayName);
    take(into.color, v.color);
    take(into.principal, v.principal);
    if (v.hasData) {
        into.data = v.data;
        into.hasData = true;
    }
    into.isCollection = into.isCollection || v.isCollection;
    into.isCalendar = into.isCalendar || v.isCalendar;
    into.isAddressBook = into.isAddressBook || v.isAddressBook;
    into.components += v.components;
    into.calendarHomes += v.calendarHomes;
    into.addressBookHomes += v.addressBookHomes;
}

DavResponse readResponse(QXmlStreamReader &r, const QUrl &base)
{
    DavResponse resp;
    while (r.readNextStartElement()) {
        if (is(r, kDav, "href")) {
            resp.path = DavMultistatusParser::pathOf(r.readElementText().trimmed(), base);
        } else if (is(r, kDav, "status")) {
            resp.status = DavMultistatusParser::statusCode(r.readElementText());
        } else if (is(r, kDav, "propstat")) {
            DavResponse values;
            int status = 0;
            while (r.readNextStartElement()) {
                if (is(r, kDav, "prop"))
                    readProp(r, values, base);
                else if (is(r, kDav, "status"))
                    status = DavMultistatusParser::statusCode(r.readElementText());
                else
                    r.skipCurrentElement();
            }
            // 404 propstats list properties the resource lacks (e.g. getctag on a member).
            if (status >= 200 && status < 300)
                merge(resp, values);
        } else {
            r.skipCurrentElement();
        }
    }
    return resp;
}

} // namespace

Result<DavMultistatus> DavMultistatusParser::parse(const QByteArray &body, const QUrl &base)
{
    DavMultistatus result;
    QXmlStreamReader r(body);
    if (!r.readNextStartElement() || !is(r, kDav, "multistatus")) {
        return Error::make(Error::Category::Server,
                           tr("The server at %1 did not answer with a WebDAV multistatus.").arg(base.host()),
                           QString::fromUtf8(body.left(300)));
    }
    while (r.readNextStartElement()) {
        if (is(r, kDav, "response"))
            result.responses.append(readResponse(r, base));
        else if (is(r, kDav, "sync-token"))
            result.syncToken = r.readElementText().trimmed();
        else
            r.skipCurrentElement();
    }
    if (r.hasError()) {
        return Error::make(Error::Category::Server,
                           tr("The server at %1 sent a malformed WebDAV answer.").arg(base.host()),
                           QStringLiteral("%1 at line %2").arg(r.errorString()).arg(r.lineNumber()));
    }
    return result;
}

QStringList DavMultistatusParser::elementNames(const QByteArray &body)
{
    QStringList names;
    QXmlStreamReader r(body);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement)
            names.append(r.name().toString());
    }
    return names;
}

int DavMultistatusParser::statusCode(const QString &statusLine)
{
    const QStringList parts = statusLine.simplified().split(QLatin1Char(' '));
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

QByteArray DavMultistatusParser::restoreLineEnds(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 40);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') && (i == 0 || text.at(i - 1) != QLatin1Char('\r')))
            out += QLatin1Char('\r');
        out += c;
    }
    return out.toUtf8();
}

QString DavMultistatusParser::pathOf(const QString &href, const QUrl &base)
{
    return base.resolved(QUrl(href, QUrl::TolerantMode)).path(QUrl::FullyDecoded);
}

} // namespace crmsync
