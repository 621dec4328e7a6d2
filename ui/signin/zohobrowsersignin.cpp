// SPDX-License-Identifier: GPL-3.0-or-later
#include "zohobrowsersignin.h"

#include "net/networkcontext.h" // before the flow: its QPointer<NetworkContext> needs the full type
#include <QNetworkAccessManager> // networkcontext.h holds a QPointer to one

#include "auth/zohosigninflow.h"

namespace crmsync {

ZohoBrowserSignIn::ZohoBrowserSignIn(const Settings &settings, QObject *parent)
    : CrmBrowserSignIn(parent),
      m_flow(new ZohoSignInFlow({settings.accountsUrl, settings.clientId, settings.clientSecret,
                                 settings.scope.isEmpty() ? ZohoSignInFlow::defaultScope() : settings.scope},
                                this))
{
    connect(m_flow, &ZohoSignInFlow::openBrowser, this, &CrmBrowserSignIn::openBrowser);
    connect(m_flow, &ZohoSignInFlow::failed, this, &CrmBrowserSignIn::failed);
    connect(m_flow, &ZohoSignInFlow::succeeded, this, [this](const ZohoGrant &grant) {
        emit succeeded(Grant{grant.refreshToken, grant.apiDomain, grant.accountsServer});
    });
}

void ZohoBrowserSignIn::start()
{
    m_flow->start();
}

void ZohoBrowserSignIn::cancel()
{
    m_flow->cancel();
}

CrmBrowserSignIn::Factory CrmBrowserSignIn::defaultFactory()
{
    return [](const Settings &settings, QObject *parent) -> CrmBrowserSignIn * {
        return new ZohoBrowserSignIn(settings, parent);
    };
}

} // namespace crmsync
