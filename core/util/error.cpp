// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

namespace crmsync {

QString Error::categoryName(Category c)
{
    switch (c) {
    case Category::None: return QStringLiteral("none");
    case Category::Network: return QStringLiteral("network");
    case Category::Auth: return QStringLiteral("auth");
    case Category::Server: return QStringLiteral("server");
    case Category::RateLimit: return QStringLiteral("rate-limit");
    case Category::Conflict: return QStringLiteral("conflict");
    case Category::Data: return QStringLiteral("data");
    case Category::Config: return QStringLiteral("config");
    case Category::Safety: return QStringLiteral("safety");
    case Category::Storage: return QStringLiteral("storage");
    }
    return {};
}

} // namespace crmsync
