// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace crmsync {

/*!
 * \brief What a finished Zoho sign-in yields (reference/zoho-crm-api.md §1.2):
 * the long-lived refresh token, a first access token, the API domain to call
 * and the accounts server that issued them (the refresh grant must go there, §1.1
 * multi-DC). The tokens are secrets: never log them.
 */
struct ZohoGrant
{
    QString refreshToken;
    QString accessToken;
    QUrl apiDomain;
    QUrl accountsServer;
};

} // namespace crmsync

Q_DECLARE_METATYPE(crmsync::ZohoGrant)
