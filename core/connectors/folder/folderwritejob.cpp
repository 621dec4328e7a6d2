// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderwritejob.h"

#include "folderversion.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "state/faultinjection.h"

namespace crmsync {

FolderWriteJob::FolderWriteJob(FolderDirectory directory, QList<WriteRequest> requests, QObject *parent)
    : WriteJob(parent), m_directory(std::move(directory)), m_requests(std::move(requests))
{
}

void FolderWriteJob::start()
{
    // A missing folder fails the batch before anything is written (WriteJob contract).
    const Status folder = m_directory.check();
    if (!folder) {
        setError(folder.error());
        emitResult();
        return;
    }
    m_now = QDateTime::currentDateTimeUtc();
    for (const WriteRequest &request : std::as_const(m_requests)) {
        WriteResult result;
        switch (request.op) {
        case WriteRequest::Op::Create: result = create(request); break;
        case WriteRequest::Op::Update: result = update(request); break;
        case WriteRequest::Op::Delete: result = remove(request); break;
        }
        result.tag = request.tag;
        m_results.append(result);
    }
    emitResult();
}

WriteResult FolderWriteJob::create(const WriteRequest &request)
{
    WriteResult result;
    result.id = m_directory.nameFor(request.suggestedId.isEmpty() ? request.id : request.suggestedId);
    // If-None-Match: * semantics. QSaveFile's final rename would replace an existing
    // file, so check first; the window between check and rename is a few microseconds
    // and only another program creating this exact sanitised name could hit it.
    if (m_directory.isPresent(result.id)) {
        result.error = m_directory.conflictError(
            result.id, QCoreApplication::translate("FolderStore", "a file with this name already exists"));
        return result;
    }
    writeFile(result.id, request.raw, result);
    return result;
}

WriteResult FolderWriteJob::update(const WriteRequest &request)
{
    WriteResult result;
    result.id = request.id;
    if (!m_directory.isValidId(request.id)) {
        result.error = m_directory.invalidIdError(request.id);
        return result;
    }
    result.error = checkExpected(request.id, request.expectedVersion);
    if (!result.error.isError())
        writeFile(request.id, request.raw, result);
    return result;
}

WriteResult FolderWriteJob::remove(const WriteRequest &request)
{
    WriteResult result;
    result.id = request.id;
    if (!m_directory.isValidId(request.id)) {
        result.error = m_directory.invalidIdError(request.id);
        return result;
    }
    // Already gone is what the caller wanted; succeeding keeps a retried run idempotent.
    if (!m_directory.isPresent(request.id))
        return result;
    result.error = checkExpected(request.id, request.expectedVersion);
    if (result.error.isError())
        return result;
    QFile file(m_directory.filePath(request.id));
    if (!file.remove())
        result.error = m_directory.removeError(request.id, file.errorString());
    return result;
}

Error FolderWriteJob::checkExpected(const QString &id, const QString &expectedVersion) const
{
    if (expectedVersion.isEmpty())
        return {};
    if (!m_directory.isPresent(id)) {
        return m_directory.conflictError(
            id, QCoreApplication::translate("FolderStore", "the file was deleted by someone else meanwhile"));
    }
    // Compare content hashes, not size/mtime: the file is read anyway before a rewrite,
    // and a "racy" expected version (FolderVersion) must still match its own content.
    const auto expected = FolderVersion::parse(expectedVersion);
    const Result<Item> current = m_directory.read(id, m_now);
    if (!current)
        return current.error();
    const auto actual = FolderVersion::parse(current->version);
    if (!expected || !actual || expected->hash() != actual->hash()) {
        return m_directory.conflictError(
            id, QCoreApplication::translate("FolderStore", "the file was changed by someone else meanwhile"));
    }
    return {};
}

void FolderWriteJob::writeFile(const QString &id, const QByteArray &raw, WriteResult &result) const
{
    QSaveFile file(m_directory.filePath(id));
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = m_directory.writeError(id, file.errorString());
        return;
    }
    if (file.write(raw) != raw.size()) {
        result.error = m_directory.writeError(id, file.errorString());
        file.cancelWriting();
        return;
    }
    if (!file.commit()) {
        result.error = m_directory.writeError(id, file.errorString());
        return;
    }
    // Crash tests stop the process here: the file is written, nothing else knows yet.
    FaultInjection::afterWrite();
    const QFileInfo info(m_directory.filePath(id));
    // Stat after the rename: if someone rewrites the file right after us, the version is
    // "racy" (fresh mtime) and the next listing re-reads it instead of trusting the stat.
    result.version = FolderVersion::compute(raw, info.size(), info.lastModified(),
                                            QDateTime::currentDateTimeUtc())
                         .toString();
    result.raw = raw;
}

} // namespace crmsync
