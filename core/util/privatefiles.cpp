// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcPrivateFiles, "crmsync.files")

namespace crmsync {

namespace {

#ifdef Q_OS_UNIX
QString lastOsError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
#endif

} // namespace

Status PrivateFiles::makeFolder(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(absolute).isDir()) {
        const QString parent = QFileInfo(absolute).absolutePath();
        // Parents keep the usual modes (they may be shared, like ~/.local/share); only the
        // folder that holds our data is private from its first moment.
        bool made = QDir().mkpath(parent);
#ifdef Q_OS_UNIX
        made = made && (::mkdir(QFile::encodeName(absolute).constData(), 0700) == 0 || errno == EEXIST);
#else
        made = made && QDir().mkpath(absolute);
#endif
        if (!made) {
            return Error::make(Error::Category::Storage,
                               tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(absolute)));
        }
    }
    tighten(absolute);
    return success();
}

Status PrivateFiles::makeFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return success();
    }
    if (errno != EEXIST) {
        return Error::make(Error::Category::Storage, tr("Could not create the file %1: %2")
                                                         .arg(QDir::toNativeSeparators(path), lastOsError()));
    }
#endif
    tighten(path);
    return success();
}

void PrivateFiles::tightenWithCompanions(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfoList files = file.absoluteDir().entryInfoList({file.fileName() + QLatin1Char('*')},
                                                                 QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    for (const QFileInfo &f : files)
        tighten(f.absoluteFilePath());
}

void PrivateFiles::tighten(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    // lstat: a symlink's own mode means nothing, and chmod would follow it elsewhere.
    if (::lstat(native.constData(), &st) != 0 || S_ISLNK(st.st_mode))
        return;
    const mode_t now = st.st_mode & 07777;
    const mode_t wanted = S_ISDIR(st.st_mode) ? (now & 0700) | 0700 : now & 0600;
    if ((now & 077) == 0)
        return;
    if (::chmod(native.constData(), wanted) != 0) {
        qCWarning(lcPrivateFiles, "%s is readable by others (mode %04o) and could not be made private: %s",
                  native.constData(), unsigned(now), std::strerror(errno));
        return;
    }
    qCWarning(lcPrivateFiles, "%s was readable by others: mode changed from %04o to %04o", native.constData(),
              unsigned(now), unsigned(wanted));
#else
    Q_UNUSED(path);
#endif
}

} // namespace crmsync
