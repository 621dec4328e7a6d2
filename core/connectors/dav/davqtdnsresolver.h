// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "davdnsresolver.h"

namespace crmsync {

//! \brief DavDnsResolver over QDnsLookup, the system's resolver (asynchronous).
class DavQtDnsResolver : public DavDnsResolver
{
    Q_OBJECT
public:
    using DavDnsResolver::DavDnsResolver;

    void lookupSrv(const QString &name, std::function<void(const QList<DnsSrvRecord> &)> done) override;
    void lookupTxt(const QString &name, std::function<void(const QList<QByteArray> &)> done) override;
};

} // namespace crmsync
