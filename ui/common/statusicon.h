// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/syncstate.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace crmsync {

/*!
 * \brief The icon and the short label of each SyncState, shared by the tray and the
 * dashboard so that one state always looks and reads the same.
 *
 * The icons are drawn rather than shipped: distinct by shape as well as colour (a check,
 * two arrows, two bars, a crossed link, an exclamation mark), so that they stay apart for
 * colour-blind users and in monochrome tray themes.
 */
class StatusIcon
{
    Q_DECLARE_TR_FUNCTIONS(StatusIcon)
public:
    static QIcon icon(SyncState state);
    static QString label(SyncState state);
};

} // namespace crmsync
