// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordrenderer.h"
#include "fieldsmetadata.h"
#include "zohotime.h"

namespace crmsandbox {

RecordRenderer::RecordRenderer(int utcOffsetSecs)
    : m_utcOffsetSecs(utcOffsetSecs)
{
}

QString RecordRenderer::time(qint64 epochSecs) const
{
    return ZohoTime::format(epochSecs, m_utcOffsetSecs);
}

QJsonObject RecordRenderer::user(bool withEmail)
{
    QJsonObject u{{QStringLiteral("name"), QStringLiteral("Sandbox User")},
                  {QStringLiteral("id"), QStringLiteral("4876876000000225013")}};
    if (withEmail)
        u.insert(QStringLiteral("email"), QStringLiteral("sandbox.user@example.com"));
    return u;
}

void RecordRenderer::applyDerived(const QString &module, QJsonObject &fields)
{
    if (module == QLatin1String("Contacts") || module == QLatin1String("Leads")) {
        const QString full = (fields.value(QStringLiteral("First_Name")).toString() + QLatin1Char(' ')
                              + fields.value(QStringLiteral("Last_Name")).toString()).trimmed();
        fields.insert(QStringLiteral("Full_Name"), full);
    }
}

QJsonObject RecordRenderer::render(const StoredRecord &record, const QStringList &fields) const
{
    QJsonObject all = record.fields;
    all.insert(QStringLiteral("Created_Time"), time(record.created));
    all.insert(QStringLiteral("Modified_Time"), time(record.modified));
    if (!all.value(QStringLiteral("Owner")).isObject())
        all.insert(QStringLiteral("Owner"), user());
    all.insert(QStringLiteral("Created_By"), user());
    all.insert(QStringLiteral("Modified_By"), user());

    QJsonObject out{{QStringLiteral("id"), QString::number(record.id)}};
    if (fields.isEmpty()) {
        for (const FieldDef &def : FieldsMetadata::fields(record.module))
            out.insert(def.apiName, all.value(def.apiName).isUndefined() ? QJsonValue() : all.value(def.apiName));
        if (all.contains(QStringLiteral("$se_module")))
            out.insert(QStringLiteral("$se_module"), all.value(QStringLiteral("$se_module")));
        return out;
    }
    for (const QString &name : fields) {
        // Unknown API names in `fields` are skipped (emulator choice, README).
        if (name == QLatin1String("id") || !FieldsMetadata::field(record.module, name))
            continue;
        out.insert(name, all.value(name).isUndefined() ? QJsonValue() : all.value(name));
        if ((name == QLatin1String("What_Id")) && all.contains(QStringLiteral("$se_module")))
            out.insert(QStringLiteral("$se_module"), all.value(QStringLiteral("$se_module")));
    }
    return out;
}

QJsonObject RecordRenderer::writeDetails(const StoredRecord &record) const
{
    return QJsonObject{{QStringLiteral("id"), QString::number(record.id)},
                       {QStringLiteral("Created_Time"), time(record.created)},
                       {QStringLiteral("Modified_Time"), time(record.modified)},
                       {QStringLiteral("Created_By"), user(false)},
                       {QStringLiteral("Modified_By"), user(false)},
                       {QStringLiteral("$approval_state"), QStringLiteral("approved")}};
}

} // namespace crmsandbox
