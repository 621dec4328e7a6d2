// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace crmsync {

/*!
 * \brief One create, update or delete sent to a store, with its precondition.
 *
 * expectedVersion is the version the engine last saw: stores send it as If-Match /
 * If-Unmodified-Since so a concurrent edit is reported as a conflict, never overwritten.
 * For creates, suggestedId lets a store choose a stable name (folder file name, DAV href)
 * so a crash-and-retry finds the same item instead of making a second one.
 */
struct WriteRequest
{
    enum class Op { Create, Update, Delete };
    Op op = Op::Create;
    QString id;
    QString suggestedId;
    QString expectedVersion;
    QByteArray raw;
    //! The engine's handle to match results to requests.
    int tag = 0;
};

} // namespace crmsync
