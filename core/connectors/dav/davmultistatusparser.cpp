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

//! Reads a DAV:error element; true when it holds DAV:number-of-matches-within-limits.
bool hasLimitElement(QXmlStreamReader &r)
{
    bool found = false;
    while (r.readNextStartElement()) {
        found = found || is(r, kDav, "number-of-matches-within-limits");
        r.skipCurrentElement();
    }
    return found;
}

DavResponse readResponse(QXmlStreamReader &r, const QUrl &base, bool &limitReached)
{
    DavResponse resp;
    while (r.readNextStartElement()) {
        if (is(r, kDav, "error")) {
            limitReached = limitReached || hasLimitElement(r);
            continue;
        }
        if (is(r, kDav, "href")) {
            resp.href = r.readElementText().trimmed();
            resp.path = DavMultistatusParser::pathOf(resp.href, base);
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
            else if (status != 404 && resp.failedPropstatStatus == 0)
                resp.failedPropstatStatus = status ? status : 500;
        } else {
            r.skipCurrentElement();
        }
    }
    return resp;
}

} // namespace

Status DavMultistatusParser::checkLimits(const QByteArray &body, const QUrl &base, const Limits &limits)
{
    // A pass of its own before the real one: the readers below recurse per element, and a
    // hostile body must not get that far (docs/dav.md "What a server is trusted with").
    QXmlStreamReader r(body);
    int depth = 0;
    qint64 elements = 0;
    while (!r.atEnd()) {
        const QXmlStreamReader::TokenType t = r.readNext();
        if (t == QXmlStreamReader::StartElement) {
            ++elements;
            if (++depth > limits.maxDepth || elements > limits.maxElements) {
                return Error::make(Error::Category::Server,
                    tr("The answer from %1 is nested deeper than %2 levels or has more than %3 elements; it was not read.")
                        .arg(base.host())
                        .arg(limits.maxDepth)
                        .arg(limits.maxElements),
                    QStringLiteral("depth %1, %2 elements at line %3").arg(depth).arg(elements).arg(r.lineNumber()));
            }
        } else if (t == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return success(); // malformed XML is reported by parse() itself
}

Result<DavMultistatus> DavMultistatusParser::parse(const QByteArray &body, const QUrl &base)
{
    return parse(body, base, Limits());
}

Result<DavMultistatus> DavMultistatusParser::parse(const QByteArray &body, const QUrl &base, const Limits &limits)
{
    if (const Status ok = checkLimits(body, base, limits); !ok)
        return ok.error();
    DavMultistatus result;
    QXmlStreamReader r(body);
    if (!r.readNextStartElement() || !is(r, kDav, "multistatus")) {
        return Error::make(Error::Category::Server,
                           tr("The server at %1 did not answer with a WebDAV multistatus.").arg(base.host()),
                           QString::fromUtf8(body.left(300)));
    }
    while (r.readNextStartElement()) {
        if (is(r, kDav, "response"))
            result.responses.append(readResponse(r, base, result.limitReached));
        else if (is(r, kDav, "sync-token"))
            result.syncToken = r.readElementText().trimmed();
        else if (is(r, kDav, "error"))
            result.limitReached = result.limitReached || hasLimitElement(r);
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
