// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the FolderStore tests: files with chosen content and mtimes, and
// running a store's jobs to completion.

#include "connectors/folder/folderstore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace crmsync::foldertest {

inline const QByteArray kCardA = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nN:A;Ann;;;\r\nEND:VCARD\r\n";
inline const QByteArray kCardB = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob\r\nN:B;Bob;;;\r\nEND:VCARD\r\n";

enum class Age { Fresh, Old, Future };

inline void writeRaw(const QString &path, const QByteArray &content)
{
    // In place (same inode), like an editor that does not save atomically.
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(f.errorString()));
    QCOMPARE(f.write(content), content.size());
}

inline void setMtime(const QString &path, const QDateTime &time)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(time, QFileDevice::FileModificationTime));
}

inline QDateTime mtimeOf(const QString &path)
{
    return QFileInfo(path).lastModified();
}

inline QDateTime timeFor(Age age)
{
    // Whole seconds so that file systems with coarse timestamps keep the value exactly.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch());
    switch (age) {
    case Age::Fresh: return now;
    case Age::Old: return now.addSecs(-3600);
    case Age::Future: return now.addSecs(3600); // always "racy"
    }
    return now;
}

//! Starts a job and waits for its single finished(), checking it did not finish inside start().
inline bool runJob(Job *job)
{
    QSignalSpy spy(job, &Job::finished);
    job->start();
    if (spy.count() != 0) {
        qWarning("job finished synchronously inside start()");
        return false;
    }
    if (!spy.wait(5000))
        return false;
    QTest::qWait(0);
    return spy.count() == 1;
}

inline ChangeSet list(FolderStore &store, const QHash<QString, QString> &known = {})
{
    std::unique_ptr<ListChangesJob> job(store.listChanges({}, known));
    if (!runJob(job.get()))
        return {};
    if (job->hasError())
        qWarning("%s", qPrintable(job->error().userMessage));
    return job->changes();
}

inline QList<WriteResult> write(FolderStore &store, const QList<WriteRequest> &requests)
{
    std::unique_ptr<WriteJob> job(store.write(requests));
    if (!runJob(job.get()))
        return {};
    return job->results();
}

inline QStringList ids(const QList<Item> &items)
{
    QStringList out;
    for (const Item &i : items)
        out << i.id;
    out.sort();
    return out;
}

inline WriteRequest request(WriteRequest::Op op, const QString &id, const QByteArray &raw,
                     const QString &expected = {}, int tag = 0)
{
    WriteRequest r;
    r.op = op;
    if (op == WriteRequest::Op::Create)
        r.suggestedId = id;
    else
        r.id = id;
    r.raw = raw;
    r.expectedVersion = expected;
    r.tag = tag;
    return r;
}

} // namespace crmsync::foldertest

Q_DECLARE_METATYPE(crmsync::foldertest::Age)
