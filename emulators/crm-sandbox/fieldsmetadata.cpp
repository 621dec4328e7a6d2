// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldsmetadata.h"

#include <QHash>
#include <QJsonObject>

namespace crmsandbox {

namespace {

FieldDef f(const char *api, const char *label, const char *type, int length = 255)
{
    FieldDef def;
    def.apiName = QString::fromLatin1(api);
    def.label = QString::fromLatin1(label);
    def.dataType = QString::fromLatin1(type);
    def.length = length;
    return def;
}

FieldDef mandatory(FieldDef def)
{
    def.systemMandatory = true;
    return def;
}

FieldDef custom(FieldDef def)
{
    def.customField = true;
    return def;
}

FieldDef readOnly(FieldDef def)
{
    def.readOnly = true;
    return def;
}

FieldDef pick(FieldDef def, const QStringList &values)
{
    def.pickList = values;
    return def;
}

// Fields every module carries (reference §3.2 "common system fields").
QList<FieldDef> systemFields()
{
    return {f("Owner", "Owner", "ownerlookup", 120),
            readOnly(f("Created_By", "Created By", "ownerlookup", 120)),
            readOnly(f("Modified_By", "Modified By", "ownerlookup", 120)),
            readOnly(f("Created_Time", "Created Time", "datetime", 120)),
            readOnly(f("Modified_Time", "Modified Time", "datetime", 120))};
}

const QStringList LeadSources = {QStringLiteral("-None-"), QStringLiteral("Advertisement"),
                                 QStringLiteral("Cold Call"), QStringLiteral("Employee Referral"),
                                 QStringLiteral("Trade Show"), QStringLiteral("Web Download")};

QHash<QString, QList<FieldDef>> buildModules()
{
    QHash<QString, QList<FieldDef>> m;
    // Field API names from the official v8 SDK record/field.py (reference §3.2);
    // lengths follow Zoho's usual metadata (text 255, email 100, phone 30, textarea 32000).
    m[QStringLiteral("Contacts")] = {
        f("First_Name", "First Name", "text", 40), mandatory(f("Last_Name", "Last Name", "text", 80)),
        readOnly(f("Full_Name", "Full Name", "text")), pick(f("Salutation", "Salutation", "picklist", 120), {QStringLiteral("-None-"), QStringLiteral("Mr."), QStringLiteral("Mrs."), QStringLiteral("Ms."), QStringLiteral("Dr."), QStringLiteral("Prof.")}),
        f("Email", "Email", "email", 100), f("Secondary_Email", "Secondary Email", "email", 100),
        f("Phone", "Phone", "phone", 30), f("Mobile", "Mobile", "phone", 30),
        f("Home_Phone", "Home Phone", "phone", 30), f("Other_Phone", "Other Phone", "phone", 30),
        f("Fax", "Fax", "phone", 30), f("Title", "Title", "text", 100), f("Department", "Department", "text", 100),
        f("Account_Name", "Account Name", "lookup", 120), f("Date_of_Birth", "Date of Birth", "date", 20),
        f("Description", "Description", "textarea", 32000),
        f("Mailing_Street", "Mailing Street", "text", 250), f("Mailing_City", "Mailing City", "text", 100),
        f("Mailing_State", "Mailing State", "text", 100), f("Mailing_Zip", "Mailing Zip", "text", 30),
        f("Mailing_Country", "Mailing Country", "text", 100),
        f("Other_Street", "Other Street", "text", 250), f("Other_City", "Other City", "text", 100),
        f("Other_State", "Other State", "text", 100), f("Other_Zip", "Other Zip", "text", 30),
        f("Other_Country", "Other Country", "text", 100),
        f("Assistant", "Assistant", "text", 100), f("Asst_Phone", "Asst Phone", "phone", 30),
        f("Skype_ID", "Skype ID", "text", 50), f("Twitter", "Twitter", "text", 50),
        f("Email_Opt_Out", "Email Opt Out", "boolean", 5),
        pick(f("Lead_Source", "Lead Source", "picklist", 120), LeadSources),
        // Custom fields: Zoho names them after their label, custom_field:true (reference §3.4).
        custom(pick(f("Customer_Rank", "Customer Rank", "picklist", 120), {QStringLiteral("-None-"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})),
        custom(f("Phonetic_Last_Name", "Phonetic Last Name", "text", 80)),
        custom(f("Phonetic_First_Name", "Phonetic First Name", "text", 40))};
    m[QStringLiteral("Leads")] = {
        f("First_Name", "First Name", "text", 40), mandatory(f("Last_Name", "Last Name", "text", 80)),
        readOnly(f("Full_Name", "Full Name", "text")),
        pick(f("Salutation", "Salutation", "picklist", 120), {QStringLiteral("-None-"), QStringLiteral("Mr."), QStringLiteral("Mrs."), QStringLiteral("Ms."), QStringLiteral("Dr."), QStringLiteral("Prof.")}),
        f("Company", "Company", "text", 200),
        f("Designation", "Title", "text", 100), f("Email", "Email", "email", 100),
        f("Secondary_Email", "Secondary Email", "email", 100), f("Phone", "Phone", "phone", 30),
        f("Mobile", "Mobile", "phone", 30), f("Fax", "Fax", "phone", 30), f("Website", "Website", "website", 255),
        f("Street", "Street", "text", 250), f("City", "City", "text", 100), f("State", "State", "text", 100),
        f("Zip_Code", "Zip Code", "text", 30), f("Country", "Country", "text", 100),
        f("Description", "Description", "textarea", 32000),
        pick(f("Lead_Source", "Lead Source", "picklist", 120), LeadSources),
        pick(f("Lead_Status", "Lead Status", "picklist", 120), {QStringLiteral("-None-"), QStringLiteral("Not Contacted"), QStringLiteral("Attempted to Contact"), QStringLiteral("Contact in Future"), QStringLiteral("Contacted"), QStringLiteral("Junk Lead"), QStringLiteral("Lost Lead"), QStringLiteral("Pre-Qualified")}),
        f("Industry", "Industry", "picklist", 120), f("Annual_Revenue", "Annual Revenue", "currency", 16),
        f("No_of_Employees", "No. of Employees", "integer", 9), f("Email_Opt_Out", "Email Opt Out", "boolean", 5),
        custom(f("Referral_Code", "Referral Code", "text", 50))};
    m[QStringLiteral("Vendors")] = {
        mandatory(f("Vendor_Name", "Vendor Name", "text", 120)), f("Email", "Email", "email", 100),
        f("Phone", "Phone", "phone", 30), f("Website", "Website", "website", 255),
        f("Category", "Category", "text", 120), f("GL_Account", "GL Account", "picklist", 120),
        f("Street", "Street", "text", 250), f("City", "City", "text", 100), f("State", "State", "text", 100),
        f("Zip_Code", "Zip Code", "text", 30), f("Country", "Country", "text", 100),
        f("Description", "Description", "textarea", 32000), f("Email_Opt_Out", "Email Opt Out", "boolean", 5)};
    m[QStringLiteral("Tasks")] = {
        mandatory(f("Subject", "Subject", "text", 300)), f("Due_Date", "Due Date", "date", 20),
        pick(f("Status", "Status", "picklist", 120), {QStringLiteral("Not Started"), QStringLiteral("Deferred"), QStringLiteral("In Progress"), QStringLiteral("Completed"), QStringLiteral("Waiting for input")}),
        pick(f("Priority", "Priority", "picklist", 120), {QStringLiteral("High"), QStringLiteral("Highest"), QStringLiteral("Low"), QStringLiteral("Lowest"), QStringLiteral("Normal")}),
        f("What_Id", "Related To", "lookup", 120), f("Who_Id", "Contact Name", "lookup", 120),
        f("Description", "Description", "textarea", 32000), f("Remind_At", "Reminder", "alarm", 255),
        f("Recurring_Activity", "Repeat", "RRULE", 255),
        f("Send_Notification_Email", "Send Notification Email", "boolean", 5),
        readOnly(f("Closed_Time", "Closed Time", "datetime", 120))};
    m[QStringLiteral("Events")] = {
        mandatory(f("Event_Title", "Title", "text", 255)), mandatory(f("Start_DateTime", "From", "datetime", 120)),
        mandatory(f("End_DateTime", "To", "datetime", 120)), f("All_day", "All day", "boolean", 5),
        f("Venue", "Location", "text", 255), f("Description", "Description", "textarea", 32000),
        f("Participants", "Participants", "multiselectlookup", 2000),
        f("Remind_At", "Reminder", "datetime", 120), f("Recurring_Activity", "Repeat", "RRULE", 255),
        f("What_Id", "Related To", "lookup", 120), f("Who_Id", "Contact Name", "lookup", 120),
        pick(f("Meeting_Venue__s", "Meeting Venue", "picklist", 120), {QStringLiteral("Online"), QStringLiteral("In-office"), QStringLiteral("Phone")})};
    for (auto it = m.begin(); it != m.end(); ++it)
        it.value().append(systemFields());
    return m;
}

const QHash<QString, QList<FieldDef>> &allModules()
{
    static const QHash<QString, QList<FieldDef>> modules = buildModules();
    return modules;
}

} // namespace

QString FieldDef::jsonType() const
{
    if (dataType == QLatin1String("boolean"))
        return QStringLiteral("boolean");
    if (dataType == QLatin1String("integer"))
        return QStringLiteral("integer");
    if (dataType == QLatin1String("double") || dataType == QLatin1String("currency"))
        return QStringLiteral("double");
    if (dataType == QLatin1String("lookup") || dataType == QLatin1String("ownerlookup")
        || dataType == QLatin1String("alarm") || dataType == QLatin1String("RRULE"))
        return QStringLiteral("jsonobject");
    if (dataType == QLatin1String("multiselectlookup") || dataType == QLatin1String("multiselectpicklist"))
        return QStringLiteral("jsonarray");
    return QStringLiteral("string");
}

const QStringList &FieldsMetadata::modules()
{
    static const QStringList names = {QStringLiteral("Contacts"), QStringLiteral("Leads"),
                                      QStringLiteral("Vendors"), QStringLiteral("Tasks"),
                                      QStringLiteral("Events")};
    return names;
}

bool FieldsMetadata::isModule(const QString &module)
{
    // API names are case-sensitive (reference §0 "Module API names").
    return allModules().contains(module);
}

const QList<FieldDef> &FieldsMetadata::fields(const QString &module)
{
    static const QList<FieldDef> none;
    const auto it = allModules().constFind(module);
    return it == allModules().cend() ? none : it.value();
}

const FieldDef *FieldsMetadata::field(const QString &module, const QString &apiName)
{
    for (const FieldDef &def : fields(module)) {
        if (def.apiName == apiName)
            return &def;
    }
    return nullptr;
}

QStringList FieldsMetadata::mandatoryFields(const QString &module)
{
    QStringList names;
    for (const FieldDef &def : fields(module)) {
        if (def.systemMandatory)
            names.append(def.apiName);
    }
    // Company is mandatory only through the Standard layout (reference §3.3), but
    // that layout is what every org starts with, so inserts without it fail.
    if (module == QLatin1String("Leads"))
        names.append(QStringLiteral("Company"));
    return names;
}

QStringList FieldsMetadata::uniqueFields(const QString &module)
{
    if (module == QLatin1String("Contacts") || module == QLatin1String("Leads"))
        return {QStringLiteral("Email")};
    return {};
}

bool FieldsMetadata::supportsUpsert(const QString &module)
{
    return module != QLatin1String("Tasks") && module != QLatin1String("Events");
}

QString FieldsMetadata::displayFieldValue(const QString &module, const QJsonObject &fields)
{
    if (module == QLatin1String("Vendors"))
        return fields.value(QStringLiteral("Vendor_Name")).toString();
    if (module == QLatin1String("Tasks"))
        return fields.value(QStringLiteral("Subject")).toString();
    if (module == QLatin1String("Events"))
        return fields.value(QStringLiteral("Event_Title")).toString();
    return fields.value(QStringLiteral("Full_Name")).toString();
}

QJsonArray FieldsMetadata::toJson(const QString &module)
{
    QJsonArray array;
    int serial = 0;
    for (const FieldDef &def : fields(module)) {
        QJsonArray picks;
        for (const QString &value : def.pickList) {
            picks.append(QJsonObject{{QStringLiteral("display_value"), value},
                                     {QStringLiteral("actual_value"), value},
                                     {QStringLiteral("reference_value"), value}});
        }
        const bool mandatory = def.systemMandatory;
        array.append(QJsonObject{
            {QStringLiteral("id"), QString::number(4876876000000002000LL + modules().indexOf(module) * 100 + ++serial)},
            {QStringLiteral("api_name"), def.apiName},
            {QStringLiteral("field_label"), def.label},
            {QStringLiteral("display_label"), def.label},
            {QStringLiteral("data_type"), def.dataType},
            {QStringLiteral("json_type"), def.jsonType()},
            {QStringLiteral("length"), def.length},
            {QStringLiteral("system_mandatory"), mandatory},
            {QStringLiteral("custom_field"), def.customField},
            {QStringLiteral("read_only"), def.readOnly},
            {QStringLiteral("field_read_only"), def.readOnly},
            {QStringLiteral("visible"), true},
            {QStringLiteral("pick_list_values"), picks},
        });
    }
    return array;
}

} // namespace crmsandbox
