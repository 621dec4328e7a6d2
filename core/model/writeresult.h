// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QString>

namespace crmsync {

/*!
 * \brief The outcome of one WriteRequest. error.category == Conflict means the
 * precondition failed (412, ALREADY_MODIFIED, file changed): the engine refetches and re-plans.
 */
struct WriteResult
{
    int tag = 0;
    Error error;
    QString id;
    QString version;
    //! The stored payload after the write, when the store knows it (server may rewrite data).
    QByteArray raw;

    bool ok() const { return !error.isError(); }
};

} // namespace crmsync
