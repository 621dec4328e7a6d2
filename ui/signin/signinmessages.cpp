// SPDX-License-Identifier: GPL-3.0-or-later
#include "signinmessages.h"

namespace crmsync {

SignInMessages::Kind SignInMessages::kindOf(const Error &error)
{
    if (!error.isError())
        return Kind::None;
    // HttpJob reports a refused certificate as Auth with its fingerprint (docs/dav.md
    // "Sign-in and TLS"), a handshake that failed outright as Network.
    if (!error.certificateSha256.isEmpty()
        || error.detail.contains(QLatin1String("SslHandshakeFailed"), Qt::CaseInsensitive)
        || error.detail.contains(QLatin1String("NetworkError 6)")))
        return Kind::Certificate;
    // ZohoSignInFlow: the user pressed Deny on Zoho's consent page (RFC 6749 §4.1.2.1).
    if (error.detail.contains(QLatin1String("access_denied")))
        return Kind::Denied;
    if (error.httpStatus == 401 || error.httpStatus == 403)
        return Kind::WrongPassword;
    if (error.category == Error::Category::Auth)
        return Kind::TokenInvalid;
    if (error.category == Error::Category::Network)
        return Kind::Unreachable;
    return Kind::Other;
}

QString SignInMessages::forServer(const Error &error)
{
    switch (kindOf(error)) {
    case Kind::None:
        return {};
    case Kind::WrongPassword:
        return tr("The server did not accept this user name and password. Check both. If your account uses "
                  "2-step verification, sign in with an app-specific password instead of your usual one.");
    case Kind::TokenInvalid:
    case Kind::Denied:
        return tr("The server refused the sign-in: %1").arg(error.userMessage);
    case Kind::Unreachable:
        return tr("The server cannot be reached. Check the address and your network connection. (%1)")
            .arg(error.userMessage);
    case Kind::Certificate:
        return tr("Certificate problem: the server's identity could not be verified, so nothing was sent. %1")
            .arg(error.userMessage);
    case Kind::Other:
        break;
    }
    return error.userMessage;
}

QString SignInMessages::forCrm(const Error &error)
{
    switch (kindOf(error)) {
    case Kind::None:
        return {};
    case Kind::WrongPassword:
    case Kind::TokenInvalid:
        return tr("Zoho did not accept the sign-in: it has expired or is no longer valid. Sign in again. (%1)")
            .arg(error.userMessage);
    case Kind::Denied:
        return tr("CRM Sync was not allowed to use the account: the sign-in page was answered with Deny. "
                  "Sign in again and choose Allow.");
    case Kind::Unreachable:
        return tr("Zoho cannot be reached. Check your network connection and the data centre. (%1)")
            .arg(error.userMessage);
    case Kind::Certificate:
        return tr("Certificate problem: the connection to Zoho could not be verified. %1").arg(error.userMessage);
    case Kind::Other:
        break;
    }
    return error.userMessage;
}

} // namespace crmsync
