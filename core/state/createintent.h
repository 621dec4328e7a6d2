// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "side.h"

#include <QDateTime>
#include <QString>

namespace crmsync {

/*!
 * \brief A create that is about to be sent, journaled first so that a crash between the
 * remote write and storing the link cannot duplicate the item (ARCHITECTURE.md
 * "The sync model", Execute).
 *
 * On recovery the engine looks the item up by suggestedId / identity on \c target before
 * creating it again, then stores the link and clears the intent.
 */
struct CreateIntent
{
    qint64 id = 0;
    //! The side the item is being created on.
    Side target = Side::Remote;
    //! The item's id on the other side, the one it is copied from.
    QString sourceId;
    //! The id (remote file name / href, UID) the create asks for, when the side lets us choose.
    QString suggestedId;
    QDateTime createdAt;

    friend bool operator==(const CreateIntent &, const CreateIntent &) = default;
};

} // namespace crmsync
