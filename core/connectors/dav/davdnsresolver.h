// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace crmsync {

//! One DNS SRV record (RFC 2782).
struct DnsSrvRecord
{
    QString target;
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
};

/*!
 * \brief Asynchronous SRV and TXT lookups for service discovery (RFC 6764 §3, §4).
 *
 * An interface so the SRV → URL logic can be tested with canned records; DavQtDnsResolver
 * is the real one. A failed lookup (no such name, timeout, no network) answers with an
 * empty list: discovery then falls back to the well-known URL, as RFC 6764 §5 says.
 * The callbacks run later from the event loop, never inside the call.
 */
class DavDnsResolver : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void lookupSrv(const QString &name, std::function<void(const QList<DnsSrvRecord> &)> done) = 0;
    //! Each TXT record's strings, in order.
    virtual void lookupTxt(const QString &name, std::function<void(const QList<QByteArray> &)> done) = 0;
};

} // namespace crmsync
