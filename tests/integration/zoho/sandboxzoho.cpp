// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxzoho.h"

#include "sandboxhttp.h"

#include <QJsonDocument>
#include <QTcpSocket>

using namespace crmsync;

SandboxZoho::SandboxZoho(const QStringList &extraArgs)
    : m_process(QStringLiteral(CRMSYNC_SANDBOX_BIN), extraArgs)
{
}

bool SandboxZoho::start()
{
    if (!m_process.start()) {
        qWarning() << m_process.errorString();
        return false;
    }
    m_session = std::make_unique<ZohoSession>(&m_context);
    m_session->setAccountsUrl(m_process.baseUrl());
    m_session->setApiUrl(QUrl(QStringLiteral("https://www.zohoapis.com"))); // api_domain replaces it
    m_session->setClientId(SandboxProcess::ClientId);
    m_session->setClientSecret(SandboxProcess::ClientSecret);
    m_session->setRefreshToken(SandboxProcess::RefreshToken);
    RetryPolicy policy;
    policy.baseDelayMs = 10;
    policy.maxDelayMs = 100;
    m_session->setRetryPolicy(policy);
    return true;
}

std::unique_ptr<ZohoStore> SandboxZoho::store(ModuleInfo::Module module, const QStringList &fields)
{
    return std::make_unique<ZohoStore>(m_session.get(), ModuleInfo::of(module), fields);
}

QJsonObject SandboxZoho::stats()
{
    SandboxHttp http(m_process.baseUrl());
    return http.get(QStringLiteral("/__sandbox/stats")).json;
}

bool SandboxZoho::expireTokensNow()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_process.port());
    if (!socket.waitForConnected(5000))
        return false;
    socket.write("POST /__sandbox/expire-tokens HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n"
                 "Connection: close\r\n\r\n");
    if (!socket.waitForBytesWritten(5000))
        return false;
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    return answer.startsWith("HTTP/1.1 200");
}

QList<WriteResult> SandboxZoho::createContacts(ZohoStore &store, int count, const QString &prefix)
{
    QList<WriteRequest> requests;
    for (int i = 0; i < count; ++i) {
        WriteRequest r;
        r.op = WriteRequest::Op::Create;
        r.tag = i;
        r.raw = QJsonDocument(QJsonObject{{"Last_Name", QStringLiteral("%1 %2").arg(prefix).arg(i)},
                                          {"Email", QStringLiteral("%1.%2@example.com").arg(prefix.toLower()).arg(i)}})
                    .toJson(QJsonDocument::Compact);
        requests << r;
    }
    std::unique_ptr<WriteJob> job(store.write(requests));
    if (!run(job.get(), 120000) || job->hasError())
        return {};
    return job->results();
}
