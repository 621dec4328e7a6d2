// SPDX-License-Identifier: GPL-3.0-or-later
#include "zohostore.h"

#include "connectors/zoho/zohofetchjob.h"
#include "connectors/zoho/zohofieldsjob.h"
#include "connectors/zoho/zoholistchangesjob.h"
#include "connectors/zoho/zohowritejob.h"

#include <QCoreApplication>

namespace crmsync {

ZohoStore::ZohoStore(ZohoSession *session, const ModuleInfo &module, const QStringList &fields, QObject *parent)
    : Store(parent)
    , m_session(session)
    , m_module(module)
{
    QStringList all{QStringLiteral("id"), QStringLiteral("Modified_Time")};
    for (const QString &f : fields) {
        if (!f.isEmpty() && !all.contains(f))
            all << f;
    }
    m_overLimit = all.size() > kMaxFields;
    m_requestFields = all.mid(0, kMaxFields);
}

Store::Capabilities ZohoStore::capabilities() const
{
    Capabilities c;
    c.maxWriteBatch = 100; // §2.3–2.5
    c.maxFetchBatch = 100; // one ?ids= call
    c.incremental = true;  // If-Modified-Since + /deleted (§2.1, §2.6)
    return c;
}

QString ZohoStore::displayName() const
{
    return QCoreApplication::translate("ZohoStore", "Zoho CRM %1").arg(m_module.displayName());
}

ListChangesJob *ZohoStore::listChanges(const QString &token, const QHash<QString, QString> &knownVersions)
{
    return new ZohoListChangesJob(m_session, m_module, m_requestFields, token, knownVersions);
}

FetchJob *ZohoStore::fetch(const QStringList &ids)
{
    return new ZohoFetchJob(m_session, m_module, m_requestFields, ids);
}

WriteJob *ZohoStore::write(const QList<WriteRequest> &requests)
{
    return new ZohoWriteJob(m_session, m_module, requests);
}

ZohoFieldsJob *ZohoStore::fetchFieldMetadata()
{
    return new ZohoFieldsJob(m_session, m_module);
}

} // namespace crmsync
