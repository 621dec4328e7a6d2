// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncprofileparser.h"

#include <QJsonArray>
#include <QSet>

namespace crmsync {

namespace {
using Need = ConfigObjectReader::Need;

bool isCalendarModule(ModuleInfo::Module m)
{
    return m == ModuleInfo::Module::Events || m == ModuleInfo::Module::Tasks;
}
} // namespace

QStringList SyncProfileParser::directionNames()
{
    using D = SyncProfile::Direction;
    return {SyncProfile::directionName(D::TwoWay), SyncProfile::directionName(D::CrmToRemote),
            SyncProfile::directionName(D::RemoteToCrm)};
}

QStringList SyncProfileParser::conflictNames()
{
    using C = SyncProfile::Conflict;
    return {SyncProfile::conflictName(C::CrmWins), SyncProfile::conflictName(C::RemoteWins),
            SyncProfile::conflictName(C::NewestWins), SyncProfile::conflictName(C::Merge)};
}

QStringList SyncProfileParser::eventsRangeNames()
{
    using R = SyncProfile::EventsRange;
    return {SyncProfile::eventsRangeName(R::All), SyncProfile::eventsRangeName(R::Today),
            SyncProfile::eventsRangeName(R::PastMonth)};
}

SyncProfile SyncProfileParser::parse(ConfigObjectReader &reader)
{
    SyncProfile profile;
    profile.name = reader.string(QStringLiteral("name"), Need::Required);
    const QString module = reader.string(QStringLiteral("module"), Need::Required);
    bool moduleKnown = false;
    if (!module.isEmpty()) {
        if (const auto info = ModuleInfo::fromApiName(module)) {
            profile.module = info->module();
            moduleKnown = true;
        } else {
            QStringList names;
            for (const ModuleInfo &m : ModuleInfo::all())
                names << m.apiName();
            reader.report(QStringLiteral("module"),
                          tr("\"%1\" is not one of %2").arg(module, names.join(QStringLiteral(", "))));
        }
    }
    profile.crmAccount = reader.string(QStringLiteral("crm"), Need::Required);
    profile.remoteAccount = reader.string(QStringLiteral("remote"), Need::Required);
    profile.collection = reader.string(QStringLiteral("collection"), Need::Optional);
    parsePolicy(reader, profile);
    profile.intervalMinutes = reader.integer(QStringLiteral("interval_minutes"), 0, 0, kMaxIntervalMinutes);
    profile.paused = reader.boolean(QStringLiteral("paused"), false);
    profile.maxDeletePercent = reader.integer(QStringLiteral("max_delete_percent"), 50, 0, 100);
    parseFieldMap(reader, profile);
    parseDefaults(reader, profile);
    if (moduleKnown)
        parseFilters(reader, profile);
    else
        reader.accept(QStringLiteral("filters")); // cannot judge events_range without a module
    reader.finish();
    return profile;
}

void SyncProfileParser::parsePolicy(ConfigObjectReader &reader, SyncProfile &profile)
{
    profile.direction = SyncProfile::Direction(reader.choice(QStringLiteral("direction"), directionNames(), 0));
    profile.conflict = SyncProfile::Conflict(reader.choice(QStringLiteral("conflict"), conflictNames(), 0));
    if (!reader.has(QStringLiteral("merge_fallback")))
        return;
    const QStringList fallbacks = conflictNames().mid(0, 2); // crm-wins, remote-wins
    profile.mergeFallback = SyncProfile::Conflict(reader.choice(QStringLiteral("merge_fallback"), fallbacks, 0));
    if (profile.conflict != SyncProfile::Conflict::Merge)
        reader.report(QStringLiteral("merge_fallback"), tr("only applies when conflict is \"merge\""));
}

void SyncProfileParser::parseFieldMap(ConfigObjectReader &reader, SyncProfile &profile)
{
    const auto array = reader.array(QStringLiteral("field_map"), Need::Optional);
    if (!array) {
        // No (valid) field_map: the documented default for the module (docs/field-mapping.md).
        profile.fieldMap = FieldMap::defaultFor(profile.module);
        return;
    }
    if (array->isEmpty()) {
        reader.report(QStringLiteral("field_map"), tr("must not be empty: leave it out to use the default map"));
        return;
    }
    QList<FieldMapping> mappings;
    QSet<QString> crmFields;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString path = reader.pathOf(QStringLiteral("field_map[%1]").arg(i));
        if (!array->at(i).isObject()) {
            reader.issues().add(path, tr("expected %1, found %2")
                                          .arg(tr("an object"), ConfigObjectReader::typeName(array->at(i))));
            continue;
        }
        ConfigObjectReader entry(array->at(i).toObject(), path, reader.issues());
        FieldMapping mapping{entry.string(QStringLiteral("crm"), Need::Required),
                             entry.string(QStringLiteral("remote"), Need::Required)};
        entry.finish();
        if (mapping.crm.isEmpty() || mapping.remote.isEmpty())
            continue;
        if (crmFields.contains(mapping.crm)) {
            entry.report(QStringLiteral("crm"), tr("\"%1\" is mapped more than once").arg(mapping.crm));
            continue;
        }
        crmFields.insert(mapping.crm);
        mappings << mapping;
    }
    profile.fieldMap = FieldMap(mappings);
}

