// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace crmsync {

/*!
 * \brief The CRM modules CRM Sync knows, with the facts the engine needs about each:
 * API name, which format the other side holds, and the fields Zoho refuses to create
 * a record without (reference/zoho-crm-api.md §3.3).
 */
class ModuleInfo
{
public:
    enum class Module { Contacts, Leads, Vendors, Tasks, Events };
    //! What an item of this module looks like on the non-CRM side.
    enum class Format { VCard, VEvent, VTodo };

    static std::optional<ModuleInfo> fromApiName(const QString &apiName);
    static ModuleInfo of(Module m);
    static QList<ModuleInfo> all();

    Module module() const { return m_module; }
    QString apiName() const;
    Format format() const;
    bool isCard() const { return format() == Format::VCard; }
    //! File suffix in a folder store: "vcf" or "ics".
    QString fileSuffix() const;
    //! Fields a create must carry; Leads' Company is layout-mandatory in the Standard layout (§3.3).
    QStringList mandatoryFields() const;
    //! Translated, plural display name ("Contacts" / 連絡先).
    QString displayName() const;

    bool operator==(const ModuleInfo &o) const { return m_module == o.m_module; }

private:
    explicit ModuleInfo(Module m) : m_module(m) {}
    Module m_module;
};

} // namespace crmsync
