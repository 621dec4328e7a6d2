// SPDX-License-Identifier: GPL-3.0-or-later
#include "davcollectionresolvejob.h"

#include "davdiscoveryjob.h"
#include "davmultistatusparser.h"
#include "davqueryrequest.h"
#include "davservicelocator.h"
#include "net/httpjob.h"

#include <algorithm>

namespace crmsync {

DavCollectionResolveJob::DavCollectionResolveJob(DavCollection collection, DavListOptions options, QObject *parent)
    : Job(parent), m_collection(std::move(collection)), m_options(std::move(options))
{
}

QString DavCollectionResolveJob::componentName(const QString &component)
{
    if (component == QLatin1String("VTODO"))
        return tr("tasks (VTODO)");
    if (component == QLatin1String("VEVENT"))
        return tr("events (VEVENT)");
    return component;
}

void DavCollectionResolveJob::fail(const Error &error)
{
    setError(error);
    emitResult();
}

void DavCollectionResolveJob::start()
{
    // An e-mail address or a domain names no collection: discovery finds one.
    if (m_options.pickCollection && DavServiceLocator::parseAddress(m_collection.url.toDisplayString()))
        return pick();
    HttpJob *http = DavQueryRequest::listing(m_collection, 0, this);
    connect(http, &Job::finished, this, [this, http] { onSelf(http); });
    http->start();
}

void DavCollectionResolveJob::onSelf(HttpJob *http)
{
    http->deleteLater();
    if (http->hasError())
        return fail(http->error());
    const Result<DavMultistatus> parsed = DavMultistatusParser::parse(http->body(), m_collection.url);
    if (!parsed)
        return fail(parsed.error());
    const QString where = m_collection.url.toDisplayString();
    for (const DavResponse &r : parsed->responses) {
        const bool rightKind = m_collection.isCalendar() ? r.isCalendar : r.isAddressBook;
        if (!rightKind)
            continue;
        // RFC 4791 §5.2.3: no set means every component is accepted.
        if (!m_options.component.isEmpty() && !r.components.isEmpty()
            && !r.components.contains(m_options.component, Qt::CaseInsensitive)) {
            return fail(Error::make(Error::Category::Config,
                tr("the calendar %1 does not accept %2 (it takes %3); run \"crmsync discover\" and put a calendar "
                   "that does in \"collection\".")
                    .arg(where, componentName(m_options.component), r.components.join(QStringLiteral(", ")))));
        }
        emitResult();
        return;
    }
    if (m_options.pickCollection)
        return pick();
    // Not a collection of the right kind: DavListChangesJob's listing says so in its words.
    emitResult();
}

void DavCollectionResolveJob::pick()
{
    auto *discovery = new DavDiscoveryJob(m_collection, this);
    connect(discovery, &Job::finished, this, [this, discovery] {
        discovery->deleteLater();
        if (discovery->hasError())
            return fail(discovery->error());
        QList<DavCollectionInfo> calendars;
        for (const DavCollectionInfo &c : discovery->collections()) {
            if (c.kind == m_collection.kind
                && (m_options.component.isEmpty() || c.components.isEmpty()
                    || c.components.contains(m_options.component, Qt::CaseInsensitive)))
                calendars.append(c);
        }
        if (calendars.isEmpty()) {
            return fail(Error::make(Error::Category::Config,
                m_collection.isCalendar()
                    ? tr("no calendar at %1 accepts %2; create one, or name a calendar in \"collection\" "
                         "(\"crmsync discover\" lists them).")
                          .arg(m_collection.url.toDisplayString(), componentName(m_options.component))
                    : tr("no address book found at %1; create one, or name it in \"collection\" "
                         "(\"crmsync discover\" lists them).")
                          .arg(m_collection.url.toDisplayString())));
        }
        std::stable_sort(calendars.begin(), calendars.end(), [](const DavCollectionInfo &a, const DavCollectionInfo &b) {
            return a.url.path() < b.url.path();
        });
        m_collection.url = calendars.constFirst().url;
        emitResult();
    });
    discovery->start();
}

} // namespace crmsync
