// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/accountconfig.h"
#include "sync/syncprofile.h"

#include <QList>
#include <QMap>
#include <QString>

namespace crmsync {

/*!
 * \brief A whole config file: its accounts by name and its sync profiles, as ConfigLoader
 * read them (docs/configuration.md describes every key).
 */
struct Config
{
    //! The file it was read from (absolute), empty when parsed from memory.
    QString path;
    QMap<QString, AccountConfig> accounts;
    QList<SyncProfile> profiles;
};

} // namespace crmsync
