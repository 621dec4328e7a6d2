// SPDX-License-Identifier: GPL-3.0-or-later
// StateDb, continued: reading links in the two halves a sync run needs them (every link's
// ids and versions, a few links' bases). Split from statedb.cpp only to keep each file short.
#include "statedb.h"

#include "statedbrow.h"

#include <QSqlQuery>

namespace crmsync {

namespace {

// SQLite allows 32,766 bound values per statement since 3.32 and 999 before; stay well below.
constexpr qsizetype kIdsPerQuery = 500;

} // namespace

Result<QList<Link>> StateDb::linkHeads(const QString &profile) const
{
    // Sized first: growing a list of 100,000 links by doubling held it twice over.
    auto count = exec(QStringLiteral("SELECT COUNT(*) FROM links WHERE profile = ?"), {profile},
                      tr("read the links of profile %1").arg(profile));
    if (!count)
        return count.error();
    QList<Link> result;
    if (count.value().next())
        result.reserve(count.value().value(0).toLongLong());
    auto q = exec(QStringLiteral("SELECT %1 FROM links WHERE profile = ? ORDER BY id").arg(StateDbRow::linkHeadColumns()),
                  {profile}, tr("read the links of profile %1").arg(profile));
    if (!q)
        return q.error();
    while (q.value().next())
        result << StateDbRow::linkHead(q.value());
    return result;
}

Result<QHash<qint64, QJsonObject>> StateDb::linkBases(const QString &profile, const QList<qint64> &rowIds) const
{
    QHash<qint64, QJsonObject> bases;
    bases.reserve(rowIds.size());
    for (qsizetype from = 0; from < rowIds.size(); from += kIdsPerQuery) {
        const QList<qint64> chunk = rowIds.mid(from, kIdsPerQuery);
        QVariantList values{profile};
        for (qint64 id : chunk)
            values << id;
        QString marks = QStringLiteral("?");
        marks += QStringLiteral(", ?").repeated(chunk.size() - 1);
        auto q = exec(QStringLiteral("SELECT id, base FROM links WHERE profile = ? AND id IN (%1)").arg(marks), values,
                      tr("read the links of profile %1").arg(profile));
        if (!q)
            return q.error();
        while (q.value().next()) {
            const qint64 id = q.value().value(0).toLongLong();
            Result<QJsonObject> base = StateDbRow::base(q.value().value(1), id, m_path);
            if (!base)
                return base.error();
            bases.insert(id, std::move(base).value());
        }
    }
    return bases;
}

Status StateDb::setLinkVersions(const QString &profile, Side side, const QHash<QString, QString> &versions)
{
    if (versions.isEmpty())
        return success();
    // "<> ''" lets SQLite use the partial unique indexes (links_crm, links_remote): it cannot
    // tell that a bound id is not empty, and without an index each update scans every link.
    const QString sql = side == Side::Crm
        ? QStringLiteral("UPDATE links SET crm_version = ? WHERE profile = ? AND crm_id = ? AND crm_id <> ''")
        : QStringLiteral("UPDATE links SET remote_version = ? WHERE profile = ? AND remote_id = ? AND remote_id <> ''");
    return atomically([&]() -> Status {
        for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
            auto q = write(sql, {it.value(), profile, it.key()}, tr("update the version of \"%1\"").arg(it.key()));
            if (!q)
                return q.error();
        }
        return success();
    });
}

} // namespace crmsync
