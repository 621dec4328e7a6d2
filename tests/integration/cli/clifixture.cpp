// SPDX-License-Identifier: GPL-3.0-or-later
#include "clifixture.h"

#include "connectors/dav/davcollection.h"
#include "davserverprocess.h"
#include "net/networkcontext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

QJsonObject CliFixture::Outcome::report() const
{
    return json.value(QStringLiteral("profiles")).toArray().first().toObject();
}

QJsonObject CliFixture::davAccount(const QString &type, const DavServerProcess &server, const QUrl &collection)
{
    return QJsonObject{{QStringLiteral("type"), type},
                       {QStringLiteral("url"), collection.toString()},
                       {QStringLiteral("username"), server.username()},
                       {QStringLiteral("password_command"),
                        QJsonArray{QStringLiteral("printf"), QStringLiteral("%s"), server.password()}}};
}

crmsync::DavCollection CliFixture::addressBookOf(const DavServerProcess &server, crmsync::NetworkContext *context)
{
    crmsync::DavCollection c;
    c.url = server.addressBookUrl();
    c.username = server.username();
    c.password = server.password();
    c.context = context;
    return c;
}

int CliFixture::Outcome::writes() const
{
    int n = 0;
    for (const char *side : {"crm", "remote"}) {
        const QJsonObject o = report()[QLatin1String(side)].toObject();
        n += o[QStringLiteral("created")].toInt() + o[QStringLiteral("updated")].toInt() + o[QStringLiteral("deleted")].toInt();
    }
    return n;
}

CliFixture::CliFixture()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("folder"));
}

bool CliFixture::start(const QStringList &sandboxArgs)
{
    m_sandbox = std::make_unique<SandboxProcess>(QStringLiteral(CRMSYNC_SANDBOX_BIN), sandboxArgs);
    if (!m_sandbox->start()) {
        qWarning() << m_sandbox->errorString();
        return false;
    }
    m_client = std::make_unique<SandboxClient>(m_sandbox->baseUrl());
    return true;
}

void CliFixture::writeConfig(const QString &module, const QJsonObject &profile, const QStringList &tokenCommand)
{
    const QString url = m_sandbox->baseUrl().toString();
    const QStringList command = tokenCommand.isEmpty()
        ? QStringList{QStringLiteral("printf"), QStringLiteral("%s"), SandboxProcess::RefreshToken}
        : tokenCommand;
    QJsonObject p{{QStringLiteral("name"), QStringLiteral("p")}, {QStringLiteral("module"), module},
                  {QStringLiteral("crm"), QStringLiteral("zoho")}, {QStringLiteral("remote"), QStringLiteral("folder")},
                  {QStringLiteral("direction"), QStringLiteral("two-way")}, {QStringLiteral("conflict"), QStringLiteral("crm-wins")}};
    for (auto it = profile.begin(); it != profile.end(); ++it)
        p.insert(it.key(), it.value());
    const QJsonObject config{
        {QStringLiteral("accounts"),
         QJsonObject{{QStringLiteral("zoho"), QJsonObject{{QStringLiteral("type"), QStringLiteral("zoho")},
                                                          {QStringLiteral("accounts_url"), url},
                                                          {QStringLiteral("api_url"), url},
                                                          {QStringLiteral("client_id"), SandboxProcess::ClientId},
                                                          {QStringLiteral("client_secret"), SandboxProcess::ClientSecret},
                                                          {QStringLiteral("refresh_token_command"), QJsonArray::fromStringList(command)}}},
                     {QStringLiteral("folder"), m_remoteAccount.isEmpty()
                                                    ? QJsonObject{{QStringLiteral("type"), QStringLiteral("folder")},
                                                                  {QStringLiteral("path"), folder()}}
                                                    : m_remoteAccount}}},
        {QStringLiteral("profiles"), QJsonArray{p}}};
    writeFile(QStringLiteral("../config.json"), QJsonDocument(config).toJson());
}

CliFixture::Outcome CliFixture::run(const QStringList &args, const QStringList &env)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : env)
        environment.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(environment);
    process.start(m_program, args);
    if (!process.waitForFinished(120000)) {
        qWarning() << "crmsync did not finish:" << args;
        process.kill();
        process.waitForFinished();
    }
    Outcome o;
    o.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    o.stdoutData = process.readAllStandardOutput();
    o.stderrData = process.readAllStandardError();
    o.json = QJsonDocument::fromJson(o.stdoutData).object();
    return o;
}

CliFixture::Outcome CliFixture::sync(const QStringList &extra, const QStringList &env)
{
    return run(QStringList{QStringLiteral("sync"), QStringLiteral("--config"), configPath(), QStringLiteral("--state-dir"),
                           stateDir(), QStringLiteral("--json")} + extra, env);
}

QStringList CliFixture::folderFiles() const
{
    return QDir(folder()).entryList(QDir::Files, QDir::Name);
}

QByteArray CliFixture::readFile(const QString &name) const
{
    QFile f(QDir(folder()).filePath(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void CliFixture::writeFile(const QString &name, const QByteArray &data) const
{
    QFile f(QDir(folder()).filePath(name));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(data);
}
