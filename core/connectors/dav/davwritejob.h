// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "davcollection.h"
#include "store/writejob.h"

namespace crmsync {

class HttpJob;

/*!
 * \brief Writes to a DAV collection one request at a time with preconditions
 * (reference/protocols.md §4.3): create = PUT If-None-Match: * at collection +
 * suggestedId, update = PUT If-Match, delete = DELETE If-Match.
 *
 * 412 is a Conflict result; so is the same UID at another href (Radicale 409, Xandikos 207
 * wrapping 412, both with no-uid-conflict, §4.4). Any 2xx is success (Radicale answers an
 * update with 201 and a delete with 200 + multistatus, Xandikos with 204). A PUT answer
 * without ETag (the server changed the data) is followed by a PROPFIND Depth 0 for getetag.
 */
class DavWriteJob : public WriteJob
{
    Q_OBJECT
public:
    DavWriteJob(DavCollection collection, QList<WriteRequest> requests, QObject *parent = nullptr);
    void start() override;

    //! The member path a create lands on: the collection path + a safe file name.
    static QString pathFor(const DavCollection &collection, const QString &suggestedId);

private:
    void next();
    void onPutOrDeleteFinished(HttpJob *http, const WriteRequest &request, const QString &path);
    void readEtag(WriteResult result);
    void finishRequest(const WriteResult &result);

    DavCollection m_collection;
    QList<WriteRequest> m_requests;
    int m_next = 0;
};

} // namespace crmsync
