// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/moduleinfo.h"
#include "store/fetchjob.h"
#include "store/listchangesjob.h"
#include "store/writejob.h"

#include <QHash>
#include <QObject>

namespace crmsync {

/*!
 * \brief One collection in one service: a CRM module, a folder, later a CalDAV calendar
 * or CardDAV address book (ARCHITECTURE.md "The store interface").
 *
 * A store lists changes, fetches and writes with preconditions, and reports what it
 * can do. It never decides policy: that is the planner's. Jobs are returned unstarted;
 * the caller starts, owns and deletes them.
 */
class Store : public QObject
{
    Q_OBJECT
public:
    struct Capabilities
    {
        //! Most writes one WriteJob may carry (Zoho: 100, reference/zoho-crm-api.md §2.3).
        int maxWriteBatch = 100;
        //! Most ids one FetchJob may carry.
        int maxFetchBatch = 200;
        //! Whether listChanges() honours a token with a delta instead of a full listing.
        bool incremental = false;
    };

    using QObject::QObject;

    virtual Capabilities capabilities() const = 0;
    //! Names the store in messages: "Zoho CRM Contacts", "folder /home/u/contacts".
    virtual QString displayName() const = 0;

    /*!
     * Changes since \a token (empty: a full listing). knownVersions maps every id the
     * engine knows to the version it last saw, so a full listing can skip unchanged
     * payloads and report the ids that are gone.
     */
    virtual ListChangesJob *listChanges(const QString &token, const QHash<QString, QString> &knownVersions) = 0;
    virtual FetchJob *fetch(const QStringList &ids) = 0;
    virtual WriteJob *write(const QList<WriteRequest> &requests) = 0;
};

} // namespace crmsync
