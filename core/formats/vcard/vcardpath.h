// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vcardproperty.h"

#include <QString>
#include <QStringList>

namespace crmsync {

/*!
 * \brief A parsed remote path of a field mapping (model/fieldmapping.h, docs/vcard.md):
 * property name, an optional TYPE filter and an optional component of a structured value.
 *
 * "EMAIL" is the first EMAIL; "EMAIL;TYPE=work" the first EMAIL whose TYPE includes work;
 * "ADR;TYPE=work.street" the street of the first work address; "N.family", "ORG.unit".
 */
class VCardPath
{
public:
    static VCardPath parse(const QString &remote);

    bool isValid() const { return !m_name.isEmpty(); }
    //! The property name in upper case.
    QString name() const { return m_name; }
    //! The TYPE filter in lower case, empty when there is none.
    QStringList types() const { return m_types; }
    //! Index into the structured value (RFC 6350 §6.2.2 N, §6.3.1 ADR, §6.6.4 ORG), or -1.
    int component() const { return m_component; }
    //! How many components a new property of this name gets (5 for N, 7 for ADR).
    int componentCount() const;

    //! Whether \a property is one this path may select.
    bool matches(const VCardProperty &property) const;

private:
    QString m_name;
    QStringList m_types;
    int m_component = -1;
};

} // namespace crmsync
