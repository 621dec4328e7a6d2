// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountconfigparser.h"

#include <QJsonArray>
#include <QUrl>

#include "connectors/dav/davservicelocator.h"
#include "net/tlsfingerprint.h"
#include "secrets/credentialstore.h"

namespace crmsync {

namespace {

//! Reads "secret"; \a commandKey names the account type's *_command key.
void parseSecret(ConfigObjectReader &reader, AccountConfig &account, const QString &commandKey, bool hasCommand)
{
    // One spelling for every account type: the secret is the app's sign-in, kept in the
    // OS keychain (or for the session only), never in this file.
    if (!reader.has(QStringLiteral("secret")))
        return;
    account.secretInKeychain =
        reader.choice(QStringLiteral("secret"), {QStringLiteral("keychain")}, -1) == 0;
    if (account.secretInKeychain && hasCommand)
        reader.report(QStringLiteral("secret"),
                      AccountConfigParser::tr("give \"secret\": \"keychain\" or %1, not both").arg(commandKey));
}

} // namespace

AccountConfig AccountConfigParser::parse(ConfigObjectReader &reader, const QString &name, const QDir &baseDir)
{
    AccountConfig account;
    account.name = name;
    refuseInlineSecrets(reader);
    const QStringList types{AccountConfig::typeName(AccountConfig::Type::Zoho),
                            AccountConfig::typeName(AccountConfig::Type::Folder),
                            AccountConfig::typeName(AccountConfig::Type::CardDav),
                            AccountConfig::typeName(AccountConfig::Type::CalDav)};
    if (!reader.has(QStringLiteral("type")))
        reader.report(QStringLiteral("type"), tr("missing required key"));
    const int type = reader.choice(QStringLiteral("type"), types, -1);
    if (type < 0) {
        // Without a valid type the other keys cannot be judged; skip the unknown-key check.
        return account;
    }
    account.type = AccountConfig::Type(type); // same order as the enum
    if (account.type == AccountConfig::Type::Zoho) {
        parseZoho(reader, account);
    } else if (account.isDav()) {
        parseDav(reader, account);
    } else {
        const QString path = reader.string(QStringLiteral("path"), ConfigObjectReader::Need::Required);
        if (!path.isEmpty())
            account.path = resolvePath(path, baseDir);
    }
    reader.finish();
    return account;
}

void AccountConfigParser::refuseInlineSecrets(ConfigObjectReader &reader)
{
    // Config files get copied, backed up and shown in bug reports: a token or password in
    // one leaks (ARCHITECTURE.md "Credentials and settings": secrets only via the keychain
    // or a command).
    static const QStringList secretKeys{QStringLiteral("refresh_token"), QStringLiteral("access_token"),
                                        QStringLiteral("password")};
    for (const QString &key : secretKeys) {
        if (!reader.has(key))
            continue;
        reader.accept(key);
        reader.report(key, tr("secrets are not read from config files: give a command that prints it "
                              "(refresh_token_command or password_command), or sign in with the app to keep "
                              "it in the system keychain"));
    }
}

void AccountConfigParser::parseZoho(ConfigObjectReader &reader, AccountConfig &account)
{
    using Need = ConfigObjectReader::Need;
    account.accountsUrl = url(reader, QStringLiteral("accounts_url"), defaultAccountsUrl());
    account.apiUrl = url(reader, QStringLiteral("api_url"), defaultApiUrl());
    account.clientId = reader.string(QStringLiteral("client_id"), Need::Required);
    account.clientSecret = reader.string(QStringLiteral("client_secret"), Need::Optional);
    account.clientSecretCommand = reader.stringList(QStringLiteral("client_secret_command"), Need::Optional, true);
    if (reader.has(QStringLiteral("client_secret")) && reader.has(QStringLiteral("client_secret_command")))
        reader.report(QStringLiteral("client_secret_command"), tr("give client_secret or client_secret_command, not both"));
    account.refreshTokenCommand = reader.stringList(QStringLiteral("refresh_token_command"), Need::Optional, true);
    parseSecret(reader, account, QStringLiteral("refresh_token_command"), !account.refreshTokenCommand.isEmpty());
}

void AccountConfigParser::parseDav(ConfigObjectReader &reader, AccountConfig &account)
{
    using Need = ConfigObjectReader::Need;
    if (!reader.has(QStringLiteral("url")))
        reader.report(QStringLiteral("url"), tr("missing required key"));
    // RFC 6764: "url" may also be an e-mail address or a domain that discovery resolves.
    const QString given = reader.string(QStringLiteral("url"), Need::Optional).trimmed();
    const bool address = !hasUserInfo(given) && DavServiceLocator::parseAddress(given).has_value();
    account.url = address ? given : url(reader, QStringLiteral("url"), QString());
    account.collection = url(reader, QStringLiteral("collection"), QString());
    account.username = reader.string(QStringLiteral("username"), Need::Optional);
    account.passwordCommand = reader.stringList(QStringLiteral("password_command"), Need::Optional, true);
    parseSecret(reader, account, QStringLiteral("password_command"), !account.passwordCommand.isEmpty());
    // A self-signed or otherwise untrusted server certificate, pinned by its fingerprint;
    // kept in the canonical "AB:CD:…" spelling so the file round-trips unchanged.
    const QString pin = reader.string(QStringLiteral("tls_trusted_certificate_sha256"), Need::Optional);
    if (!pin.isEmpty()) {
        const Result<QByteArray> digest = TlsFingerprint::parse(pin);
        if (digest)
            account.tlsTrustedCertificateSha256 = TlsFingerprint::format(*digest);
        else
            reader.report(QStringLiteral("tls_trusted_certificate_sha256"), digest.error().userMessage);
    }
    // A DAV collection URL names a folder: keep its trailing slash (url() drops it).
    if (!account.url.isEmpty() && !address)
        account.url += QLatin1Char('/');
    if (!account.collection.isEmpty())
        account.collection += QLatin1Char('/');
    refuseForeignCollection(reader, account);
    if (!account.passwordCommand.isEmpty() && account.username.isEmpty())
        reader.report(QStringLiteral("username"), tr("password_command is given, so a username is needed too"));
    else if (account.secretInKeychain && account.username.isEmpty())
        reader.report(QStringLiteral("username"), tr("\"secret\": \"keychain\" is given, so a username is needed too"));
}

void AccountConfigParser::refuseForeignCollection(ConfigObjectReader &reader, const AccountConfig &account)
{
    // The password belongs to the origin of "url" (CredentialStore::scopeFor): a collection
    // elsewhere would get it from a config line, not from a sign-in on that server.
    const bool signsIn = !account.username.isEmpty() || account.secretInKeychain || !account.passwordCommand.isEmpty();
    if (account.collection.isEmpty() || account.url.isEmpty() || !signsIn)
        return;
    const CredentialScope scope = CredentialStore::scopeFor(account);
    const QUrl collection(account.collection);
    if (scope.isNull() || scope.allows(collection))
        return;
    reader.report(QStringLiteral("collection"),
                  tr("%1 is on another server than \"url\" (%2); the password given for %2 is never sent to "
                     "another server: give %1 its own account with its own sign-in")
                      .arg(CredentialScope::originOf(collection), scope.toString()));
}

bool AccountConfigParser::hasUserInfo(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        t = t.mid(7);
    const qsizetype schemeEnd = t.indexOf(QLatin1String("://"));
    if (schemeEnd < 0) {
        // An address: "user@host". A ':' before the '@' reads as user:password@host.
        const qsizetype at = t.lastIndexOf(QLatin1Char('@'));
        return at >= 0 && t.left(at).contains(QLatin1Char(':'));
    }
    // The authority runs to the first '/', '?' or '#' after "://" (RFC 3986 §3.2); any '@'
    // in it ends a user info, whether or not QUrl can parse the rest.
    const QString rest = t.mid(schemeEnd + 3);
    qsizetype end = rest.size();
    for (const QChar c : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype i = rest.indexOf(c);
        if (i >= 0 && i < end)
            end = i;
    }
    return rest.left(end).contains(QLatin1Char('@'));
}

QString AccountConfigParser::url(ConfigObjectReader &reader, const QString &key, const QString &fallback)
{
    const QString text = reader.string(key, ConfigObjectReader::Need::Optional);
    if (text.isEmpty())
        return fallback;
    if (hasUserInfo(text)) {
        // Never echoed: the part before '@' may be a password, and config errors are logged.
        reader.report(key, tr("the address contains a user name or password (\"user:password@\"); remove it, give "
                              "the user name in \"username\" and the password by signing in with the app or in "
                              "password_command"));
        return fallback;
    }
    const QUrl parsed(text, QUrl::StrictMode);
    // http is allowed for the loopback crm-sandbox used by tests and the demo.
    if (!parsed.isValid() || parsed.host().isEmpty()
        || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http"))) {
        reader.report(key, tr("\"%1\" is not an http(s) URL").arg(text));
        return fallback;
    }
    QString out = parsed.toString();
    while (out.endsWith(QLatin1Char('/')))
        out.chop(1);
    return out;
}

QString AccountConfigParser::resolvePath(const QString &path, const QDir &baseDir)
{
    QString expanded = path;
    if (expanded == QLatin1String("~") || expanded.startsWith(QLatin1String("~/")))
        expanded = QDir::homePath() + expanded.mid(1);
    return QDir::cleanPath(baseDir.absoluteFilePath(expanded));
}

QJsonObject AccountConfigParser::toJson(const AccountConfig &account)
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), AccountConfig::typeName(account.type));
    if (account.type == AccountConfig::Type::Folder) {
        o.insert(QStringLiteral("path"), account.path);
        return o;
    }
    if (account.isDav()) {
        o.insert(QStringLiteral("url"), account.url);
        if (!account.collection.isEmpty())
            o.insert(QStringLiteral("collection"), account.collection);
        if (!account.username.isEmpty())
            o.insert(QStringLiteral("username"), account.username);
        if (!account.passwordCommand.isEmpty())
            o.insert(QStringLiteral("password_command"), QJsonArray::fromStringList(account.passwordCommand));
        if (!account.tlsTrustedCertificateSha256.isEmpty())
            o.insert(QStringLiteral("tls_trusted_certificate_sha256"), account.tlsTrustedCertificateSha256);
        if (account.secretInKeychain)
            o.insert(QStringLiteral("secret"), QStringLiteral("keychain"));
        return o;
    }
    o.insert(QStringLiteral("accounts_url"), account.accountsUrl);
    o.insert(QStringLiteral("api_url"), account.apiUrl);
    o.insert(QStringLiteral("client_id"), account.clientId);
    if (!account.clientSecret.isEmpty())
        o.insert(QStringLiteral("client_secret"), account.clientSecret);
    if (!account.clientSecretCommand.isEmpty())
        o.insert(QStringLiteral("client_secret_command"), QJsonArray::fromStringList(account.clientSecretCommand));
    if (!account.refreshTokenCommand.isEmpty())
        o.insert(QStringLiteral("refresh_token_command"), QJsonArray::fromStringList(account.refreshTokenCommand));
    if (account.secretInKeychain)
        o.insert(QStringLiteral("secret"), QStringLiteral("keychain"));
    return o;
}

} // namespace crmsync
