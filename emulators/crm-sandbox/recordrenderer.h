// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordstore.h"

#include <QJsonObject>
#include <QStringList>

namespace crmsandbox {

/*!
 * \brief Turns stored records into Zoho's JSON shapes (reference/zoho-crm-api.md
 * §2.1, §2.3): ids as strings, lookups as {name,id}, times in the org offset.
 */
class RecordRenderer
{
public:
    explicit RecordRenderer(int utcOffsetSecs);

    //! Requested \a fields (all module fields when empty) plus `id`; absent values are null.
    QJsonObject render(const StoredRecord &record, const QStringList &fields = {}) const;
    //! The `details` of a successful write item (§2.3 per-record success item).
    QJsonObject writeDetails(const StoredRecord &record) const;
    QString time(qint64 epochSecs) const;

    //! The one user of the sandbox org, used as Owner/Created_By/Modified_By.
    static QJsonObject user(bool withEmail = true);
    //! Fills derived fields (Full_Name) after a write.
    static void applyDerived(const QString &module, QJsonObject &fields);

private:
    int m_utcOffsetSecs;
};

} // namespace crmsandbox
