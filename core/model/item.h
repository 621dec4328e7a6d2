// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace crmsync {

/*!
 * \brief One item as a store holds it: its id in that store, an opaque version for
 * change detection and preconditions, and the payload exactly as stored.
 *
 * CRM: id = record id, version = Modified_Time, raw = the record's JSON object.
 * Folder: id = file name, version = size + mtime, raw = file bytes.
 * DAV (later): id = href, version = ETag, raw = resource body.
 * The raw payload is kept so updates patch it and unmapped data survives.
 */
struct Item
{
    QString id;
    QString version;
    QByteArray raw;
    //! When the item last changed, if the store knows (newest-wins); invalid otherwise.
    QDateTime modified;
};

} // namespace crmsync
