// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace crmsandbox {

/*!
 * \brief Everything the command line decides about one sandbox run.
 *
 * The default credentials are fixtures of the emulator (documented in
 * README.md), not secrets of any real Zoho organisation.
 */
struct SandboxConfig
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QString dataDir;
    QString clientId = QStringLiteral("sandbox-client");
    QString clientSecret = QStringLiteral("sandbox-secret");
    QString refreshToken = QStringLiteral("sandbox-refresh");
    bool seedDemo = false;
    int latencyMs = 0;
    double errorRate = 0.0;
    int rateLimitPerMinute = 0; // 0 = unlimited
    int tokenLifetimeSecs = 3600; // reference/zoho-crm-api.md §1.2
    int codeLifetimeSecs = 120; // authorization codes live 2 minutes (§1.1)
    int utcOffsetSecs = 0; // org time zone used to render date-times (§3.1)
    quint32 faultSeed = 20240101;
    QString baseUrl; // filled in once listening: http://host:port
};

} // namespace crmsandbox
