// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/zoho/zohodatacentre.h"
#include "signin/crmbrowsersignin.h"

#include <QDialog>

#include <functional>

class QTabWidget;

namespace crmsync {

class AppContext;
class CrmSignInPage;
class ServerSignInPage;

/*!
 * \brief Signs the user in to an account (issue #4): Zoho CRM through the browser, or a
 * calendar and contacts server (CalDAV/CardDAV) with a user name and password, with
 * "Keep me signed in" for both (ARCHITECTURE.md ui/signin).
 *
 * Nothing here blocks: the browser flow, the server test and the keychain are all
 * asynchronous. Open it with open() or show(). Accounts are saved to the AppContext's
 * config with "secret": "keychain"; the secret itself goes only to the keychain or, when
 * not kept, to SessionSecrets.
 */
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Crm, Server };

    explicit SignInDialog(AppContext *context, QWidget *parent = nullptr);

    void showKind(Kind kind);
    //! The OAuth client the CRM sign-in uses (the app's registration in the Zoho API console).
    void setCrmClient(const QString &clientId, const QString &clientSecret);
    //! The data centres offered, and the one preselected (default: all seven, the one for
    //! the user's locale: ZohoDataCentre::defaultFor(QLocale())).
    void setDataCentres(const QList<ZohoDataCentre> &centres, const ZohoDataCentre &preselected);
    //! Replaces the browser sign-in (tests; default: CrmBrowserSignIn::defaultFactory()).
    void setCrmSignInFactory(CrmBrowserSignIn::Factory factory);
    //! What opens the sign-in page (default: QDesktopServices::openUrl; tests drive it).
    void setBrowserOpener(std::function<void(const QUrl &)> opener);

    /*!
     * Signs \a account out: forgets the secret kept in memory and removes the keychain
     * entry (asynchronously); the account stays in the config and needs a new sign-in.
     */
    static void signOut(AppContext *context, const QString &account, std::function<void(const Error &)> done = {});

signals:
    //! Accounts were signed in and saved to the config.
    void accountsSaved(const QStringList &names);

private:
    QTabWidget *m_tabs;
    CrmSignInPage *m_crm;
    ServerSignInPage *m_server;
};

} // namespace crmsync
