// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace crmsandbox {

//! One field of a module, as `GET /settings/fields` describes it (reference §3.4).
struct FieldDef
{
    QString apiName;
    QString label;
    QString dataType; // text, email, phone, picklist, date, datetime, boolean, ...
    int length = 255;
    bool systemMandatory = false;
    bool customField = false;
    bool readOnly = false;
    QStringList pickList;

    QString jsonType() const;
};

/*!
 * \brief The emulated modules and their fields (reference §3.2–§3.4): which
 * modules exist, which fields are mandatory or unique, and the metadata JSON.
 */
class FieldsMetadata
{
public:
    static const QStringList &modules();
    static bool isModule(const QString &module);
    static const QList<FieldDef> &fields(const QString &module);
    static const FieldDef *field(const QString &module, const QString &apiName);
    //! Mandatory on insert: system-mandatory plus Standard-layout-mandatory fields (§3.3).
    static QStringList mandatoryFields(const QString &module);
    //! The system duplicate-check fields (§2.7: Email for Leads/Contacts); empty if none.
    static QStringList uniqueFields(const QString &module);
    //! Whether `/upsert` is offered for the module (§2.7: not Tasks/Events).
    static bool supportsUpsert(const QString &module);
    //! The name shown in the deleted-records list (§2.6 display_name).
    static QString displayFieldValue(const QString &module, const class QJsonObject &fields);
    static QJsonArray toJson(const QString &module);
};

} // namespace crmsandbox
