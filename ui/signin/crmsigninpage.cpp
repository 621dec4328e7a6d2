// SPDX-License-Identifier: GPL-3.0-or-later
#include "crmsigninpage.h"

#include "common/appcontext.h"
#include "signin/signinkeeper.h"
#include "signin/signinmessages.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace crmsync {

CrmSignInPage::CrmSignInPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_factory(CrmBrowserSignIn::defaultFactory()),
      m_opener([](const QUrl &url) { QDesktopServices::openUrl(url); }), m_keeper(new SignInKeeper(context, this))
{
    m_name = new QLineEdit(QStringLiteral("crm"), this);
    m_centre = new QComboBox(this);
    m_keep = new QCheckBox(tr("Keep me signed in"), this);
    m_keep->setChecked(true);
    m_keep->setToolTip(tr("Keeps the sign-in in the system keychain. Unchecked, you sign in again after the app quits."));
    m_signIn = new QPushButton(tr("Sign in with browser"), this);
    m_signIn->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel sign-in"), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy: the browser step takes as long as the user needs
    m_progress->setTextVisible(false);
    m_url = new QLineEdit(this);
    m_url->setReadOnly(true);
    auto *copy = new QPushButton(tr("Copy"), this);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);   // may show server or file text (docs/desktop-app.md)
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_continueWithout = new QPushButton(tr("Continue without keeping the sign-in"), this);

    // Names for tests and accessibility tools.
    m_name->setObjectName(QStringLiteral("name"));
    m_centre->setObjectName(QStringLiteral("dataCentre"));
    m_keep->setObjectName(QStringLiteral("keepSignedIn"));
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_cancel->setObjectName(QStringLiteral("cancelSignIn"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_url->setObjectName(QStringLiteral("signInUrl"));
    m_status->setObjectName(QStringLiteral("status"));
    m_continueWithout->setObjectName(QStringLiteral("continueWithout"));

    auto *form = new QFormLayout;
    // Long (Japanese) labels go above their fields rather than squeezing them.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Account name:"), m_name);
    form->addRow(tr("Data centre:"), m_centre);

    auto *intro = new QLabel(tr("Sign in to Zoho CRM in your web browser. CRM Sync never sees your Zoho password."), this);
    intro->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_cancel);
    buttons->addStretch();

    m_urlRow = new QWidget(this);
    auto *urlLayout = new QVBoxLayout(m_urlRow);
    urlLayout->setContentsMargins(0, 0, 0, 0);
    auto *urlHint = new QLabel(tr("If no browser window opened, open this address in your browser:"), m_urlRow);
    urlHint->setWordWrap(true);
    auto *urlLine = new QHBoxLayout;
    urlLine->addWidget(m_url, 1);
    urlLine->addWidget(copy);
    urlLayout->addWidget(urlHint);
    urlLayout->addLayout(urlLine);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_keep);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_urlRow);
    layout->addWidget(m_status);
    layout->addWidget(m_continueWithout, 0, Qt::AlignLeft);
    layout->addStretch();

    connect(m_signIn, &QPushButton::clicked, this, &CrmSignInPage::startSignIn);
    connect(m_cancel, &QPushButton::clicked, this, &CrmSignInPage::cancelSignIn);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_url->text()); });
    connect(m_continueWithout, &QPushButton::clicked, this, [this] {
        m_continueWithout->hide();
        m_keeper->continueWithoutKeeping();
    });
    connect(m_keeper, &SignInKeeper::saved, this, [this](const QStringList &names, bool inKeychain) {
        setBusy(false);
        showStatus(inKeychain
                       ? tr("Signed in as account “%1”. The sign-in is kept in the system keychain.").arg(names.value(0))
                       : tr("Signed in as account “%1” for this session only.").arg(names.value(0)),
                   false);
        emit accountSaved(names.value(0));
    });
    connect(m_keeper, &SignInKeeper::keychainFailed, this, [this](const QString &message) {
        setBusy(false);
        showStatus(message, true);
        m_continueWithout->show();
    });
    connect(m_keeper, &SignInKeeper::failed, this, [this](const QString &message) {
        setBusy(false);
        showStatus(message, true);
    });

    setDataCentres(ZohoDataCentre::all(), ZohoDataCentre::defaultFor(QLocale()));
    setBusy(false);
    m_urlRow->hide();
    m_continueWithout->hide();
}

