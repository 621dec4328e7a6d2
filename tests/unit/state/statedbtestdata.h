// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "state/link.h"
#include "state/statedb.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace crmsync::test {

//! A link with every field set, distinct per \a n.
inline Link sampleLink(int n)
{
    Link link;
    link.crmId = QStringLiteral("4150868000000%1").arg(n);
    link.crmVersion = QStringLiteral("2026-11-2%1T10:00:00+01:00").arg(n % 10);
    link.remoteId = QStringLiteral("/dav/contacts/%1.vcf").arg(n);
    link.remoteVersion = QStringLiteral("\"etag-%1\"").arg(n);
    link.uid = QStringLiteral("uid-%1@crmsync").arg(n);
    link.base = QJsonObject{{QStringLiteral("Last_Name"), QStringLiteral("Müller %1").arg(n)},
                            {QStringLiteral("Email"), QStringLiteral("m%1@example.org").arg(n)},
                            {QStringLiteral("Participants"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
                            {QStringLiteral("Done"), true}};
    link.baseHash = Link::hashOf(link.base);
    link.syncedAt = QDateTime(QDate(2026, 11, 22), QTime(5, n % 60, 7, 123), Qt::UTC);
    return link;
}

//! Runs \a sql on the StateDb's own connection (how tests look at raw columns and pragmas).
inline QVariant scalar(const StateDb &db, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(db.connectionName()));
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

} // namespace crmsync::test
