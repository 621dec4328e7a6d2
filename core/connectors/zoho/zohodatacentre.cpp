// SPDX-License-Identifier: GPL-3.0-or-later
#include "zohodatacentre.h"

#include <QCoreApplication>

namespace crmsync {

namespace {

ZohoDataCentre dc(const char *code, const char *accounts, const char *api)
{
    return ZohoDataCentre{QString::fromLatin1(code), QUrl(QString::fromLatin1(accounts)), QUrl(QString::fromLatin1(api))};
}

} // namespace

QList<ZohoDataCentre> ZohoDataCentre::all()
{
    // reference/zoho-crm-api.md §0: the official SDK's dc/*_data_center.py. Canada's
    // accounts server is on zohocloud.ca, unlike the others.
    return {
        dc("com", "https://accounts.zoho.com", "https://www.zohoapis.com"),
        dc("eu", "https://accounts.zoho.eu", "https://www.zohoapis.eu"),
        dc("in", "https://accounts.zoho.in", "https://www.zohoapis.in"),
        dc("com.au", "https://accounts.zoho.com.au", "https://www.zohoapis.com.au"),
        dc("jp", "https://accounts.zoho.jp", "https://www.zohoapis.jp"),
        dc("com.cn", "https://accounts.zoho.com.cn", "https://www.zohoapis.com.cn"),
        dc("ca", "https://accounts.zohocloud.ca", "https://www.zohoapis.ca"),
    };
}

std::optional<ZohoDataCentre> ZohoDataCentre::fromCode(const QString &code)
{
    QString c = code.trimmed().toLower();
    if (c.startsWith(QLatin1Char('.')))
        c.remove(0, 1);
    // Accept the region names users and Zoho's "location" parameter use as well (§1.1).
    if (c == QLatin1String("us"))
        c = QStringLiteral("com");
    else if (c == QLatin1String("au"))
        c = QStringLiteral("com.au");
    else if (c == QLatin1String("cn"))
        c = QStringLiteral("com.cn");
    for (const ZohoDataCentre &d : all()) {
        if (d.code == c)
            return d;
    }
    return std::nullopt;
}

ZohoDataCentre ZohoDataCentre::defaultFor(const QLocale &locale)
{
    QString code = QStringLiteral("com");
    switch (locale.language()) {
    case QLocale::Japanese: code = QStringLiteral("jp"); break;
    case QLocale::Chinese:
        // Only mainland China is served from zoho.com.cn; Taiwan and Hong Kong sign up on .com.
        if (locale.territory() == QLocale::China)
            code = QStringLiteral("com.cn");
        break;
    default:
        switch (locale.territory()) {
        case QLocale::India: code = QStringLiteral("in"); break;
        case QLocale::Australia: code = QStringLiteral("com.au"); break;
        case QLocale::Canada: code = QStringLiteral("ca"); break;
        case QLocale::Japan: code = QStringLiteral("jp"); break;
        case QLocale::Germany: case QLocale::France: case QLocale::Italy: case QLocale::Spain:
        case QLocale::Netherlands: case QLocale::Belgium: case QLocale::Austria: case QLocale::Ireland:
        case QLocale::Portugal: case QLocale::Poland: case QLocale::Sweden: case QLocale::Denmark:
        case QLocale::Finland: case QLocale::Greece: case QLocale::CzechRepublic: case QLocale::Luxembourg:
            code = QStringLiteral("eu");
            break;
        default: break;
        }
    }
    return *fromCode(code);
}

QString ZohoDataCentre::displayName() const
{
    const QString host = apiUrl.host().mid(QStringLiteral("www.zohoapis.").size());
    QString region;
    if (code == QLatin1String("com")) region = QCoreApplication::translate("ZohoDataCentre", "United States");
    else if (code == QLatin1String("eu")) region = QCoreApplication::translate("ZohoDataCentre", "Europe");
    else if (code == QLatin1String("in")) region = QCoreApplication::translate("ZohoDataCentre", "India");
    else if (code == QLatin1String("com.au")) region = QCoreApplication::translate("ZohoDataCentre", "Australia");
    else if (code == QLatin1String("jp")) region = QCoreApplication::translate("ZohoDataCentre", "Japan");
    else if (code == QLatin1String("com.cn")) region = QCoreApplication::translate("ZohoDataCentre", "China");
    else if (code == QLatin1String("ca")) region = QCoreApplication::translate("ZohoDataCentre", "Canada");
    if (region.isEmpty()) // not one of Zoho's own: the demo's crm-sandbox, a test server
        return QCoreApplication::translate("ZohoDataCentre", "Server at %1").arg(apiUrl.authority());
    return QCoreApplication::translate("ZohoDataCentre", "%1 (zoho.%2)").arg(region, host);
}

} // namespace crmsync
