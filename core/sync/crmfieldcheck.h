// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/zoho/fieldinfo.h"
#include "sync/syncprofile.h"
#include "util/error.h"

#include <QObject>
#include <QStringList>

namespace crmsync {

class StateDb;
class ZohoSession;

/*!
 * \brief Checks a profile's field map against the CRM's field metadata and learns which
 * fields the CRM requires (reference/zoho-crm-api.md §3.3–3.4: orgs add mandatory and
 * custom fields of their own).
 *
 * The answer is kept in the state per field map, so the metadata is read once per map,
 * not on every run: a no-change run stays at its two API calls.
 */
class CrmFieldCheck : public QObject
{
    Q_OBJECT
public:
    CrmFieldCheck(const SyncProfile &profile, ZohoSession *session, StateDb *db, QObject *parent = nullptr);

    void start();
    const Error &error() const { return m_error; }
    //! System-mandatory fields of the module, as the CRM reports them.
    const QStringList &mandatoryFields() const { return m_mandatory; }
    //! Default-map fields this CRM does not have (an org may leave standard fields unused);
    //! they are left out of the profile's map.
    const QStringList &missingDefaultFields() const { return m_missing; }
    //! The profile's map without missingDefaultFields().
    FieldMap effectiveMap() const;

    /*!
     * Pure part, for tests: fields of \a profile's map that \a fields lacks. A field the user
     * mapped is an error; a field of the default map is only listed in \a missingDefaults.
     */
    static Error check(const SyncProfile &profile, const QList<FieldInfo> &fields, QStringList *missingDefaults);

signals:
    void finished();

private:
    void finish();
    QString mapKey() const;

    SyncProfile m_profile;
    ZohoSession *m_session;
    StateDb *m_db;
    Error m_error;
    QStringList m_mandatory;
    QStringList m_missing;
};

} // namespace crmsync
