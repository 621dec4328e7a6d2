// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Payloads, write requests and a job runner shared by the DAV contract tests.
#include "model/item.h"
#include "model/writerequest.h"
#include "util/job.h"

#include <QHash>
#include <QSignalSpy>
#include <QString>

#include <memory>

namespace crmsync::davtest {

inline QByteArray vcard(const QString &uid, const QString &name)
{
    return QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:%1\r\nFN:%2\r\nN:%2;;;;\r\nEND:VCARD\r\n")
        .arg(uid, name).toUtf8();
}

inline QByteArray vevent(const QString &uid, const QString &summary)
{
    return QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//crmsync//test//EN\r\nBEGIN:VEVENT\r\n"
                          "UID:%1\r\nDTSTAMP:20240101T000000Z\r\nDTSTART:20240108T100000Z\r\n"
                          "DTEND:20240108T110000Z\r\nSUMMARY:%2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        .arg(uid, summary).toUtf8();
}

inline WriteRequest create(const QString &name, const QByteArray &raw, int tag = 0)
{
    WriteRequest r;
    r.op = WriteRequest::Op::Create;
    r.suggestedId = name;
    r.raw = raw;
    r.tag = tag;
    return r;
}

inline WriteRequest update(const QString &id, const QString &version, const QByteArray &raw)
{
    WriteRequest r;
    r.op = WriteRequest::Op::Update;
    r.id = id;
    r.expectedVersion = version;
    r.raw = raw;
    return r;
}

inline WriteRequest removal(const QString &id, const QString &version)
{
    WriteRequest r;
    r.op = WriteRequest::Op::Delete;
    r.id = id;
    r.expectedVersion = version;
    return r;
}

//! Runs a job to its end (tests may wait; core may not).
template<typename J>
std::unique_ptr<J> run(J *job)
{
    std::unique_ptr<J> owned(job);
    QSignalSpy spy(job, &Job::finished);
    job->start();
    if (!spy.wait(120000))
        qWarning("job did not finish");
    return owned;
}

inline QHash<QString, QString> versionsOf(const QList<Item> &items)
{
    QHash<QString, QString> out;
    for (const Item &i : items)
        out.insert(i.id, i.version);
    return out;
}


} // namespace crmsync::davtest
