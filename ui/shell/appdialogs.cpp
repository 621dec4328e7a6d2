// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/appdialogs.h"

#include "common/appcontext.h"
#include "config/profileedits.h"
#include "signin/signindialog.h"
#include "wizard/setupwizard.h"

#include <QMessageBox>
#include <QPushButton>

namespace crmsync {

namespace {

const AccountConfig *firstZohoAccount(const Config &config)
{
    for (auto it = config.accounts.cbegin(); it != config.accounts.cend(); ++it) {
        if (it->type == AccountConfig::Type::Zoho)
            return &*it;
    }
    return nullptr;
}

} // namespace

AppDialogs::AppDialogs(AppContext *context, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_window(window)
{
}

SignInDialog *AppDialogs::signInDialog() const
{
    return m_signIn;
}

SetupWizard *AppDialogs::wizard() const
{
    return m_wizard;
}

void AppDialogs::openSignIn()
{
    if (m_signIn) {
        m_signIn->raise();
        m_signIn->activateWindow();
        return;
    }
    m_signIn = new SignInDialog(m_context, m_window);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    // The OAuth client is the one the config already uses (a Self Client or the app's own
    // registration in the Zoho API console), else the one the environment names: a desktop
    // client is public, PKCE protects its code (reference/zoho-crm-api.md §1.1).
    const Config &config = m_context->config();
    const AccountConfig *zoho = firstZohoAccount(config);
    const QString clientId = zoho ? zoho->clientId : qEnvironmentVariable("CRMSYNC_ZOHO_CLIENT_ID");
    const QString clientSecret = zoho ? zoho->clientSecret : qEnvironmentVariable("CRMSYNC_ZOHO_CLIENT_SECRET");
    m_signIn->setCrmClient(clientId, clientSecret);
    if (m_context->isDemo() && zoho) {
        // The demo's "data centre" is the local crm-sandbox it started.
        const ZohoDataCentre sandbox{QStringLiteral("demo"), QUrl(zoho->accountsUrl), QUrl(zoho->apiUrl)};
        m_signIn->setDataCentres({sandbox}, sandbox);
    }
    m_signIn->open();
}

void AppDialogs::openWizard(const QString &profile)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new SetupWizard(m_context, m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!profile.isEmpty() && !m_wizard->editProfile(profile)) {
        delete m_wizard;
        emit saveFailed(tr("There is no profile named \"%1\" to edit.").arg(profile));
        return;
    }
    m_wizard->open();
}

void AppDialogs::setPaused(const QString &profile, bool paused)
{
    save(ProfileEdits::withPaused(m_context->config(), profile, paused));
}

void AppDialogs::confirmRemove(const QString &profile)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove profile", "dialog title"),
                                tr("Remove the profile \"%1\"?\n\nNothing is deleted: its records stay in Zoho CRM and its "
                                   "items stay on the other side. Only the profile and its schedule go. If you add it "
                                   "again later, the items are matched, not copied twice.", "dialog text")
                                    .arg(profile),
                                QMessageBox::Cancel, m_window);
    box->setTextFormat(Qt::PlainText);   // the profile name is the user's or a config file's text
    QPushButton *remove = box->addButton(tr("Remove", "dialog button"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, profile] {
        if (box->clickedButton() == remove)
            save(ProfileEdits::withoutProfile(m_context->config(), profile));
    });
    box->open();
}

void AppDialogs::save(const Config &config)
{
    if (!m_context->saveConfig(config))
        emit saveFailed(m_context->configError().userMessage);
}

} // namespace crmsync
