// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/remotefieldcatalog.h"

#include "model/fieldmap.h"

namespace crmsync {

QStringList RemoteFieldCatalog::pathsFor(ModuleInfo::Module module)
{
    QStringList paths;
    const auto add = [&paths](const QStringList &more) {
        for (const QString &p : more) {
            if (!paths.contains(p))
                paths << p;
        }
    };
    // Named, not a temporary: a range-for over a temporary's mappings() would dangle.
    const FieldMap own = FieldMap::defaultFor(module);
    for (const FieldMapping &m : own.mappings())
        add({m.remote});
    const ModuleInfo info = ModuleInfo::of(module);
    if (info.isCard()) {
        // Every card module's defaults, so a Leads profile can map what Contacts does.
        for (const ModuleInfo &other : ModuleInfo::all()) {
            if (!other.isCard())
                continue;
            const FieldMap map = FieldMap::defaultFor(other.module());
            for (const FieldMapping &m : map.mappings())
                add({m.remote});
        }
        add({QStringLiteral("FN"), QStringLiteral("NICKNAME"), QStringLiteral("ROLE"), QStringLiteral("URL"),
             QStringLiteral("CATEGORIES"), QStringLiteral("EMAIL"), QStringLiteral("TEL"),
             QStringLiteral("TEL;TYPE=voice"), QStringLiteral("N.additional"), QStringLiteral("N.suffix")});
    } else {
        // The properties icalfieldreader.cpp reads for events and tasks.
        add({QStringLiteral("SUMMARY"), QStringLiteral("DESCRIPTION"), QStringLiteral("LOCATION"),
             QStringLiteral("CATEGORIES"), QStringLiteral("VALARM"), QStringLiteral("RRULE")});
        if (info.format() == ModuleInfo::Format::VEvent)
            add({QStringLiteral("DTSTART"), QStringLiteral("DTEND"), QStringLiteral("ALLDAY"), QStringLiteral("ATTENDEE")});
        else
            add({QStringLiteral("DUE"), QStringLiteral("STATUS"), QStringLiteral("PRIORITY")});
    }
    return paths;
}

} // namespace crmsync
