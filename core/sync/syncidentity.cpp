// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncidentity.h"

namespace crmsync::SyncIdentity {

namespace {
QString prefix(ModuleInfo::Module module)
{
    return QStringLiteral("crmsync-") + ModuleInfo::of(module).apiName().toLower() + QLatin1Char('-');
}
const QLatin1String kDomain("@zoho-crm");
} // namespace

QString remoteUidFor(ModuleInfo::Module module, const QString &crmId)
{
    return prefix(module) + crmId + kDomain;
}

QString crmIdFromUid(ModuleInfo::Module module, const QString &uid)
{
    const QString p = prefix(module);
    if (!uid.startsWith(p) || !uid.endsWith(kDomain))
        return {};
    return uid.mid(p.size(), uid.size() - p.size() - kDomain.size());
}

QString remoteNameFor(const ModuleInfo &module, const QString &crmId)
{
    return QStringLiteral("crm-") + crmId + QLatin1Char('.') + module.fileSuffix();
}

} // namespace crmsync::SyncIdentity
