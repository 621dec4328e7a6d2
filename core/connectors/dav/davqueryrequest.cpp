// SPDX-License-Identifier: GPL-3.0-or-later
#include "davqueryrequest.h"

#include "davrequest.h"
#include "net/httpjob.h"

#include <QXmlStreamWriter>

namespace crmsync {

namespace {
const QString kDav = QStringLiteral("DAV:");
const QString kCalDav = QStringLiteral("urn:ietf:params:xml:ns:caldav");
const QString kCalServer = QStringLiteral("http://calendarserver.org/ns/");
} // namespace

namespace {
HttpJob *report(const DavCollection &collection, const QByteArray &body, QObject *parent)
{
    HttpJob *job = DavRequest::make(collection, "REPORT", collection.url, parent);
    job->setHeader("Depth", "1");
    job->setResponseKind(HttpJob::ResponseKind::Listing);
    job->setHeader("Content-Type", "application/xml; charset=utf-8");
    job->setBody(body);
    return job;
}

QByteArray queryBody(const QString &component, const QDateTime &from, bool recurringOnly)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(kDav, QStringLiteral("d"));
    w.writeNamespace(kCalDav, QStringLiteral("c"));
    w.writeStartElement(kCalDav, QStringLiteral("calendar-query"));
    w.writeStartElement(kDav, QStringLiteral("prop"));
    w.writeEmptyElement(kDav, QStringLiteral("getetag"));
    w.writeEndElement();
    w.writeStartElement(kCalDav, QStringLiteral("filter"));
    w.writeStartElement(kCalDav, QStringLiteral("comp-filter"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("VCALENDAR"));
    w.writeStartElement(kCalDav, QStringLiteral("comp-filter"));
    w.writeAttribute(QStringLiteral("name"), component);
    if (recurringOnly) {
        // RFC 4791 §9.7.2: an empty prop-filter matches when the property is defined.
        w.writeEmptyElement(kCalDav, QStringLiteral("prop-filter"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("RRULE"));
    } else if (from.isValid()) {
        // RFC 4791 §9.9: start only, the end is then +infinity; UTC basic format.
        w.writeEmptyElement(kCalDav, QStringLiteral("time-range"));
        w.writeAttribute(QStringLiteral("start"), from.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}
} // namespace

HttpJob *DavQueryRequest::calendarQuery(const DavCollection &collection, const QString &component,
                                        const QDateTime &from, QObject *parent)
{
    return report(collection, calendarQueryBody(component, from), parent);
}

QByteArray DavQueryRequest::calendarQueryBody(const QString &component, const QDateTime &from)
{
    return queryBody(component, from, false);
}

HttpJob *DavQueryRequest::recurringQuery(const DavCollection &collection, const QString &component, QObject *parent)
{
    return report(collection, recurringQueryBody(component), parent);
}

QByteArray DavQueryRequest::recurringQueryBody(const QString &component)
{
    return queryBody(component, QDateTime(), true);
}

HttpJob *DavQueryRequest::listing(const DavCollection &collection, int depth, QObject *parent)
{
    return DavRequest::propfind(collection, collection.url, depth, listingBody(), parent);
}

QByteArray DavQueryRequest::listingBody()
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(kDav, QStringLiteral("d"));
    w.writeNamespace(kCalDav, QStringLiteral("c"));
    w.writeNamespace(kCalServer, QStringLiteral("cs"));
    w.writeStartElement(kDav, QStringLiteral("propfind"));
    w.writeStartElement(kDav, QStringLiteral("prop"));
    w.writeEmptyElement(kDav, QStringLiteral("resourcetype"));
    w.writeEmptyElement(kDav, QStringLiteral("getetag"));
    w.writeEmptyElement(kDav, QStringLiteral("sync-token"));
    w.writeEmptyElement(kCalServer, QStringLiteral("getctag"));
    w.writeEmptyElement(kCalDav, QStringLiteral("supported-calendar-component-set"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace crmsync
