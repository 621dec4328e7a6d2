// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldmap.h"

namespace crmsync {

namespace {

using M = FieldMapping;

// Field API names: reference/zoho-crm-api.md §3.2. Keep docs/field-mapping.md in step.
QList<FieldMapping> personMappings()
{
    return {
        M{"Salutation", "N.prefix"},
        M{"First_Name", "N.given"},
        M{"Last_Name", "N.family"},
        M{"Email", "EMAIL;TYPE=work"},
        M{"Secondary_Email", "EMAIL;TYPE=home"},
        M{"Phone", "TEL;TYPE=work"},
        M{"Mobile", "TEL;TYPE=cell"},
        M{"Fax", "TEL;TYPE=fax"},
        M{"Description", "NOTE"},
    };
}

QList<FieldMapping> contactMappings()
{
    QList<FieldMapping> m = personMappings();
    m += {
        M{"Home_Phone", "TEL;TYPE=home"},
        M{"Title", "TITLE"},
        M{"Department", "ORG.unit"},
        M{"Date_of_Birth", "BDAY"},
        M{"Mailing_Street", "ADR;TYPE=work.street"},
        M{"Mailing_City", "ADR;TYPE=work.locality"},
        M{"Mailing_State", "ADR;TYPE=work.region"},
        M{"Mailing_Zip", "ADR;TYPE=work.code"},
        M{"Mailing_Country", "ADR;TYPE=work.country"},
        M{"Other_Street", "ADR;TYPE=home.street"},
        M{"Other_City", "ADR;TYPE=home.locality"},
        M{"Other_State", "ADR;TYPE=home.region"},
        M{"Other_Zip", "ADR;TYPE=home.code"},
        M{"Other_Country", "ADR;TYPE=home.country"},
    };
    return m;
}

QList<FieldMapping> leadMappings()
{
    QList<FieldMapping> m = personMappings();
    m += {
        M{"Company", "ORG.name"},
        M{"Designation", "TITLE"},
        M{"Website", "URL"},
        M{"Street", "ADR;TYPE=work.street"},
        M{"City", "ADR;TYPE=work.locality"},
        M{"State", "ADR;TYPE=work.region"},
        M{"Zip_Code", "ADR;TYPE=work.code"},
        M{"Country", "ADR;TYPE=work.country"},
    };
    return m;
}

QList<FieldMapping> vendorMappings()
{
    return {
        M{"Vendor_Name", "ORG.name"},
        M{"Email", "EMAIL;TYPE=work"},
        M{"Phone", "TEL;TYPE=work"},
        M{"Website", "URL"},
        M{"Street", "ADR;TYPE=work.street"},
        M{"City", "ADR;TYPE=work.locality"},
        M{"State", "ADR;TYPE=work.region"},
        M{"Zip_Code", "ADR;TYPE=work.code"},
        M{"Country", "ADR;TYPE=work.country"},
        M{"Description", "NOTE"},
    };
}

QList<FieldMapping> eventMappings()
{
    return {
        M{"Event_Title", "SUMMARY"},
        M{"Start_DateTime", "DTSTART"},
        M{"End_DateTime", "DTEND"},
        M{"All_day", "ALLDAY"},
        M{"Venue", "LOCATION"},
        M{"Description", "DESCRIPTION"},
        M{"Remind_At", "VALARM"},
        M{"Recurring_Activity", "RRULE"},
        M{"Participants", "ATTENDEE"},
    };
}

QList<FieldMapping> taskMappings()
{
    return {
        M{"Subject", "SUMMARY"},
        M{"Due_Date", "DUE"},
        M{"Status", "STATUS"},
        M{"Priority", "PRIORITY"},
        M{"Description", "DESCRIPTION"},
        M{"Remind_At", "VALARM"},
        M{"Recurring_Activity", "RRULE"},
    };
}

} // namespace

FieldMap FieldMap::defaultFor(ModuleInfo::Module module)
{
    switch (module) {
    case ModuleInfo::Module::Contacts: return FieldMap(contactMappings());
    case ModuleInfo::Module::Leads: return FieldMap(leadMappings());
    case ModuleInfo::Module::Vendors: return FieldMap(vendorMappings());
    case ModuleInfo::Module::Events: return FieldMap(eventMappings());
    case ModuleInfo::Module::Tasks: return FieldMap(taskMappings());
    }
    return {};
}

QStringList FieldMap::crmFields() const
{
    QStringList out;
    out.reserve(m_mappings.size());
    for (const FieldMapping &m : m_mappings)
        out << m.crm;
    return out;
}

QString FieldMap::remoteFor(const QString &crmField) const
{
    for (const FieldMapping &m : m_mappings) {
        if (m.crm == crmField)
            return m.remote;
    }
    return {};
}

} // namespace crmsync
