// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversigninpage.h"

#include "common/appcontext.h"
#include "net/networkcontext.h" // before the DAV headers: their QPointers need full types
#include <QNetworkAccessManager> // networkcontext.h holds a QPointer to one
#if __has_include("connectors/dav/davdnsresolver.h")
#include "connectors/dav/davdnsresolver.h"
#endif
#include "connectors/dav/davdiscoveryjob.h"
#include "connectors/dav/davservicelocator.h"
#include "config/accountconfigparser.h"
#include "net/credentialscope.h"
#include "signin/signinkeeper.h"
#include "signin/signinmessages.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace crmsync {

namespace {

//! "https://dav.example.com/alice/Work Calendar/" → "work-calendar", for account names.
QString slugOf(const QUrl &url)
{
    QString last = url.path(QUrl::FullyDecoded);
    while (last.endsWith(QLatin1Char('/')))
        last.chop(1);
    last = last.section(QLatin1Char('/'), -1).toLower();
    last.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    return last.isEmpty() ? QStringLiteral("collection") : last;
}

} // namespace

ServerSignInPage::ServerSignInPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_keeper(new SignInKeeper(context, this))
{
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("for example: icloud"));
    m_server = new QLineEdit(this);
    m_server->setPlaceholderText(tr("https://dav.example.com/ or name@example.com"));
    m_user = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_keep = new QCheckBox(tr("Keep me signed in"), this);
    m_keep->setChecked(true);
    m_keep->setToolTip(tr("Keeps the password in the system keychain. Unchecked, you sign in again after the app quits."));
    m_test = new QPushButton(tr("Test and save"), this);
    m_test->setDefault(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);   // may show server or file text (docs/desktop-app.md)
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_found = new QListWidget(this);
    m_continueWithout = new QPushButton(tr("Continue without keeping the sign-in"), this);

    // Names for tests and accessibility tools.
    m_name->setObjectName(QStringLiteral("name"));
    m_server->setObjectName(QStringLiteral("server"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_keep->setObjectName(QStringLiteral("keepSignedIn"));
    m_test->setObjectName(QStringLiteral("testAndSave"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_status->setObjectName(QStringLiteral("status"));
    m_found->setObjectName(QStringLiteral("found"));
    m_continueWithout->setObjectName(QStringLiteral("continueWithout"));

    // Where app-specific passwords are made: Apple ID for iCloud; Zoho's help page
    // (reference/peers.md, Zoho row "App-specific passwords"). Google's CalDAV/CardDAV take
    // OAuth only (reference/protocols.md §2.2, §2.3): no password works there.
    auto *note = new QLabel(
        tr("If your account uses 2-step verification, your usual password will not work here: create an "
           "app-specific password and enter that instead. iCloud: <a href=\"https://appleid.apple.com\">"
           "appleid.apple.com</a> → Sign-In and Security → App-Specific Passwords. Zoho: "
           "<a href=\"https://help.zoho.com/portal/en/kb/solo/communication/settings/articles/"
           "how-to-generate-app-specific-password\">how to generate an app-specific password</a>. "
           "Google calendars and contacts do not accept passwords at all."),
        this);
    note->setWordWrap(true);
    note->setOpenExternalLinks(true);
    note->setTextFormat(Qt::RichText);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Account name:"), m_name);
    form->addRow(tr("Server address or e-mail:"), m_server);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_keep);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_found, 1);
    layout->addWidget(m_continueWithout, 0, Qt::AlignLeft);
    // Takes the spare room while the list is hidden, so the rows stay together at the top.
    layout->addStretch();

    connect(m_test, &QPushButton::clicked, this, &ServerSignInPage::testAndSave);
    connect(m_continueWithout, &QPushButton::clicked, this, [this] {
        m_continueWithout->hide();
        m_keeper->continueWithoutKeeping();
    });
    connect(m_keeper, &SignInKeeper::saved, this, [this](const QStringList &names, bool inKeychain) {
        setBusy(false);
        showStatus(inKeychain ? tr("Saved %n account(s). The password is kept in the system keychain.", nullptr,
                                   int(names.size()))
                              : tr("Saved %n account(s). The password is kept for this session only.", nullptr,
                                   int(names.size())),
                   false);
        emit accountsSaved(names);
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
    m_progress->hide();
    m_found->hide();
    m_continueWithout->hide();
}

void ServerSignInPage::testAndSave()
{
    m_continueWithout->hide();
    m_found->clear();
    m_found->hide();
    m_address = m_server->text().trimmed();
    if (m_address.isEmpty() || m_user->text().trimmed().isEmpty()) {
        showStatus(tr("Enter the server address (or your e-mail address) and the user name."), true);
        return;
    }
    if (AccountConfigParser::hasUserInfo(m_address)) {
        // Not echoed: what stands before '@' may be a password.
        showStatus(tr("The server address contains a user name or password (“user:password@”). Remove it and "
                      "enter them in the User name and Password fields."),
                   true);
        return;
    }
    // An e-mail address or bare domain stays as typed: discovery finds the server from it
    // (RFC 6764); anything with a scheme is the server URL.
    discover(DavServiceLocator::addressUrl(m_address));
}

void ServerSignInPage::discover(const QUrl &start)
{
    DavCollection server;
    server.url = start;
    server.username = m_user->text().trimmed();
    server.password = m_password->text();
    m_job = new DavDiscoveryJob(server, this);
    connect(m_job, &Job::finished, this, &ServerSignInPage::onDiscovered);
    setBusy(true);
    showStatus(tr("Connecting to the server…"), false);
    m_job->start();
}

void ServerSignInPage::onDiscovered()
{
    m_job->deleteLater();
    if (m_job->hasError()) {
        if (const QUrl outside = m_job->outsideTarget(); outside.isValid())
            return confirmOutside(outside, m_job->error());
        setBusy(false);
        showStatus(SignInMessages::forServer(m_job->error()), true);
        return;
    }
    m_serverUrl = m_job->serverUrl();
    const QList<DavCollectionInfo> found = m_job->collections();
    if (found.isEmpty()) {
        setBusy(false);
        showStatus(tr("Signed in, but the server offers no calendars or address books to this user."), true);
        return;
    }
    for (const DavCollectionInfo &c : found) {
        const QString kind = c.kind == DavCollection::Kind::Calendar ? tr("Calendar") : tr("Address book");
        const QString name = c.displayName.isEmpty() ? slugOf(c.url) : c.displayName;
        //: %1 "Calendar" or "Address book", %2 its name, %3 its address
        m_found->addItem(tr("%1 “%2” — %3").arg(kind, name, c.url.toString()));
    }
    m_found->show();
    showStatus(tr("Signed in. Found %n calendar(s) and address book(s); saving…", nullptr, int(found.size())), false);
    m_keeper->keep(accountsFor(found), m_password->text(), m_keep->isChecked());
}

void ServerSignInPage::confirmOutside(const QUrl &target, const Error &error)
{
    const QUrl url = DavDiscoveryJob::urlToConfirm(target);
    const QString server = CredentialScope::originOf(url);
    const QString userHost = m_job ? m_job->userHost() : QString();
    //: %1 the domain the user typed, %2 the server found outside it
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Use a server outside %1?").arg(userHost),
                                tr("The calendars and contacts of %1 are said to be on %2, a server outside %1. "
                                   "Nothing has been sent there yet.\n\nSend your user name and password to %2 "
                                   "only if it is really your provider's server.")
                                    .arg(userHost, server),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmOutsideServer"));
    // The names come from DNS or a server: plain text, never markup.
    box->setTextFormat(Qt::PlainText);
    //: %1 the server, e.g. https://dav.example.net
    QPushButton *use = box->addButton(tr("Use %1").arg(server), QMessageBox::AcceptRole);
    use->setObjectName(QStringLiteral("useOutsideServer"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, use, url, error] {
        if (box->clickedButton() != use) {
            setBusy(false);
            showStatus(error.userMessage, true);
            return;
        }
        // The user named this server now: it becomes the account's "url", so the password
        // is bound to it alone.
        m_address = url.toString();
        discover(url);
    });
    box->open();
}

QList<AccountConfig> ServerSignInPage::accountsFor(const QList<DavCollectionInfo> &found) const
{
    QString base = m_name->text().trimmed();
    if (base.isEmpty())
        base = QUrl(m_address).host().isEmpty() ? m_address.section(QLatin1Char('@'), -1) : QUrl(m_address).host();
    // The password is bound to the origin of "url" (CredentialStore::scopeFor): when the
    // principal answered on another origin than the typed URL (a redirect inside the
    // user's domain), that server is the accounts' "url".
    QString url = m_address;
    if (m_address.contains(QLatin1String("://"))
        && CredentialScope::originOf(m_serverUrl) != CredentialScope::originOf(QUrl(m_address)))
        url = DavDiscoveryJob::urlToConfirm(m_serverUrl).toString();
    QList<AccountConfig> accounts;
    for (const DavCollectionInfo &c : found) {
        AccountConfig a;
        a.type = c.kind == DavCollection::Kind::Calendar ? AccountConfig::Type::CalDav : AccountConfig::Type::CardDav;
        a.name = base + QLatin1Char('-') + slugOf(c.url);
        a.url = url;
        if (url.contains(QLatin1String("://"))) {
            // Spelled as ConfigLoader reads it back (QUrl's form, one trailing '/'), so the
            // keychain key (CredentialStore::keyFor) is the same after a reload.
            a.url = QUrl(url).toString();
            while (a.url.endsWith(QLatin1Char('/')))
                a.url.chop(1);
            a.url += QLatin1Char('/');
        }
        a.collection = c.url.toString();
        a.username = m_user->text().trimmed();
        accounts << a;
    }
    return accounts;
}

void ServerSignInPage::setBusy(bool busy)
{
    m_test->setEnabled(!busy);
    m_progress->setVisible(busy);
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_user),
                       static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_keep)})
        w->setEnabled(!busy);
}

void ServerSignInPage::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("problem", problem);
    m_status->setStyleSheet(problem ? QStringLiteral("font-weight: bold;") : QString());
}

} // namespace crmsync
