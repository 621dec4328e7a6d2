// SPDX-License-Identifier: GPL-3.0-or-later
#include "davqtdnsresolver.h"

#include <QDnsLookup>

namespace crmsync {

void DavQtDnsResolver::lookupSrv(const QString &name, std::function<void(const QList<DnsSrvRecord> &)> done)
{
    auto *lookup = new QDnsLookup(QDnsLookup::SRV, name, this);
    connect(lookup, &QDnsLookup::finished, this, [lookup, done = std::move(done)] {
        lookup->deleteLater();
        QList<DnsSrvRecord> out;
        // Any error (NXDOMAIN, timeout) reads as "no records": RFC 6764 §5 falls back.
        if (lookup->error() == QDnsLookup::NoError) {
            for (const QDnsServiceRecord &r : lookup->serviceRecords())
                out.append(DnsSrvRecord{r.target(), r.port(), r.priority(), r.weight()});
        }
        done(out);
    });
    lookup->lookup();
}

void DavQtDnsResolver::lookupTxt(const QString &name, std::function<void(const QList<QByteArray> &)> done)
{
    auto *lookup = new QDnsLookup(QDnsLookup::TXT, name, this);
    connect(lookup, &QDnsLookup::finished, this, [lookup, done = std::move(done)] {
        lookup->deleteLater();
        QList<QByteArray> out;
        if (lookup->error() == QDnsLookup::NoError) {
            for (const QDnsTextRecord &r : lookup->textRecords())
                out.append(r.values());
        }
        done(out);
    });
    lookup->lookup();
}

} // namespace crmsync
