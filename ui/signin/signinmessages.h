// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QCoreApplication>
#include <QString>

namespace crmsync {

/*!
 * \brief The sign-in dialog's words for what went wrong: one distinct message for a wrong
 * password, an expired or invalid token, a consent the user declined, an unreachable server
 * and a certificate problem,
 * so the user knows which of them to fix.
 */
class SignInMessages
{
    Q_DECLARE_TR_FUNCTIONS(SignInMessages)
public:
    enum class Kind { None, WrongPassword, TokenInvalid, Denied, Unreachable, Certificate, Other };

    static Kind kindOf(const Error &error);
    //! The message for \a error from a password (server) sign-in.
    static QString forServer(const Error &error);
    //! The message for \a error from the CRM's browser sign-in.
    static QString forCrm(const Error &error);
};

} // namespace crmsync
