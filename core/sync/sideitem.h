// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/decodeditem.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace crmsync {

//! One changed item of one side, as the planner sees it: decoded, with its store identity.
struct SideItem
{
    QString id;
    QString version;
    QDateTime modified;
    DecodedItem decoded;
    QByteArray raw;
};

} // namespace crmsync
