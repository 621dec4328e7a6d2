// SPDX-License-Identifier: GPL-3.0-or-later
#include "crmfieldcheck.h"

#include "connectors/zoho/zohofieldsjob.h"
#include "state/statedb.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMetaObject>

namespace crmsync {

namespace {
const QString kCheckedKey = QStringLiteral("crm_fields_checked");
const QString kMandatoryKey = QStringLiteral("crm_mandatory_fields");
const QString kMissingKey = QStringLiteral("crm_missing_default_fields");
} // namespace

CrmFieldCheck::CrmFieldCheck(const SyncProfile &profile, ZohoSession *session, StateDb *db, QObject *parent)
    : QObject(parent), m_profile(profile), m_session(session), m_db(db)
{
}

QString CrmFieldCheck::mapKey() const
{
    QByteArray all = ModuleInfo::of(m_profile.module).apiName().toUtf8();
    for (const FieldMapping &m : m_profile.fieldMap.mappings())
        all += '\n' + m.crm.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(all, QCryptographicHash::Sha256).toHex());
}

void CrmFieldCheck::finish()
{
    QMetaObject::invokeMethod(this, &CrmFieldCheck::finished, Qt::QueuedConnection);
}

FieldMap CrmFieldCheck::effectiveMap() const
{
    QList<FieldMapping> kept;
    for (const FieldMapping &m : m_profile.fieldMap.mappings()) {
        if (!m_missing.contains(m.crm))
            kept << m;
    }
    return FieldMap(kept);
}

Error CrmFieldCheck::check(const SyncProfile &profile, const QList<FieldInfo> &fields, QStringList *missingDefaults)
{
    QStringList unknown;
    for (const QString &name : profile.fieldMap.crmFields()) {
        const bool known = std::any_of(fields.cbegin(), fields.cend(), [&](const FieldInfo &f) { return f.apiName == name; });
        if (!known)
            unknown << name;
    }
    if (unknown.isEmpty())
        return {};
    if (profile.fieldMap == FieldMap::defaultFor(profile.module)) {
        // Zoho lists only the fields an org uses (type=used, reference §3.4): a standard field
        // of our default map may simply not be in use there. Nothing to sync in it, then.
        *missingDefaults = unknown;
        return {};
    }
    return Error::make(Error::Category::Config,
        QCoreApplication::translate("CrmFieldCheck", "profile %1: the CRM's %2 module has no field %3; check the profile's field_map")
            .arg(profile.name, ModuleInfo::of(profile.module).apiName(), unknown.join(QStringLiteral(", "))));
}

void CrmFieldCheck::start()
{
    const auto checked = m_db->profileValue(m_profile.name, kCheckedKey);
    const auto mandatory = m_db->profileValue(m_profile.name, kMandatoryKey);
    if (!checked || !mandatory) {
        m_error = checked ? mandatory.error() : checked.error();
        return finish();
    }
    if (checked.value() == mapKey()) {
        const auto missing = m_db->profileValue(m_profile.name, kMissingKey);
        m_mandatory = mandatory->split(QLatin1Char(','), Qt::SkipEmptyParts);
        m_missing = missing ? missing->split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList();
        return finish();
    }

    auto *job = new ZohoFieldsJob(m_session, ModuleInfo::of(m_profile.module), this);
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (job->hasError()) {
            m_error = job->error();
            emit finished();
            return;
        }
        m_error = check(m_profile, job->fields(), &m_missing);
        if (!m_error.isError()) {
            for (const FieldInfo &f : job->fields()) {
                if (f.systemMandatory && !f.readOnly)
                    m_mandatory << f.apiName;
            }
            Status s = m_db->setProfileValue(m_profile.name, kMandatoryKey, m_mandatory.join(QLatin1Char(',')));
            if (s)
                s = m_db->setProfileValue(m_profile.name, kMissingKey, m_missing.join(QLatin1Char(',')));
            if (s)
                s = m_db->setProfileValue(m_profile.name, kCheckedKey, mapKey());
            if (!s)
                m_error = s.error();
        }
        emit finished();
    });
    job->start();
}

} // namespace crmsync