void CrmSignInPage::setDataCentres(const QList<ZohoDataCentre> &centres, const ZohoDataCentre &preselected)
{
    m_centres = centres;
    m_centre->clear();
    for (const ZohoDataCentre &dc : centres)
        m_centre->addItem(dc.displayName(), dc.code);
    m_centre->setCurrentIndex(std::max<int>(0, int(centres.indexOf(preselected))));
}

void CrmSignInPage::startSignIn()
{
    m_continueWithout->hide();
    m_urlRow->hide();
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showStatus(tr("Give the account a name."), true);
        return;
    }
    if (!m_factory) {
        showStatus(tr("Browser sign-in is not available in this build."), true);
        return;
    }
    const ZohoDataCentre dc = m_centres.value(m_centre->currentIndex());
    // No scope: the flow asks for the ones CRM Sync needs (ZohoSignInFlow::defaultScope).
    CrmBrowserSignIn::Settings settings{dc.accountsUrl, m_clientId, m_clientSecret, QString()};
    m_flow = m_factory(settings, this);
    if (!m_flow) {
        showStatus(tr("Browser sign-in is not available in this build."), true);
        return;
    }
    connect(m_flow, &CrmBrowserSignIn::openBrowser, this, [this](const QUrl &url) {
        m_url->setText(url.toString(QUrl::FullyEncoded));
        m_urlRow->show();
        showStatus(tr("Waiting for you to sign in and allow access in the browser…"), false);
        m_opener(url);
    });
    connect(m_flow, &CrmBrowserSignIn::succeeded, this, &CrmSignInPage::onSucceeded);
    connect(m_flow, &CrmBrowserSignIn::failed, this, [this](const Error &error) {
        m_flow->deleteLater();
        setBusy(false);
        m_urlRow->hide();
        showStatus(SignInMessages::forCrm(error), true);
    });
    setBusy(true);
    showStatus(tr("Starting the sign-in…"), false);
    m_flow->start();
}

void CrmSignInPage::cancelSignIn()
{
    if (m_flow) {
        m_flow->cancel();
        m_flow->deleteLater();
    }
    setBusy(false);
    m_urlRow->hide();
    showStatus(tr("Sign-in cancelled."), false);
}

void CrmSignInPage::onSucceeded(const CrmBrowserSignIn::Grant &grant)
{
    m_flow->deleteLater();
    m_urlRow->hide();
    const ZohoDataCentre dc = m_centres.value(m_centre->currentIndex());
    AccountConfig account;
    account.name = m_name->text().trimmed();
    account.type = AccountConfig::Type::Zoho;
    // The servers Zoho named for this user win over the picked data centre (§1.1, §1.2).
    QUrl accounts = grant.accountsServer.isValid() && !grant.accountsServer.isEmpty() ? grant.accountsServer : dc.accountsUrl;
    QUrl api = grant.apiDomain.isValid() && !grant.apiDomain.isEmpty() ? grant.apiDomain : dc.apiUrl;
    account.accountsUrl = accounts.toString(QUrl::StripTrailingSlash);
    account.apiUrl = api.toString(QUrl::StripTrailingSlash);
    account.clientId = m_clientId;
    // A desktop client's secret is not a user secret (docs/configuration.md, client_secret).
    account.clientSecret = m_clientSecret;
    showStatus(m_keep->isChecked() ? tr("Signed in. Keeping the sign-in in the system keychain…")
                                   : tr("Signed in."),
               false);
    m_keeper->keep({account}, grant.refreshToken, m_keep->isChecked());
}

void CrmSignInPage::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    m_centre->setEnabled(!busy);
    m_name->setEnabled(!busy);
    m_keep->setEnabled(!busy);
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);
}

void CrmSignInPage::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("problem", problem);
    // Bold, not a colour: it must stay readable in dark and high-contrast themes.
    m_status->setStyleSheet(problem ? QStringLiteral("font-weight: bold;") : QString());
}

} // namespace crmsync
