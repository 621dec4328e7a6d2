// SPDX-License-Identifier: GPL-3.0-or-later
#include "davrequest.h"

#include "net/httpjob.h"

#include <QXmlStreamWriter>

namespace crmsync {

namespace {
const QString kDav = QStringLiteral("DAV:");
const QString kCalDav = QStringLiteral("urn:ietf:params:xml:ns:caldav");
const QString kCardDav = QStringLiteral("urn:ietf:params:xml:ns:carddav");
const QString kCalServer = QStringLiteral("http://calendarserver.org/ns/");
} // namespace

HttpJob *DavRequest::make(const DavCollection &collection, const QByteArray &method, const QUrl &url,
                          QObject *parent)
{
    auto *job = new HttpJob(collection.context, parent);
    job->setMethod(method);
    job->setUrl(url);
    if (!collection.username.isEmpty())
        job->setCredentials(collection.username, collection.password, collection.authState);
    job->setTrustedCertificateSha256(collection.trustedCertificateSha256);
    return job;
}

HttpJob *DavRequest::propfind(const DavCollection &collection, const QUrl &url, int depth, QObject *parent)
{
    HttpJob *job = make(collection, "PROPFIND", url, parent);
    job->setHeader("Depth", QByteArray::number(depth));
    if (depth > 0)
        job->setResponseKind(HttpJob::ResponseKind::Listing);
    job->setHeader("Content-Type", "application/xml; charset=utf-8");
    job->setBody(propfindBody());
    return job;
}

HttpJob *DavRequest::propfind(const DavCollection &collection, const QUrl &url, int depth, const QByteArray &body,
                              QObject *parent)
{
    HttpJob *job = propfind(collection, url, depth, parent);
    job->setBody(body);
    return job;
}

HttpJob *DavRequest::syncCollection(const DavCollection &collection, const QString &token, QObject *parent,
                                    bool withData)
{
    HttpJob *job = make(collection, "REPORT", collection.url, parent);
    job->setHeader("Depth", "0");
    // With payloads a first listing may pass the cap: DavListChangesJob then lists without them.
    job->setResponseKind(HttpJob::ResponseKind::Listing);
    job->setHeader("Content-Type", "application/xml; charset=utf-8");
    job->setBody(syncCollectionBody(token, collection.kind, withData));
    return job;
}

HttpJob *DavRequest::multiget(const DavCollection &collection, const QStringList &hrefs, QObject *parent)
{
    HttpJob *job = make(collection, "REPORT", collection.url, parent);
    job->setHeader("Depth", "1");
    job->setResponseKind(HttpJob::ResponseKind::Items);
    job->setHeader("Content-Type", "application/xml; charset=utf-8");
    job->setBody(multigetBody(collection.kind, hrefs));
    return job;
}

QUrl DavRequest::urlFor(const DavCollection &collection, const QString &path)
{
    QUrl url = collection.url;
    url.setPath(path, QUrl::DecodedMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QByteArray DavRequest::propfindBody()
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(kDav, QStringLiteral("d"));
    w.writeNamespace(kCalServer, QStringLiteral("cs"));
    w.writeStartElement(kDav, QStringLiteral("propfind"));
    w.writeStartElement(kDav, QStringLiteral("prop"));
    w.writeEmptyElement(kDav, QStringLiteral("resourcetype"));
    w.writeEmptyElement(kDav, QStringLiteral("getetag"));
    w.writeEmptyElement(kDav, QStringLiteral("sync-token"));
    w.writeEmptyElement(kCalServer, QStringLiteral("getctag"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

namespace {
QByteArray propfindOf(const QList<QPair<QString, QString>> &props)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(kDav, QStringLiteral("d"));
    w.writeNamespace(kCalDav, QStringLiteral("c"));
    w.writeNamespace(kCardDav, QStringLiteral("card"));
    w.writeNamespace(kCalServer, QStringLiteral("cs"));
    w.writeNamespace(QStringLiteral("http://apple.com/ns/ical/"), QStringLiteral("ical"));
    w.writeStartElement(kDav, QStringLiteral("propfind"));
    w.writeStartElement(kDav, QStringLiteral("prop"));
    for (const auto &p : props)
        w.writeEmptyElement(p.first, p.second);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}
} // namespace

QByteArray DavRequest::principalBody()
{
    return propfindOf({{kDav, QStringLiteral("current-user-principal")}});
}

QByteArray DavRequest::homeSetBody()
{
    return propfindOf({{kCalDav, QStringLiteral("calendar-home-set")}, {kCardDav, QStringLiteral("addressbook-home-set")}});
}

QByteArray DavRequest::collectionsBody()
{
    return propfindOf({{kDav, QStringLiteral("resourcetype")},
                       {kDav, QStringLiteral("displayname")},
                       {QStringLiteral("http://apple.com/ns/ical/"), QStringLiteral("calendar-color")},
                       {kCalDav, QStringLiteral("supported-calendar-component-set")},
                       {kCalServer, QStringLiteral("getctag")},
                       {kDav, QStringLiteral("sync-token")}});
}

QByteArray DavRequest::syncCollectionBody(const QString &token, DavCollection::Kind kind, bool withData)
{
    const bool calendar = kind == DavCollection::Kind::Calendar;
    const QString ns = calendar ? kCalDav : kCardDav;
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(kDav, QStringLiteral("d"));
    if (withData)
        w.writeNamespace(ns, calendar ? QStringLiteral("c") : QStringLiteral("card"));
    w.writeStartElement(kDav, QStringLiteral("sync-collection"));
    w.writeTextElement(kDav, QStringLiteral("sync-token"), token);
    w.writeTextElement(kDav, QStringLiteral("sync-level"), QStringLiteral("1"));
    w.writeStartElement(kDav, QStringLiteral("prop"));
    w.writeEmptyElement(kDav, QStringLiteral("getetag"));
    if (withData)
        w.writeEmptyElement(ns, calendar ? QStringLiteral("calendar-data") : QStringLiteral("address-data"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray DavRequest::multigetBody(DavCollection::Kind kind, const QStringList &hrefs)
{
    const bool calendar = kind == DavCollection::Kind::Calendar;
    const QString ns = calendar ? kCalDav : kCardDav;
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(kDav, QStringLiteral("d"));
    w.writeNamespace(ns, calendar ? QStringLiteral("c") : QStringLiteral("card"));
    w.writeStartElement(ns, calendar ? QStringLiteral("calendar-multiget") : QStringLiteral("addressbook-multiget"));
    w.writeStartElement(kDav, QStringLiteral("prop"));
    w.writeEmptyElement(kDav, QStringLiteral("getetag"));
    w.writeEmptyElement(ns, calendar ? QStringLiteral("calendar-data") : QStringLiteral("address-data"));
    w.writeEndElement();
    for (const QString &href : hrefs)
        w.writeTextElement(kDav, QStringLiteral("href"), QString::fromLatin1(QUrl::toPercentEncoding(href, "/")));
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace crmsync
