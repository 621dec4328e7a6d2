// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovercommand.h"

#include "cli/cliio.h"
#include "cli/configoptions.h"
#include "cli/exitcode.h"
#include "config/secretcommand.h"
#include "connectors/dav/davdiscoveryjob.h"
#include "net/credentialscope.h"
#include "net/tlsfingerprint.h"
#include "connectors/dav/davservicelocator.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace crmsync::cli {

int DiscoverCommand::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    ConfigOptions common(parser);
    const QCommandLineOption account(QStringLiteral("account"), tr("The carddav or caldav account to look at."),
                                     tr("NAME"));
    parser.addOption(account);
    const int code = parseArguments(parser, arguments,
                                    tr("Usage: crmsync discover --config FILE --account NAME [--json]"));
    if (code >= 0)
        return code;
    Config config;
    if (const int failed = common.loadInto(config); failed >= 0)
        return failed;
    const QString name = parser.value(account);
    if (name.isEmpty()) {
        err(tr("Give the account to look at with --account NAME."));
        return UsageOrConfig;
    }
    if (!config.accounts.contains(name) || !config.accounts.value(name).isDav()) {
        err(tr("%1: there is no carddav or caldav account \"%2\".").arg(parser.value(QStringLiteral("config")), name));
        return UsageOrConfig;
    }
    m_account = config.accounts.value(name);
    m_json = common.json();
    return -1;
}

void DiscoverCommand::start()
{
    DavCollection server;
    // "url" may be an e-mail address or a domain (docs/dav.md): discovery starts from DNS.
    server.url = DavServiceLocator::addressUrl(m_account.url);
    server.username = m_account.username;
    // No scope set: discovery binds the password to the user's domain (DavDiscoveryJob).
    if (!m_account.tlsTrustedCertificateSha256.isEmpty())
        server.trustedCertificateSha256 = *TlsFingerprint::parse(m_account.tlsTrustedCertificateSha256);
    if (!m_account.passwordCommand.isEmpty()) {
        // Run once before anything starts (secretcommand.h explains why it may block here).
        const Result<QString> password = SecretCommand::run(m_account.passwordCommand, tr("account %1").arg(m_account.name));
        if (!password) {
            err(password.error().userMessage);
            emit done(password.error().category == Error::Category::Auth ? AuthFailed : UsageOrConfig);
            return;
        }
        server.password = password.value();
    }
    auto *job = new DavDiscoveryJob(server, this);
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (job->hasError()) {
            err(tr("account %1: %2").arg(m_account.name, job->error().userMessage));
            if (const QUrl outside = job->outsideTarget(); outside.isValid()) {
                // Refused until the user names the server: a DNS answer or a redirect alone
                // never decides where a password goes (docs/dav.md "Where a password is sent").
                const QString url = DavDiscoveryJob::urlToConfirm(outside).toString();
                err(tr("If you trust it, put \"url\": \"%1\" in account %2 of the config file and run discover "
                       "again.")
                        .arg(url, m_account.name));
                if (m_json)
                    outJson(QJsonObject{{QStringLiteral("outside_target"), url},
                                        {QStringLiteral("error"), job->error().userMessage}});
                emit done(UsageOrConfig);
                return;
            }
            if (!job->error().certificateSha256.isEmpty()) {
                // Never trusted silently: the user compares the fingerprint with the one the
                // server's administrator (or the server itself) shows, then pins it.
                err(tr("If this is your server's certificate (compare the fingerprint with the one your server "
                       "shows), add \"tls_trusted_certificate_sha256\": \"%1\" to account %2 in the config "
                       "file to accept exactly this certificate.")
                        .arg(job->error().certificateSha256, m_account.name));
            }
            const Error::Category c = job->error().category;
            emit done(c == Error::Category::Auth ? AuthFailed : job->error().canRetryLater() ? Offline : UsageOrConfig);
            return;
        }
        QJsonArray list;
        for (const DavCollectionInfo &c : job->collections()) {
            const QString kind = c.kind == DavCollection::Kind::Calendar ? QStringLiteral("caldav") : QStringLiteral("carddav");
            const QString url = c.url.toString(QUrl::RemoveUserInfo);
            list.append(QJsonObject{{QStringLiteral("url"), url},
                                    {QStringLiteral("type"), kind},
                                    {QStringLiteral("displayname"), c.displayName},
                                    {QStringLiteral("color"), c.color},
                                    {QStringLiteral("components"), QJsonArray::fromStringList(c.components)}});
            if (!m_json) {
                const QString name = c.displayName.isEmpty() ? c.url.path() : c.displayName;
                const QString what = c.kind == DavCollection::Kind::Calendar
                    ? (c.components.isEmpty() ? tr("calendar") : tr("calendar (%1)").arg(c.components.join(QStringLiteral(", "))))
                    : tr("address book");
                out(tr("%1 — %2\n  %3").arg(name, what, url));
            }
        }
        // The password is bound to the origin of "url" (docs/configuration.md): collections
        // found on another origin inside the user's domain need that server as "url".
        const QString server = DavDiscoveryJob::urlToConfirm(job->serverUrl()).toString();
        const bool otherServer = !DavServiceLocator::parseAddress(m_account.url)
            && CredentialScope::originOf(job->serverUrl()) != CredentialScope::originOf(QUrl(m_account.url));
        if (m_json)
            outJson(QJsonObject{{QStringLiteral("principal"), job->principal()},
                                {QStringLiteral("server"), server},
                                {QStringLiteral("collections"), list}});
        else if (list.isEmpty())
            out(tr("account %1: no calendars or address books found.").arg(m_account.name));
        else if (otherServer)
            out(tr("These are on %1, another server than the account's \"url\": put \"url\": \"%1\" in account %2 "
                   "to use them.")
                    .arg(server, m_account.name));
        emit done(Synced);
    });
    job->start();
}

} // namespace crmsync::cli
