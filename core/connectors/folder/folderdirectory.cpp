// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderdirectory.h"

#include "folderversion.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace crmsync {

namespace {

// File systems limit a name to 255 bytes; leave room for the suffix and for QSaveFile's
// temporary "<name>.XXXXXX".
constexpr int kMaxBaseLength = 200;

} // namespace

FolderDirectory::FolderDirectory(QString path, ModuleInfo module)
    : m_path(std::move(path)), m_module(module)
{
}

Status FolderDirectory::check() const
{
    const QFileInfo info(m_path);
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!info.exists()) {
        return Error::make(Error::Category::Storage,
                           QCoreApplication::translate("FolderStore",
                                                       "The folder %1 does not exist. Create it, or mount "
                                                       "the drive it is on, and sync again.")
                               .arg(shown));
    }
    if (!info.isDir()) {
        return Error::make(Error::Category::Storage,
                           QCoreApplication::translate("FolderStore", "%1 is not a folder.").arg(shown));
    }
    return success();
}

QStringList FolderDirectory::itemNames() const
{
    // System: also FIFOs, sockets and dangling symlinks, so that an unreadable entry is
    // reported as an error instead of silently vanishing (and then looking deleted).
    // QDirIterator, not QDir::entryList: entryList builds a QFileInfo per entry first,
    // about 1.2 KB each, which was most of a no-change run's memory at 100,000 files
    // (bench/RESULTS.md).
    QDirIterator it(m_path, QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    QStringList out;
    while (it.hasNext()) {
        it.next();
        QString name = it.fileName();
        if (isItemName(name))
            out << std::move(name);
    }
    out.sort();
    return out;
}

bool FolderDirectory::isItemName(const QString &name) const
{
    const QString suffix = QLatin1Char('.') + m_module.fileSuffix();
    if (name.size() <= suffix.size() || !name.endsWith(suffix, Qt::CaseInsensitive))
        return false;
    // Hidden files, Emacs lock/autosave files (".#x", "#x#"), backups ("x~") and
    // temporaries are never items.
    if (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('#')))
        return false;
    if (name.endsWith(QLatin1Char('~')) || name.endsWith(QLatin1String(".tmp"), Qt::CaseInsensitive))
        return false;
    return true;
}

bool FolderDirectory::isValidId(const QString &id) const
{
    return !id.isEmpty() && !id.contains(QLatin1Char('/')) && !id.contains(QLatin1Char('\\'))
        && !id.contains(QChar(0)) && isItemName(id);
}

QString FolderDirectory::filePath(const QString &id) const
{
    return QDir(m_path).filePath(id);
}

bool FolderDirectory::isPresent(const QString &id) const
{
    const QFileInfo info(filePath(id));
    return info.exists() || info.isSymLink();
}

QString FolderDirectory::nameFor(const QString &suggestedId) const
{
    const QString suffix = QLatin1Char('.') + m_module.fileSuffix();
    QString base = suggestedId;
    if (base.endsWith(suffix, Qt::CaseInsensitive))
        base.chop(suffix.size());
    for (QChar &c : base) {
        const bool keep = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.')
            || c == QLatin1Char('_') || c == QLatin1Char('-');
        if (!keep)
            c = QLatin1Char('_');
    }
    // A leading dot would hide the file from the next listing.
    for (int i = 0; i < base.size() && base.at(i) == QLatin1Char('.'); ++i)
        base[i] = QLatin1Char('_');
    base.truncate(kMaxBaseLength);
    if (base.isEmpty())
        base = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return base + suffix;
}

Result<Item> FolderDirectory::read(const QString &id, const QDateTime &now) const
{
    const QString path = filePath(id);
    // Stat before reading: if the file changes in between, the version holds the old
    // size/mtime, so the next listing sees a mismatch and reads it again.
    const QFileInfo info(path);
    if (!info.isFile()) {
        return readError(id, info.exists()
                                    ? QCoreApplication::translate("FolderStore", "it is not a regular file")
                                    : QCoreApplication::translate("FolderStore", "it cannot be opened"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return readError(id, file.errorString());
    const QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return readError(id, file.errorString());
    const FolderVersion version = FolderVersion::compute(content, info.size(), info.lastModified(), now);
    return Item{id, version.toString(), content, info.lastModified()};
}

Error FolderDirectory::invalidIdError(const QString &id) const
{
    return Error::make(Error::Category::Data,
                       QCoreApplication::translate("FolderStore", "\"%1\" is not an item file name in folder %2.")
                           .arg(id, QDir::toNativeSeparators(m_path)));
}

Error FolderDirectory::readError(const QString &id, const QString &reason) const
{
    return Error::make(Error::Category::Storage,
                       QCoreApplication::translate("FolderStore", "Could not read %1: %2")
                           .arg(QDir::toNativeSeparators(filePath(id)), reason));
}

Error FolderDirectory::writeError(const QString &id, const QString &reason) const
{
    return Error::make(Error::Category::Storage,
                       QCoreApplication::translate("FolderStore", "Could not write %1: %2")
                           .arg(QDir::toNativeSeparators(filePath(id)), reason));
}

Error FolderDirectory::removeError(const QString &id, const QString &reason) const
{
    return Error::make(Error::Category::Storage,
                       QCoreApplication::translate("FolderStore", "Could not delete %1: %2")
                           .arg(QDir::toNativeSeparators(filePath(id)), reason));
}

Error FolderDirectory::conflictError(const QString &id, const QString &reason) const
{
    return Error::make(Error::Category::Conflict,
                       QCoreApplication::translate("FolderStore", "%1: %2")
                           .arg(QDir::toNativeSeparators(filePath(id)), reason));
}

} // namespace crmsync
