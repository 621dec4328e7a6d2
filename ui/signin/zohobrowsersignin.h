// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signin/crmbrowsersignin.h"

namespace crmsync {

class ZohoSignInFlow;

/*!
 * \brief CrmBrowserSignIn over core/auth's ZohoSignInFlow (OAuth 2.0 with PKCE and a
 * loopback redirect, reference/zoho-crm-api.md §1.1): passes its signals through.
 */
class ZohoBrowserSignIn : public CrmBrowserSignIn
{
    Q_OBJECT
public:
    explicit ZohoBrowserSignIn(const Settings &settings, QObject *parent = nullptr);
    void start() override;
    void cancel() override;

private:
    ZohoSignInFlow *m_flow;
};

} // namespace crmsync
