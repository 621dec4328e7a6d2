// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicefixture.h"

#include "config/configloader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

ServiceFixture::ServiceFixture(const QStringList &sandboxArgs)
    : m_sandbox(std::make_unique<SandboxProcess>(QStringLiteral(CRMSYNC_SANDBOX_BIN), sandboxArgs))
{
}

bool ServiceFixture::start()
{
    if (!m_dir.isValid() || !m_sandbox->start()) {
        m_error = m_sandbox->errorString();
        return false;
    }
    return true;
}

bool ServiceFixture::writeConfig(const QStringList &modules, int intervalMinutes)
{
    const QString url = m_sandbox->baseUrl().toString();
    QJsonObject accounts{{QStringLiteral("zoho"),
                          QJsonObject{{"type", "zoho"}, {"accounts_url", url}, {"api_url", url},
                                      {"client_id", SandboxProcess::ClientId},
                                      {"client_secret", SandboxProcess::ClientSecret},
                                      {"refresh_token_command",
                                       QJsonArray{"printf", "%s", SandboxProcess::RefreshToken}}}}};
    QJsonArray profiles;
    for (const QString &module : modules) {
        const QString name = module.toLower();
        QDir(m_dir.path()).mkpath(name);
        accounts.insert(name + "-folder", QJsonObject{{"type", "folder"}, {"path", name}});
        QJsonObject profile{{"name", name}, {"module", module}, {"crm", "zoho"}, {"remote", name + "-folder"},
                            {"direction", "two-way"}, {"conflict", "crm-wins"},
                            {"interval_minutes", intervalMinutes}};
        if (module == QLatin1String("Contacts"))
            profile.insert("defaults", QJsonObject{{"Last_Name", "(no name)"}});
        else if (module == QLatin1String("Leads"))
            profile.insert("defaults", QJsonObject{{"Last_Name", "(no name)"}, {"Company", "(unknown)"}});
        profiles.append(profile);
    }
    QSaveFile file(configPath());
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(QJsonObject{{"accounts", accounts}, {"profiles", profiles}}).toJson());
    if (!file.commit())
        return false;
    auto loaded = crmsync::ConfigLoader::load(configPath());
    if (!loaded) {
        m_error = loaded.error().userMessage;
        return false;
    }
    m_config = loaded.value();
    return true;
}
