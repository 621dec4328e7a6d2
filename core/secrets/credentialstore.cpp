// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include "connectors/dav/davservicelocator.h"

namespace crmsync {

CredentialJob *CredentialStore::read(const QString &key, QObject *parent) const
{
    return new CredentialJob(CredentialJob::Operation::Read, m_service, key, {}, parent);
}

CredentialJob *CredentialStore::write(const QString &key, const QString &secret, QObject *parent) const
{
    return new CredentialJob(CredentialJob::Operation::Write, m_service, key, secret, parent);
}

CredentialJob *CredentialStore::remove(const QString &key, QObject *parent) const
{
    return new CredentialJob(CredentialJob::Operation::Remove, m_service, key, {}, parent);
}

QString CredentialStore::keyFor(const AccountConfig &account)
{
    if (account.type == AccountConfig::Type::Zoho)
        return QStringLiteral("zoho:%1@%2").arg(account.name, account.accountsUrl);
    if (account.isDav())
        return QStringLiteral("dav:%1@%2").arg(account.username, account.url);
    return QStringLiteral("%1:%2").arg(AccountConfig::typeName(account.type), account.name);
}

} // namespace crmsync

namespace crmsync {

CredentialScope CredentialStore::scopeFor(const AccountConfig &account)
{
    if (!account.isDav())
        return {};
    if (const auto address = DavServiceLocator::parseAddress(account.url))
        return CredentialScope::domain(address->host);
    return CredentialScope::origin(QUrl(account.url));
}

} // namespace crmsync
