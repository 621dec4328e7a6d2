// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderversion.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace crmsync {

namespace {
const QString kRacySuffix = QStringLiteral("-racy");
}

QByteArray FolderVersion::hashOf(const QByteArray &content)
{
    // 64 bits of SHA-1 are plenty to tell two revisions of one file apart; this is change
    // detection, not a security boundary.
    return QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex().left(16);
}

FolderVersion FolderVersion::compute(const QByteArray &content, qint64 size, const QDateTime &mtime,
                                     const QDateTime &now)
{
    const qint64 mtimeMs = mtime.toMSecsSinceEpoch();
    // A future mtime (clock skew on a network share) counts as racy too.
    const bool racy = now.toMSecsSinceEpoch() - mtimeMs < kSettleMs;
    return FolderVersion(size, mtimeMs, hashOf(content), racy);
}

std::optional<FolderVersion> FolderVersion::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)-(-?\\d+)-([0-9a-f]{16})(-racy)?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool sizeOk = false;
    bool mtimeOk = false;
    const qint64 size = m.captured(1).toLongLong(&sizeOk);
    const qint64 mtime = m.captured(2).toLongLong(&mtimeOk);
    if (!sizeOk || !mtimeOk)
        return std::nullopt;
    return FolderVersion(size, mtime, m.captured(3).toLatin1(), m.capturedLength(4) > 0);
}

QString FolderVersion::toString() const
{
    QString s = QString::number(m_size) + QLatin1Char('-') + QString::number(m_mtimeMs)
        + QLatin1Char('-') + QString::fromLatin1(m_hash);
    if (m_racy)
        s += kRacySuffix;
    return s;
}

} // namespace crmsync
