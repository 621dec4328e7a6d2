// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/accountconfig.h"
#include "connectors/dav/davcollectioninfo.h"
#include "util/error.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace crmsync {

class AppContext;
class DavDiscoveryJob;
class SignInKeeper;

/*!
 * \brief The calendar-and-contacts-server half of the sign-in dialog (CalDAV/CardDAV):
 * address or e-mail, user name, password (with the app-specific-password note), "Keep me
 * signed in", and "Test and save", which runs DavDiscoveryJob and shows what it found
 * (reference/protocols.md §4.1).
 *
 * One config account is saved per calendar and address book found, all sharing one
 * keychain entry (CredentialStore::keyFor); the password never goes into the config.
 *
 * A server outside the user's domain (an SRV target or a redirect elsewhere) is used only
 * after the user said yes in a question naming it (objectName "confirmOutsideServer");
 * discovery then starts again from it and the accounts' "url" names it, so the password
 * is bound to that server (docs/dav.md "Where a password is sent").
 */
class ServerSignInPage : public QWidget
{
    Q_OBJECT
public:
    explicit ServerSignInPage(AppContext *context, QWidget *parent = nullptr);

signals:
    void accountsSaved(const QStringList &names);

private:
    void testAndSave();
    void discover(const QUrl &start);
    void onDiscovered();
    //! Asks whether to use \a target, outside the user's domain; yes starts again from it.
    void confirmOutside(const QUrl &target, const Error &error);
    QList<AccountConfig> accountsFor(const QList<DavCollectionInfo> &found) const;
    void setBusy(bool busy);
    void showStatus(const QString &text, bool problem);

    AppContext *m_context;
    SignInKeeper *m_keeper;
    QPointer<DavDiscoveryJob> m_job;
    QString m_address;
    //! Where the principal answered, for the accounts' "url".
    QUrl m_serverUrl;

    QLineEdit *m_name;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_keep;
    QPushButton *m_test;
    QProgressBar *m_progress;
    QLabel *m_status;
    QListWidget *m_found;
    QPushButton *m_continueWithout;
};

} // namespace crmsync
