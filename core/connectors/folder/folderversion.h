// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace crmsync {

/*!
 * \brief The version string of one file in a FolderStore:
 * "<size>-<mtime ms>-<content hash>", with "-racy" appended while it cannot be trusted yet.
 *
 * Why three parts: size and mtime alone let a full listing skip reading unchanged files
 * (the engine passes back the versions it knows), but an in-place rewrite of the same
 * size within one timestamp tick (a millisecond in Qt, ~4 ms on Linux kernels, 2 s on
 * FAT) keeps both. The content hash (first 16 hex digits of SHA-1 of the bytes) makes the
 * version change whenever the content does.
 *
 * Why "racy" (the idea git calls "racy clean" entries): a version computed while the
 * file's mtime is still the current tick (younger than kSettleMs) may see another write
 * land in the same tick. Such a version is marked; a listing never trusts size and mtime
 * for a marked version and re-reads the file. Once the file is older than kSettleMs its
 * fresh version drops the mark; the bytes being the same, the listing reports only the
 * new version (ChangeSet::restamped), and after that size + mtime suffice and the file is
 * no longer read.
 *
 * Known limit: a tool that rewrites a file with the same size and then sets the old
 * mtime back (rsync -t, touch -d) is not noticed until size or mtime differ.
 */
class FolderVersion
{
public:
    //! Files younger than this are "racy": coarse filesystems (FAT) tick every 2 s.
    static constexpr qint64 kSettleMs = 3000;

    FolderVersion() = default;
    FolderVersion(qint64 size, qint64 mtimeMs, QByteArray hash, bool racy)
        : m_size(size), m_mtimeMs(mtimeMs), m_hash(std::move(hash)), m_racy(racy) {}

    //! The version of \a content as stored with \a size and \a mtime, judged at \a now.
    static FolderVersion compute(const QByteArray &content, qint64 size, const QDateTime &mtime,
                                 const QDateTime &now);
    //! Hex digest used in versions (16 hex digits of SHA-1).
    static QByteArray hashOf(const QByteArray &content);
    static std::optional<FolderVersion> parse(const QString &text);

    QString toString() const;
    qint64 size() const { return m_size; }
    qint64 mtimeMs() const { return m_mtimeMs; }
    const QByteArray &hash() const { return m_hash; }
    bool isRacy() const { return m_racy; }

    //! True when a file with this size and mtime can be assumed to hold this version
    //! without reading it: the stat data match and the version is not racy.
    bool trustsStat(qint64 size, qint64 mtimeMs) const
    {
        return !m_racy && size == m_size && mtimeMs == m_mtimeMs;
    }

private:
    qint64 m_size = 0;
    qint64 m_mtimeMs = 0;
    QByteArray m_hash;
    bool m_racy = false;
};

} // namespace crmsync
