// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/zoho/zohosession.h"
#include "model/moduleinfo.h"
#include "store/listchangesjob.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace crmsync {

class ZohoRequestJob;

/*!
 * \brief Lists one Zoho CRM module's changes (docs/zoho-connector.md "Listing").
 *
 * No token: a full listing, GET /crm/v8/{Module}?fields=…&per_page=200, paged with `page`
 * for the first 2 000 records and `page_token` beyond (reference/zoho-crm-api.md §2.1).
 * Records whose Modified_Time equals the known version are not reported; known ids not
 * listed are confirmed with a GET each (ZohoFetchJob) before they are reported deleted,
 * because offset paging skips a record when an earlier one is deleted meanwhile.
 *
 * With a token: the same listing with If-Modified-Since (304: nothing changed) plus
 * GET /{Module}/deleted?type=all with If-Modified-Since (§2.6): two calls when nothing
 * changed.
 */
class ZohoListChangesJob : public ListChangesJob
{
    Q_OBJECT
public:
    ZohoListChangesJob(ZohoSession *session, const ModuleInfo &module, const QStringList &fields,
                       const QString &token, const QHash<QString, QString> &knownVersions, QObject *parent = nullptr);

    void start() override;
    void listMore() override;

    //! The token form: the instant as ISO 8601 in UTC with "+00:00" (§2.1 wants an offset).
    static QString tokenFor(const QDateTime &instant);
    /*!
     * The If-Modified-Since value for \a token: one second earlier. Modified_Time has
     * second precision and Zoho returns records modified *after* the header, so a record
     * changed in the same second as the newest one we saw would otherwise be missed; what
     * this re-lists is dropped again by its known version. Empty for an unreadable token.
     */
    static QString sinceHeaderFor(const QString &token);

private:
    void requestPage();
    void onPage(Job *job);
    void requestVerify();
    void onVerify(Job *job);
    void requestDeleted();
    void onDeleted(Job *job);
    void finish();
    void fail(const Error &error);
    void noteTime(const QString &isoTime);
    bool readRecords(ZohoRequestJob *job);

    QPointer<ZohoSession> m_session;
    ModuleInfo m_module;
    QStringList m_fields;
    QString m_token;
    QString m_since;
    QHash<QString, QString> m_known;

    int m_page = 1;
    //! Stopped after a page, until listMore().
    bool m_waiting = false;
    QString m_pageToken;
    QSet<QString> m_seen;
    QStringList m_toVerify;
    QDateTime m_serverStart;
    QDateTime m_newest;
};

} // namespace crmsync
