// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxconfig.h"

#include <QJsonObject>

namespace crmsandbox {

class RecordStore;

/*!
 * \brief `--seed-demo`: about 200 plausible records (Japanese and English
 * names, addresses, phones), with events and tasks placed around today so
 * an agenda view has something to show. Seeds only an empty data dir.
 */
class DemoData
{
public:
    DemoData(const SandboxConfig &config, RecordStore &store);

    //! Returns the number of records written (0 when the store already had data).
    int seedIfEmpty();

    static constexpr int ContactCount = 80;
    static constexpr int LeadCount = 40;
    static constexpr int VendorCount = 20;
    static constexpr int TaskCount = 30;
    static constexpr int EventCount = 30;

private:
    qint64 add(const QString &module, QJsonObject fields, qint64 created);
    void seedContacts(qint64 now);
    void seedLeads(qint64 now);
    void seedVendors(qint64 now);
    void seedTasks(qint64 now);
    void seedEvents(qint64 now);

    const SandboxConfig &m_config;
    RecordStore &m_store;
    QList<qint64> m_contactIds;
    QList<QString> m_contactNames;
    int m_written = 0;
};

} // namespace crmsandbox
