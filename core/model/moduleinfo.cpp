// SPDX-License-Identifier: GPL-3.0-or-later
#include "moduleinfo.h"

#include <QCoreApplication>

namespace crmsync {

std::optional<ModuleInfo> ModuleInfo::fromApiName(const QString &apiName)
{
    for (const ModuleInfo &info : all()) {
        if (info.apiName().compare(apiName, Qt::CaseInsensitive) == 0)
            return info;
    }
    return std::nullopt;
}

ModuleInfo ModuleInfo::of(Module m)
{
    return ModuleInfo(m);
}

QList<ModuleInfo> ModuleInfo::all()
{
    return {ModuleInfo(Module::Contacts), ModuleInfo(Module::Leads), ModuleInfo(Module::Vendors),
            ModuleInfo(Module::Tasks), ModuleInfo(Module::Events)};
}

QString ModuleInfo::apiName() const
{
    switch (m_module) {
    case Module::Contacts: return QStringLiteral("Contacts");
    case Module::Leads: return QStringLiteral("Leads");
    case Module::Vendors: return QStringLiteral("Vendors");
    case Module::Tasks: return QStringLiteral("Tasks");
    case Module::Events: return QStringLiteral("Events");
    }
    return {};
}

ModuleInfo::Format ModuleInfo::format() const
{
    switch (m_module) {
    case Module::Tasks: return Format::VTodo;
    case Module::Events: return Format::VEvent;
    default: return Format::VCard;
    }
}

QString ModuleInfo::fileSuffix() const
{
    return isCard() ? QStringLiteral("vcf") : QStringLiteral("ics");
}

QStringList ModuleInfo::mandatoryFields() const
{
    switch (m_module) {
    case Module::Contacts: return {QStringLiteral("Last_Name")};
    case Module::Leads: return {QStringLiteral("Last_Name"), QStringLiteral("Company")};
    case Module::Vendors: return {QStringLiteral("Vendor_Name")};
    case Module::Tasks: return {QStringLiteral("Subject")};
    case Module::Events:
        return {QStringLiteral("Event_Title"), QStringLiteral("Start_DateTime"), QStringLiteral("End_DateTime")};
    }
    return {};
}

QString ModuleInfo::displayName() const
{
    switch (m_module) {
    case Module::Contacts: return QCoreApplication::translate("ModuleInfo", "Contacts");
    case Module::Leads: return QCoreApplication::translate("ModuleInfo", "Leads");
    case Module::Vendors: return QCoreApplication::translate("ModuleInfo", "Vendors");
    case Module::Tasks: return QCoreApplication::translate("ModuleInfo", "Tasks");
    case Module::Events: return QCoreApplication::translate("ModuleInfo", "Events");
    }
    return {};
}

} // namespace crmsync
