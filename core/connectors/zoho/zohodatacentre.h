// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QUrl>
#include <optional>

namespace crmsync {

/*!
 * \brief One Zoho data centre: where to sign in and where the API lives
 * (reference/zoho-crm-api.md §0 "Data centres").
 *
 * The API domain from a token response wins over this table (§1.2); the table is what
 * the first sign-in uses.
 */
struct ZohoDataCentre
{
    //! Short code as used in settings: "com", "eu", "in", "com.au", "jp", "com.cn", "ca".
    QString code;
    QUrl accountsUrl;
    QUrl apiUrl;

    //! Translated name for a picker ("Japan (zoho.jp)").
    QString displayName() const;

    static QList<ZohoDataCentre> all();
    static std::optional<ZohoDataCentre> fromCode(const QString &code);
    //! The data centre a user with \a locale most likely signed up in; .com otherwise.
    static ZohoDataCentre defaultFor(const QLocale &locale);

    bool operator==(const ZohoDataCentre &o) const { return code == o.code; }
};

} // namespace crmsync
