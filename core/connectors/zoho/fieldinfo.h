// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace crmsync {

/*!
 * \brief One field of a CRM module as the field metadata API describes it
 * (GET /crm/v8/settings/fields?module=X, reference/zoho-crm-api.md §3.4).
 */
struct FieldInfo
{
    QString apiName;
    //! The label shown in the CRM (field_label), in the org's language.
    QString label;
    //! "text", "email", "date", "datetime", "lookup", "picklist", …
    QString dataType;
    bool systemMandatory = false;
    bool customField = false;
    bool readOnly = false;

    bool operator==(const FieldInfo &o) const
    {
        return apiName == o.apiName && label == o.label && dataType == o.dataType
            && systemMandatory == o.systemMandatory && customField == o.customField && readOnly == o.readOnly;
    }
};

} // namespace crmsync
