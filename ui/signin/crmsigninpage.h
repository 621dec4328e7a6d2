// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/zoho/zohodatacentre.h"
#include "signin/crmbrowsersignin.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace crmsync {

class AppContext;
class SignInKeeper;

/*!
 * \brief The Zoho CRM half of the sign-in dialog: data centre, "Sign in with browser",
 * progress and cancel, the sign-in address to copy when no browser opens, and "Keep me
 * signed in" (reference/zoho-crm-api.md §0 "Data centres", §1.1).
 */
class CrmSignInPage : public QWidget
{
    Q_OBJECT
public:
    explicit CrmSignInPage(AppContext *context, QWidget *parent = nullptr);

    void setDataCentres(const QList<ZohoDataCentre> &centres, const ZohoDataCentre &preselected);
    void setClient(const QString &clientId, const QString &clientSecret) { m_clientId = clientId; m_clientSecret = clientSecret; }
    void setFactory(CrmBrowserSignIn::Factory factory) { m_factory = std::move(factory); }
    void setBrowserOpener(std::function<void(const QUrl &)> opener) { m_opener = std::move(opener); }

signals:
    void accountSaved(const QString &name);

private:
    void startSignIn();
    void cancelSignIn();
    void onSucceeded(const CrmBrowserSignIn::Grant &grant);
    void setBusy(bool busy);
    void showStatus(const QString &text, bool problem);

    AppContext *m_context;
    QList<ZohoDataCentre> m_centres;
    QString m_clientId;
    QString m_clientSecret;
    CrmBrowserSignIn::Factory m_factory;
    std::function<void(const QUrl &)> m_opener;
    QPointer<CrmBrowserSignIn> m_flow;
    SignInKeeper *m_keeper;

    QLineEdit *m_name;
    QComboBox *m_centre;
    QCheckBox *m_keep;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QWidget *m_urlRow;
    QLineEdit *m_url;
    QLabel *m_status;
    QPushButton *m_continueWithout;
};

} // namespace crmsync
