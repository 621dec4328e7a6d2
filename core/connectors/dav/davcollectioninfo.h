// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "davcollection.h"

#include <QStringList>
#include <QUrl>

namespace crmsync {

//! \brief One calendar or address book found by DavDiscoveryJob.
struct DavCollectionInfo
{
    QUrl url;
    DavCollection::Kind kind = DavCollection::Kind::AddressBook;
    QString displayName;
    //! "#RRGGBB(AA)" from calendar-color, empty when the server has none.
    QString color;
    //! Calendar component types the collection accepts ("VEVENT", "VTODO"); empty: any.
    QStringList components;
};

} // namespace crmsync
