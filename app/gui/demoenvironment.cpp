// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/demoenvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

Q_LOGGING_CATEGORY(lcDemo, "crmsync.demo")

namespace crmsync {

namespace {
constexpr int StartTimeoutMs = 15000;

struct DemoProfile
{
    const char *name;
    const char *module;
    const char *direction;
    const char *conflict;
    QJsonObject defaults;
};
} // namespace

DemoEnvironment::DemoEnvironment(QString dir, QObject *parent)
    : QObject(parent)
    , m_dir(QDir(dir).absolutePath())
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { fail(tr("The CRM emulator did not start in time.")); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoEnvironment::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Could not start the CRM emulator %1: %2").arg(m_process.program(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this] {
        if (!m_ready)
            fail(tr("The CRM emulator stopped at once; see %1").arg(QDir(m_dir).filePath(QStringLiteral("sandbox.log"))));
    });
}

DemoEnvironment::~DemoEnvironment()
{
    stop();
}

QString DemoEnvironment::defaultDir()
{
    const QString env = qEnvironmentVariable("CRMSYNC_DEMO_DIR");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/demo");
}

QString DemoEnvironment::findSandbox()
{
    const QString env = qEnvironmentVariable("CRMSYNC_SANDBOX_BIN");
    if (!env.isEmpty())
        return env;
    const QString built = QDir(QCoreApplication::applicationDirPath())
                              .absoluteFilePath(QStringLiteral("../emulators/crm-sandbox/crm-sandbox"));
    if (QFileInfo(built).isExecutable())
        return QDir::cleanPath(built);
    return QStandardPaths::findExecutable(QStringLiteral("crm-sandbox"));
}

QString DemoEnvironment::configPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("config.json"));
}

QString DemoEnvironment::stateDir() const
{
    return QDir(m_dir).filePath(QStringLiteral("state"));
}

qint64 DemoEnvironment::sandboxPid() const
{
    return m_process.processId();
}

void DemoEnvironment::start()
{
    const QString sandbox = findSandbox();
    if (sandbox.isEmpty()) {
        // Queued, so that callers can connect after start() as after any asynchronous call.
        QMetaObject::invokeMethod(this, [this] { fail(tr("The CRM emulator crm-sandbox was not found.")); },
                                  Qt::QueuedConnection);
        return;
    }
    QDir dir(m_dir);
    for (const char *sub : {"sandbox", "contacts", "leads", "vendors", "tasks", "events"})
        dir.mkpath(QLatin1String(sub));
    m_process.setProgram(sandbox);
    // Port 0: the sandbox picks a free loopback port and prints it.
    m_process.setArguments({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"),
                            dir.filePath(QStringLiteral("sandbox")), QStringLiteral("--seed-demo")});
    m_process.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    // Should the app be killed before it can stop the sandbox, the kernel stops it.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    qCInfo(lcDemo) << "starting" << sandbox << "in" << m_dir;
    m_timeout.start(StartTimeoutMs);
    m_process.start();
}

void DemoEnvironment::readOutput()
{
    const QByteArray chunk = m_process.readAllStandardOutput();
    QFile log(QDir(m_dir).filePath(QStringLiteral("sandbox.log")));
    if (log.open(QIODevice::Append))
        log.write(chunk);
    if (m_ready)
        return;
    m_buffer += chunk;
    static const QRegularExpression listening(QStringLiteral("^listening on (http:\\S+)$"),
                                              QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_buffer));
    if (!match.hasMatch())
        return;
    m_timeout.stop();
    const QString url = match.captured(1);
    QFile pid(QDir(m_dir).filePath(QStringLiteral("sandbox.pid")));
    if (pid.open(QIODevice::WriteOnly))
        pid.write(QByteArray::number(m_process.processId()) + '\n');
    if (!writeConfig(url))
        return fail(tr("Could not write the demo settings to %1.").arg(configPath()));
    m_ready = true;
    qCInfo(lcDemo) << "crm-sandbox listening on" << url << "pid" << m_process.processId();
    emit ready();
}

bool DemoEnvironment::writeConfig(const QString &url)
{
    // The same accounts and profiles as scripts/demo.sh, plus a 15-minute schedule so
    // that the dashboard shows what scheduled profiles look like.
    QJsonObject accounts{
        {QStringLiteral("zoho"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("zoho")},
                     {QStringLiteral("accounts_url"), url},
                     {QStringLiteral("api_url"), url},
                     {QStringLiteral("client_id"), QStringLiteral("sandbox-client")},
                     {QStringLiteral("client_secret"), QStringLiteral("sandbox-secret")},
                     // The emulator's documented fixture (emulators/crm-sandbox/README.md).
                     {QStringLiteral("refresh_token_command"),
                      QJsonArray{QStringLiteral("printf"), QStringLiteral("%s"), QStringLiteral("sandbox-refresh")}}}}};
    const QList<DemoProfile> profiles{
        {"contacts", "Contacts", "two-way", "merge", QJsonObject{{QStringLiteral("Last_Name"), QStringLiteral("(no name)")}}},
        {"leads", "Leads", "two-way", "crm-wins",
         QJsonObject{{QStringLiteral("Last_Name"), QStringLiteral("(no name)")}, {QStringLiteral("Company"), QStringLiteral("(unknown)")}}},
        {"vendors", "Vendors", "crm-to-remote", "crm-wins", {}},
        {"tasks", "Tasks", "two-way", "newest-wins", {}},
        {"events", "Events", "two-way", "merge", {}},
    };
    QJsonArray list;
    for (const DemoProfile &p : profiles) {
        const QString name = QLatin1String(p.name);
        accounts.insert(name + QStringLiteral("-folder"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("folder")}, {QStringLiteral("path"), name}});
        QJsonObject profile{{QStringLiteral("name"), name},
                            {QStringLiteral("module"), QLatin1String(p.module)},
                            {QStringLiteral("crm"), QStringLiteral("zoho")},
                            {QStringLiteral("remote"), name + QStringLiteral("-folder")},
                            {QStringLiteral("direction"), QLatin1String(p.direction)},
                            {QStringLiteral("conflict"), QLatin1String(p.conflict)},
                            {QStringLiteral("interval_minutes"), 15}};
        if (!p.defaults.isEmpty())
            profile.insert(QStringLiteral("defaults"), p.defaults);
        list.append(profile);
    }
    QSaveFile file(configPath());
    // Private like every config the app writes (docs/configuration.md "Who may change the config").
    return file.open(QIODevice::WriteOnly) && file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        && file.write(QJsonDocument(QJsonObject{{QStringLiteral("accounts"), accounts}, {QStringLiteral("profiles"), list}})
                          .toJson())
        >= 0
        && file.commit();
}

void DemoEnvironment::fail(const QString &message)
{
    if (m_ready)
        return;
    m_timeout.stop();
    m_ready = true; // report once
    qCWarning(lcDemo) << message;
    emit failed(message);
}

void DemoEnvironment::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    qCInfo(lcDemo) << "stopping crm-sandbox pid" << m_process.processId();
    m_process.terminate(); // SIGTERM to its PID
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
    QFile::remove(QDir(m_dir).filePath(QStringLiteral("sandbox.pid")));
}

} // namespace crmsync
