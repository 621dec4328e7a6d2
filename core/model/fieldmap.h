// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldmapping.h"
#include "moduleinfo.h"

#include <QList>
#include <QStringList>

namespace crmsync {

/*!
 * \brief The field pairs a profile syncs. Only mapped fields take part in comparison,
 * merging and writing; everything else on either side is left as it is.
 */
class FieldMap
{
public:
    FieldMap() = default;
    explicit FieldMap(QList<FieldMapping> mappings) : m_mappings(std::move(mappings)) {}

    //! The documented default for a module (docs/field-mapping.md).
    static FieldMap defaultFor(ModuleInfo::Module module);

    const QList<FieldMapping> &mappings() const { return m_mappings; }
    QStringList crmFields() const;
    //! The remote path for a CRM field, or empty when it is not mapped.
    QString remoteFor(const QString &crmField) const;
    bool isEmpty() const { return m_mappings.isEmpty(); }

    bool operator==(const FieldMap &o) const { return m_mappings == o.m_mappings; }

private:
    QList<FieldMapping> m_mappings;
};

} // namespace crmsync
