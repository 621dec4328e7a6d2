// SPDX-License-Identifier: GPL-3.0-or-later
#include "configloader.h"

#include "model/moduleinfo.h"

#include "accountconfigparser.h"
#include "configissues.h"
#include "configobjectreader.h"
#include "syncprofileparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace crmsync {

namespace {

using Need = ConfigObjectReader::Need;

//! 1-based line and column of a byte offset, for "invalid JSON" messages.
std::pair<int, int> lineAndColumn(const QByteArray &text, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

/*!
 * A config names commands that CRM Sync runs (password_command, refresh_token_command…),
 * so a file that someone else can change is a way to run code as this user: refuse it
 * before anything in it is read, let alone run (docs/configuration.md "Who may change
 * the config"). The checks follow OpenSSH's for ~/.ssh/config (ssh_config(5), FILES).
 */
Status checkTrusted(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return success();   // the read below reports a missing file in its own words
    const QString file = QDir::toNativeSeparators(path);
    if (st.st_uid != ::geteuid()) {
        return Error::make(Error::Category::Config,
                           ConfigLoader::tr("The config file %1 belongs to another user (user id %2). CRM Sync runs the "
                                            "commands named in its config, so it only uses a config file of your own.")
                               .arg(file)
                               .arg(st.st_uid));
    }
    if (st.st_mode & (S_IWGRP | S_IWOTH)) {
        return Error::make(Error::Category::Config,
                           ConfigLoader::tr("The config file %1 can be changed by other users (mode %2). CRM Sync runs the "
                                            "commands named in its config, so it refuses such a file; remove the write "
                                            "permission of group and others (chmod go-w).")
                               .arg(file, QString::number(st.st_mode & 07777, 8).rightJustified(4, QLatin1Char('0'))));
    }
#else
    Q_UNUSED(path);
#endif
    return success();
}

QString profilePath(qsizetype index)
{
    return QStringLiteral("profiles[%1]").arg(index);
}

} // namespace

Result<Config> ConfigLoader::load(const QString &path)
{
    if (Status trusted = checkTrusted(path); !trusted)
        return trusted.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Category::Config,
                           tr("Could not read the config file %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return parse(file.readAll(), path);
}

Result<Config> ConfigLoader::parse(const QByteArray &json, const QString &sourceName)
{
    ConfigIssues issues(QDir::toNativeSeparators(sourceName));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        //: %1 line, %2 column, %3 byte offset, %4 Qt's description of the JSON error
        issues.addGeneral(tr("line %1, column %2 (offset %3): invalid JSON: %4")
                              .arg(line)
                              .arg(column)
                              .arg(parseError.offset)
                              .arg(parseError.errorString()));
        return issues.toError();
    }
    if (!doc.isObject()) {
        issues.addGeneral(tr("the top level must be a JSON object with \"accounts\" and \"profiles\""));
        return issues.toError();
    }

    Config config;
    const QFileInfo source(sourceName);
    config.path = source.absoluteFilePath();
    ConfigObjectReader root(doc.object(), QString(), issues);
    parseAccounts(root, source.absolutePath(), config);
    parseProfiles(root, config);
    root.finish();
    if (!issues.isEmpty())
        return issues.toError();
    return config;
}

void ConfigLoader::parseAccounts(ConfigObjectReader &root, const QString &baseDir, Config &config)
{
    const auto accounts = root.object(QStringLiteral("accounts"), Need::Optional);
    if (!accounts)
        return;
    for (auto it = accounts->constBegin(); it != accounts->constEnd(); ++it) {
        const QString path = QStringLiteral("accounts.") + it.key();
        if (it.key().trimmed().isEmpty()) {
            root.issues().add(path, tr("an account name must not be empty"));
            continue;
        }
        if (!it.value().isObject()) {
            root.issues().add(path, tr("expected %1, found %2")
                                        .arg(tr("an object"), ConfigObjectReader::typeName(it.value())));
            continue;
        }
        ConfigObjectReader reader(it.value().toObject(), path, root.issues());
        config.accounts.insert(it.key(), AccountConfigParser::parse(reader, it.key(), QDir(baseDir)));
    }
}

void ConfigLoader::parseProfiles(ConfigObjectReader &root, Config &config)
{
    const auto profiles = root.array(QStringLiteral("profiles"), Need::Optional);
    if (!profiles)
        return;
    QStringList paths;
    QHash<QString, QString> namesSeen; // name → path of the profile that first used it
    for (qsizetype i = 0; i < profiles->size(); ++i) {
        const QString path = profilePath(i);
        if (!profiles->at(i).isObject()) {
            root.issues().add(path, tr("expected %1, found %2")
                                        .arg(tr("an object"), ConfigObjectReader::typeName(profiles->at(i))));
            continue;
        }
        ConfigObjectReader reader(profiles->at(i).toObject(), path, root.issues());
        SyncProfile profile = SyncProfileParser::parse(reader);
        if (!profile.name.isEmpty()) {
            // Profile names key the sync state and the CLI's --profile: they must be unique.
            if (namesSeen.contains(profile.name)) {
                reader.report(QStringLiteral("name"), tr("\"%1\" is already the name of %2")
                                                          .arg(profile.name, namesSeen.value(profile.name)));
            } else {
                namesSeen.insert(profile.name, path);
            }
        }
        config.profiles << profile;
        paths << path;
    }
    checkProfileAccounts(config, paths, root.issues());
}

void ConfigLoader::checkProfileAccounts(const Config &config, const QStringList &profilePaths,
                                        ConfigIssues &issues)
{
    for (qsizetype i = 0; i < config.profiles.size(); ++i) {
        const SyncProfile &p = config.profiles.at(i);
        const QString path = profilePaths.at(i);
        if (!p.crmAccount.isEmpty()) {
            if (!config.accounts.contains(p.crmAccount)) {
                issues.add(path + QStringLiteral(".crm"),
                           tr("there is no account \"%1\" in accounts").arg(p.crmAccount));
            } else if (config.accounts.value(p.crmAccount).type != AccountConfig::Type::Zoho) {
                issues.add(path + QStringLiteral(".crm"),
                           tr("account \"%1\" is not a zoho account; crm must name a Zoho CRM account")
                               .arg(p.crmAccount));
            }
        }
        if (!p.remoteAccount.isEmpty()) {
            if (!config.accounts.contains(p.remoteAccount)) {
                issues.add(path + QStringLiteral(".remote"),
                           tr("there is no account \"%1\" in accounts").arg(p.remoteAccount));
            } else if (config.accounts.value(p.remoteAccount).type == AccountConfig::Type::Zoho) {
                issues.add(path + QStringLiteral(".remote"),
                           tr("account \"%1\" is a zoho account; remote must name the other side "
                              "(for example a folder account)")
                               .arg(p.remoteAccount));
            } else if (const AccountConfig &remote = config.accounts[p.remoteAccount];
                       remote.isDav() && (remote.type == AccountConfig::Type::CardDav) != ModuleInfo::of(p.module).isCard()) {
                // An address book holds vCards, a calendar events and tasks (reference/protocols.md §4).
                issues.add(path + QStringLiteral(".remote"),
                           tr("account \"%1\" is a %2 account, which cannot hold %3")
                               .arg(p.remoteAccount, AccountConfig::typeName(remote.type),
                                    ModuleInfo::of(p.module).apiName()));
            }
        }
    }
}

QByteArray ConfigLoader::toJson(const Config &config)
{
    QJsonObject accounts;
    for (auto it = config.accounts.cbegin(); it != config.accounts.cend(); ++it)
        accounts.insert(it.key(), AccountConfigParser::toJson(it.value()));
    QJsonArray profiles;
    for (const SyncProfile &p : config.profiles)
        profiles.append(SyncProfileParser::toJson(p));
    QJsonObject root;
    root.insert(QStringLiteral("accounts"), accounts);
    root.insert(QStringLiteral("profiles"), profiles);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace crmsync
