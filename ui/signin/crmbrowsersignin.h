// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace crmsync {

/*!
 * \brief What the sign-in dialog needs of a browser sign-in to Zoho CRM: start, cancel,
 * "open this page", and the tokens or why there are none.
 *
 * A seam between the dialog and core/auth's ZohoSignInFlow (zohobrowsersignin.h adapts
 * it), so the dialog has one small interface to drive and tests can replace the flow.
 */
class CrmBrowserSignIn : public QObject
{
    Q_OBJECT
public:
    //! What the flow needs to know; the accounts URL comes from the chosen data centre.
    struct Settings
    {
        QUrl accountsUrl;
        QString clientId;
        QString clientSecret;
        QString scope;
    };
    //! The result of a successful sign-in.
    struct Grant
    {
        QString refreshToken;
        //! Where API calls go and where this user's tokens come from (Zoho may move the
        //! user to another data centre: reference/zoho-crm-api.md §1.1 "Redirect back").
        QUrl apiDomain;
        QUrl accountsServer;
    };
    using Factory = std::function<CrmBrowserSignIn *(const Settings &settings, QObject *parent)>;

    using QObject::QObject;
    virtual void start() = 0;
    virtual void cancel() = 0;

    //! The ZohoSignInFlow adapter when this build has core/auth, else nullptr.
    static Factory defaultFactory();

signals:
    void openBrowser(const QUrl &authorizationUrl);
    void succeeded(const crmsync::CrmBrowserSignIn::Grant &grant);
    void failed(const crmsync::Error &error);
};

} // namespace crmsync
