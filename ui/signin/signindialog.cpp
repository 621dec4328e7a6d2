// SPDX-License-Identifier: GPL-3.0-or-later
#include "signindialog.h"

#include "signin/crmsigninpage.h"
#include "signin/serversigninpage.h"
#include "signin/signinkeeper.h"

#include <QDialogButtonBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace crmsync {

SignInDialog::SignInDialog(AppContext *context, QWidget *parent)
    : QDialog(parent), m_tabs(new QTabWidget(this)), m_crm(new CrmSignInPage(context, this)),
      m_server(new ServerSignInPage(context, this))
{
    setWindowTitle(tr("Sign In"));
    m_tabs->addTab(m_crm, tr("Zoho CRM"));
    m_tabs->addTab(m_server, tr("Calendar and contacts server"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    connect(m_crm, &CrmSignInPage::accountSaved, this, [this](const QString &name) { emit accountsSaved({name}); });
    connect(m_server, &ServerSignInPage::accountsSaved, this, &SignInDialog::accountsSaved);
    // Room for the longer Japanese labels and the app-specific-password note.
    resize(sizeHint().expandedTo(QSize(560, 520)));
}

void SignInDialog::showKind(Kind kind)
{
    m_tabs->setCurrentWidget(kind == Kind::Crm ? static_cast<QWidget *>(m_crm) : m_server);
}

void SignInDialog::setCrmClient(const QString &clientId, const QString &clientSecret)
{
    m_crm->setClient(clientId, clientSecret);
}

void SignInDialog::setDataCentres(const QList<ZohoDataCentre> &centres, const ZohoDataCentre &preselected)
{
    m_crm->setDataCentres(centres, preselected);
}

void SignInDialog::setCrmSignInFactory(CrmBrowserSignIn::Factory factory)
{
    m_crm->setFactory(std::move(factory));
}

void SignInDialog::setBrowserOpener(std::function<void(const QUrl &)> opener)
{
    m_crm->setBrowserOpener(std::move(opener));
}

void SignInDialog::signOut(AppContext *context, const QString &account, std::function<void(const Error &)> done)
{
    SignInKeeper::signOut(context, account, std::move(done));
}

} // namespace crmsync