void SyncProfileParser::parseDefaults(ConfigObjectReader &reader, SyncProfile &profile)
{
    const auto defaults = reader.object(QStringLiteral("defaults"), Need::Optional);
    if (!defaults)
        return;
    for (auto it = defaults->constBegin(); it != defaults->constEnd(); ++it) {
        const QString path = reader.pathOf(QStringLiteral("defaults.") + it.key());
        if (it.key().trimmed().isEmpty())
            reader.issues().add(path, tr("a CRM field name must not be empty"));
        else if (!it.value().isString())
            reader.issues().add(path, tr("expected %1, found %2")
                                          .arg(tr("a string"), ConfigObjectReader::typeName(it.value())));
        else
            profile.defaults.insert(it.key(), it.value());
    }
}

void SyncProfileParser::parseFilters(ConfigObjectReader &reader, SyncProfile &profile)
{
    const auto filters = reader.object(QStringLiteral("filters"), Need::Optional);
    if (!filters)
        return;
    ConfigObjectReader f(*filters, reader.pathOf(QStringLiteral("filters")), reader.issues());
    profile.includePrivate = f.boolean(QStringLiteral("include_private"), false);
    profile.categories = f.stringList(QStringLiteral("categories"), Need::Optional, false);
    if (f.has(QStringLiteral("events_range"))) {
        profile.eventsRange =
            SyncProfile::EventsRange(f.choice(QStringLiteral("events_range"), eventsRangeNames(), 0));
        if (!isCalendarModule(profile.module)) {
            f.report(QStringLiteral("events_range"),
                     tr("only applies to the Events and Tasks modules, not %1")
                         .arg(ModuleInfo::of(profile.module).apiName()));
        }
    }
    f.finish();
}

QJsonObject SyncProfileParser::toJson(const SyncProfile &profile)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), profile.name);
    o.insert(QStringLiteral("module"), ModuleInfo::of(profile.module).apiName());
    o.insert(QStringLiteral("crm"), profile.crmAccount);
    o.insert(QStringLiteral("remote"), profile.remoteAccount);
    if (!profile.collection.isEmpty())
        o.insert(QStringLiteral("collection"), profile.collection);
    o.insert(QStringLiteral("direction"), SyncProfile::directionName(profile.direction));
    o.insert(QStringLiteral("conflict"), SyncProfile::conflictName(profile.conflict));
    if (profile.conflict == SyncProfile::Conflict::Merge)
        o.insert(QStringLiteral("merge_fallback"), SyncProfile::conflictName(profile.mergeFallback));
    o.insert(QStringLiteral("interval_minutes"), profile.intervalMinutes);
    if (profile.paused)
        o.insert(QStringLiteral("paused"), true);
    o.insert(QStringLiteral("max_delete_percent"), profile.maxDeletePercent);
    QJsonArray map;
    for (const FieldMapping &m : profile.fieldMap.mappings())
        map.append(QJsonObject{{QStringLiteral("crm"), m.crm}, {QStringLiteral("remote"), m.remote}});
    o.insert(QStringLiteral("field_map"), map);
    o.insert(QStringLiteral("defaults"), profile.defaults);
    QJsonObject filters;
    filters.insert(QStringLiteral("include_private"), profile.includePrivate);
    filters.insert(QStringLiteral("categories"), QJsonArray::fromStringList(profile.categories));
    if (isCalendarModule(profile.module))
        filters.insert(QStringLiteral("events_range"), SyncProfile::eventsRangeName(profile.eventsRange));
    o.insert(QStringLiteral("filters"), filters);
    return o;
}

} // namespace crmsync
