// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace crmsync {

/*!
 * \brief What went wrong, as a value: jobs, parsers and the database report one of these
 * instead of throwing (ARCHITECTURE.md "Errors").
 *
 * userMessage is already translated and names what and where; detail is for logs
 * (never secrets).
 */
struct Error
{
    enum class Category { None, Network, Auth, Server, RateLimit, Conflict, Data, Config, Safety, Storage };

    Category category = Category::None;
    int httpStatus = 0;
    QString userMessage;
    QString detail;
    //! Seconds the server asked us to wait (Retry-After), 0 when it did not say.
    int retryAfterSeconds = 0;
    //! A refused TLS certificate's SHA-256 fingerprint ("AB:CD:…"), so callers can say
    //! which per-account exception would accept it after the user checked it.
    QString certificateSha256;

    static Error make(Category c, const QString &message, const QString &detail = {}, int httpStatus = 0)
    {
        Error e;
        e.category = c;
        e.userMessage = message;
        e.detail = detail;
        e.httpStatus = httpStatus;
        return e;
    }

    bool isError() const { return category != Category::None; }
    //! Network trouble, 5xx and rate limits pass; trying again later may succeed.
    bool canRetryLater() const
    {
        return category == Category::Network || category == Category::Server
            || category == Category::RateLimit;
    }
    static QString categoryName(Category c);
};

} // namespace crmsync
