// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxconfig.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <cstdio>

using crmsandbox::SandboxConfig;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "crm-sandbox: %s\n", qPrintable(message));
    return 2;
}

// "+09:00", "-05:30" or an IANA id such as "Asia/Tokyo" (its offset right now).
bool parseTimeZone(const QString &text, int *offsetSecs)
{
    static const QRegularExpression re(QStringLiteral("^([+-])(\\d{2}):(\\d{2})$"));
    const auto m = re.match(text);
    if (m.hasMatch()) {
        *offsetSecs = (m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60) * (m.captured(1) == QLatin1String("-") ? -1 : 1);
        return true;
    }
    const QTimeZone zone(text.toUtf8());
    if (!zone.isValid())
        return false;
    *offsetSecs = zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crm-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1"));

    SandboxConfig config;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "crm-sandbox", "Local emulator of the Zoho CRM v8 API subset and OAuth token endpoint (see README.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QCoreApplication::translate("crm-sandbox", "Address to listen on (port 0 picks a free one)."), QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption data(QStringLiteral("data"), QCoreApplication::translate("crm-sandbox", "Directory holding the SQLite state (kept across restarts)."), QStringLiteral("DIR"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), QCoreApplication::translate("crm-sandbox", "OAuth client id accepted by the token endpoint."), QStringLiteral("ID"), config.clientId);
    const QCommandLineOption clientSecret(QStringLiteral("client-secret"), QCoreApplication::translate("crm-sandbox", "OAuth client secret accepted by the token endpoint."), QStringLiteral("SECRET"), config.clientSecret);
    const QCommandLineOption refreshToken(QStringLiteral("refresh-token"), QCoreApplication::translate("crm-sandbox", "A refresh token the sandbox accepts."), QStringLiteral("TOKEN"), config.refreshToken);
    const QCommandLineOption seed(QStringLiteral("seed-demo"), QCoreApplication::translate("crm-sandbox", "Fill an empty data directory with about 200 demo records."));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QCoreApplication::translate("crm-sandbox", "Delay every answer by N milliseconds."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption errorRate(QStringLiteral("error-rate"), QCoreApplication::translate("crm-sandbox", "Fraction (0..1) of API calls answered 500 INTERNAL_ERROR (seeded, repeatable)."), QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"), QCoreApplication::translate("crm-sandbox", "API calls allowed per minute before 429 TOO_MANY_REQUESTS (0 = no limit)."), QStringLiteral("PER_MINUTE"), QStringLiteral("0"));
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"), QCoreApplication::translate("crm-sandbox", "Access token lifetime in seconds."), QStringLiteral("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption codeLifetime(QStringLiteral("code-lifetime"), QCoreApplication::translate("crm-sandbox", "Authorization code lifetime in seconds (0: codes expire at once)."), QStringLiteral("SECONDS"), QStringLiteral("120"));
    const QCommandLineOption timeZone(QStringLiteral("time-zone"), QCoreApplication::translate("crm-sandbox", "Org time zone for rendered date-times: +HH:MM or an IANA id."), QStringLiteral("ZONE"), QStringLiteral("+00:00"));
    const QCommandLineOption faultSeed(QStringLiteral("fault-seed"), QCoreApplication::translate("crm-sandbox", "Seed of the --error-rate generator."), QStringLiteral("N"), QString::number(config.faultSeed));
    parser.addOptions({listen, data, clientId, clientSecret, refreshToken, seed, latency, errorRate, rateLimit,
                       lifetime, codeLifetime, timeZone, faultSeed});
    parser.process(app);

    const QString address = parser.value(listen);
    const int colon = address.lastIndexOf(QLatin1Char(':'));
    bool ok = colon > 0;
    const uint port = ok ? address.mid(colon + 1).toUInt(&ok) : 0;
    if (!ok || port > 65535)
        return fail(QStringLiteral("--listen expects HOST:PORT, got \"%1\"").arg(address));
    config.host = address.left(colon);
    config.port = quint16(port);
    if (!parser.isSet(data))
        return fail(QStringLiteral("--data DIR is required"));
    config.dataDir = parser.value(data);
    config.clientId = parser.value(clientId);
    config.clientSecret = parser.value(clientSecret);
    config.refreshToken = parser.value(refreshToken);
    config.seedDemo = parser.isSet(seed);
    config.latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || config.latencyMs < 0)
        return fail(QStringLiteral("--latency-ms expects a non-negative integer"));
    config.errorRate = parser.value(errorRate).toDouble(&ok);
    if (!ok || config.errorRate < 0.0 || config.errorRate > 1.0)
        return fail(QStringLiteral("--error-rate expects a number between 0 and 1"));
    config.rateLimitPerMinute = parser.value(rateLimit).toInt(&ok);
    if (!ok || config.rateLimitPerMinute < 0)
        return fail(QStringLiteral("--rate-limit expects a non-negative integer"));
    config.tokenLifetimeSecs = parser.value(lifetime).toInt(&ok);
    if (!ok || config.tokenLifetimeSecs < 1)
        return fail(QStringLiteral("--token-lifetime expects a positive number of seconds"));
    config.codeLifetimeSecs = parser.value(codeLifetime).toInt(&ok);
    if (!ok || config.codeLifetimeSecs < 0)
        return fail(QStringLiteral("--code-lifetime expects a non-negative number of seconds"));
    if (!parseTimeZone(parser.value(timeZone), &config.utcOffsetSecs))
        return fail(QStringLiteral("--time-zone expects +HH:MM or an IANA time zone id"));
    config.faultSeed = parser.value(faultSeed).toUInt(&ok);
    if (!ok)
        return fail(QStringLiteral("--fault-seed expects an unsigned integer"));

    crmsandbox::SandboxServer server(config);
    QString error;
    const quint16 actualPort = server.start(&error);
    if (actualPort == 0)
        return fail(error);
    // Test launchers wait for exactly this line.
    std::printf("listening on http://%s:%u\n", qPrintable(config.host), unsigned(actualPort));
    std::fflush(stdout);
    return app.exec();
}
