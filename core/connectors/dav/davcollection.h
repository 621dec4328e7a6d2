// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpauthstate.h"

#include <QByteArray>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>

namespace crmsync {

class NetworkContext;

/*!
 * \brief Where one CalDAV calendar or CardDAV address book lives and how to sign in to it.
 *
 * The password is held in memory only (it came from a password_command or the keychain)
 * and is never logged. kind decides the multiget REPORT and the PUT Content-Type.
 * Copies share authState, so what one request learnt about signing in (a Digest
 * challenge) spares the next ones a 401 round trip.
 */
struct DavCollection
{
    enum class Kind { Calendar, AddressBook };

    QUrl url;
    Kind kind = Kind::AddressBook;
    QString username;
    QString password;
    QPointer<NetworkContext> context;
    //! The account's "tls_trusted_certificate_sha256" as raw bytes; empty: no exception.
    QByteArray trustedCertificateSha256;
    std::shared_ptr<HttpAuthState> authState = std::make_shared<HttpAuthState>();

    bool isCalendar() const { return kind == Kind::Calendar; }
    //! The collection's path, always ending in '/'.
    QString path() const
    {
        QString p = url.path(QUrl::FullyDecoded);
        if (!p.endsWith(QLatin1Char('/')))
            p += QLatin1Char('/');
        return p;
    }
};

} // namespace crmsync
