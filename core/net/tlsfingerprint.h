// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace crmsync {

/*!
 * \brief The SHA-256 fingerprint of a certificate as users see and type it:
 * "AB:CD:…" (32 bytes, upper-case hex, colon-separated), the form `openssl x509
 * -fingerprint -sha256` and browsers show.
 */
class TlsFingerprint
{
public:
    //! "AB:CD:…" for a raw 32-byte digest.
    static QString format(const QByteArray &digest);
    /*!
     * The raw digest from text in that form; case, colons and spaces do not matter (a
     * "sha256 Fingerprint=" prefix copied along with openssl's output is dropped).
     */
    static Result<QByteArray> parse(const QString &text);
};

} // namespace crmsync
