// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/zoho/zohosession.h"
#include "model/moduleinfo.h"
#include "store/store.h"

#include <QPointer>

namespace crmsync {

class ZohoFieldsJob;

/*!
 * \brief One Zoho CRM module as a Store (docs/zoho-connector.md).
 *
 * Items: id = record id, version = Modified_Time, raw = the record's compact JSON with
 * the listed fields. Every call goes through the account's ZohoSession, so tokens are
 * refreshed and replays happen in one place.
 */
class ZohoStore : public Store
{
    Q_OBJECT
public:
    //! \a fields are the CRM fields to read (the profile's FieldMap::crmFields()).
    ZohoStore(ZohoSession *session, const ModuleInfo &module, const QStringList &fields, QObject *parent = nullptr);

    Capabilities capabilities() const override;
    QString displayName() const override;
    ListChangesJob *listChanges(const QString &token, const QHash<QString, QString> &knownVersions) override;
    FetchJob *fetch(const QStringList &ids) override;
    WriteJob *write(const QList<WriteRequest> &requests) override;
    ZohoFieldsJob *fetchFieldMetadata();

    const ModuleInfo &module() const { return m_module; }
    /*!
     * The `fields` parameter: id, Modified_Time and the mapped fields, duplicates removed.
     * Zoho takes at most 50 (reference/zoho-crm-api.md §2.1); more are cut off, and
     * fieldsOverLimit() says so.
     */
    QStringList requestFields() const { return m_requestFields; }
    bool fieldsOverLimit() const { return m_overLimit; }

    static constexpr int kMaxFields = 50;

private:
    QPointer<ZohoSession> m_session;
    ModuleInfo m_module;
    QStringList m_requestFields;
    bool m_overLimit = false;
};

} // namespace crmsync
