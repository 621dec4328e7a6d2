// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/collectionpicker.h"

#include "connectors/dav/davdiscoveryjob.h"
#include "connectors/dav/davservicelocator.h"
#include "secrets/credentialstore.h"
#include "net/networkcontext.h"

#include <QNetworkAccessManager>
#include "wizard/accountsecretjob.h"
#include "wizard/wizardchoices.h"

#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace crmsync {

CollectionPicker::CollectionPicker(QWidget *parent)
    : QWidget(parent), m_combo(new QComboBox(this)), m_busyBar(new QProgressBar(this)), m_error(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_error);
    m_combo->setObjectName(QStringLiteral("collectionCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // A range of 0–0 makes the bar an indeterminate "busy" indicator.
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setVisible(false);
    m_error->setTextFormat(Qt::PlainText);   // may show server or file text (docs/desktop-app.md)
    m_error->setObjectName(QStringLiteral("collectionError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &CollectionPicker::selectionChanged);
}

void CollectionPicker::clear()
{
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    m_combo->clear();
    m_error->setVisible(false);
    setBusy(false);
}

void CollectionPicker::discover(const AccountConfig &account, ModuleInfo::Module module, const QString &preferred)
{
    clear();
    m_combo->setEnabled(false);
    setBusy(true);
    // The password first (keychain or command, both asynchronous), then the discovery.
    auto *secret = new AccountSecretJob(account, this);
    m_job = secret;
    connect(secret, &Job::finished, this, [this, secret, account, module, preferred] {
        secret->deleteLater();
        if (m_job != secret)
            return;
        if (secret->hasError()) {
            m_job = nullptr;
            setBusy(false);
            showError(secret->error().userMessage);
            return;
        }
        DavCollection server;
        server.url = DavServiceLocator::addressUrl(account.url);
        // The account's password goes to the origin of its "url" only (CredentialStore::scopeFor).
        server.authState->setScope(CredentialStore::scopeFor(account));
        server.kind = account.type == AccountConfig::Type::CalDav ? DavCollection::Kind::Calendar
                                                                   : DavCollection::Kind::AddressBook;
        server.username = account.username;
        server.password = secret->secret();
        server.context = NetworkContext::forCurrentThread();
        auto *discovery = new DavDiscoveryJob(server, this);
        m_job = discovery;
        connect(discovery, &Job::finished, this,
                [this, module, preferred](Job *job) { onDiscovered(job, module, preferred); });
        discovery->start();
    });
    secret->start();
}

void CollectionPicker::onDiscovered(Job *job, ModuleInfo::Module module, const QString &preferred)
{
    job->deleteLater();
    if (m_job != job)
        return;
    m_job = nullptr;
    setBusy(false);
    if (job->hasError()) {
        showError(tr("Could not list the collections: %1").arg(job->error().userMessage));
        return;
    }
    const ModuleInfo info = ModuleInfo::of(module);
    for (const DavCollectionInfo &c : static_cast<DavDiscoveryJob *>(job)->collections()) {
        if (!WizardChoices::collectionFits(c, module))
            continue;
        const QString url = c.url.toString();
        m_combo->addItem(c.displayName.isEmpty() ? url : tr("%1 (%2)").arg(c.displayName, url), url);
    }
    if (m_combo->count() == 0) {
        showError(info.isCard() ? tr("This account has no address book.")
                                : tr("This account has no calendar that can hold %1.").arg(info.displayName()));
        return;
    }
    m_combo->setEnabled(true);
    const int i = m_combo->findData(preferred);
    m_combo->setCurrentIndex(i >= 0 ? i : 0);
    emit selectionChanged();
}

QString CollectionPicker::selectedUrl() const
{
    return m_busy ? QString() : m_combo->currentData().toString();
}

QString CollectionPicker::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void CollectionPicker::setBusy(bool busy)
{
    m_busyBar->setVisible(busy);
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
    emit selectionChanged();
}

void CollectionPicker::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(true);
    emit selectionChanged();
}

} // namespace crmsync
