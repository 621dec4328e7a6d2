// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionsecrets.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace crmsync {

namespace {

struct Store
{
    QMutex mutex;
    QHash<QString, QString> secrets;
};

Store &store()
{
    static Store s;
    return s;
}

} // namespace

void SessionSecrets::set(const QString &key, const QString &secret)
{
    QMutexLocker lock(&store().mutex);
    store().secrets.insert(key, secret);
}

std::optional<QString> SessionSecrets::value(const QString &key)
{
    QMutexLocker lock(&store().mutex);
    const auto it = store().secrets.constFind(key);
    if (it == store().secrets.constEnd())
        return std::nullopt;
    return *it;
}

void SessionSecrets::remove(const QString &key)
{
    QMutexLocker lock(&store().mutex);
    store().secrets.remove(key);
}

void SessionSecrets::clear()
{
    QMutexLocker lock(&store().mutex);
    store().secrets.clear();
}

} // namespace crmsync
