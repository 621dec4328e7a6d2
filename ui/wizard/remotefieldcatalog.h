// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/moduleinfo.h"

#include <QStringList>

namespace crmsync {

/*!
 * \brief The other side's field paths the wizard offers for a module: the paths the codecs
 * read (docs/field-mapping.md, docs/vcard.md, docs/icalendar.md), starting with those of
 * the module's default map. The editor also takes any "X-…" property a user types.
 */
class RemoteFieldCatalog
{
public:
    static QStringList pathsFor(ModuleInfo::Module module);
};

} // namespace crmsync
