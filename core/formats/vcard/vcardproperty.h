// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vcardparameter.h"
#include "vcardversion.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace crmsync {

/*!
 * \brief One content line of a vCard, kept losslessly.
 *
 * The value is held in its escaped wire form (after unfolding, quoted-printable and
 * charset decoding), so nothing is lost by reading it. original() holds the exact bytes
 * the line had in its source, folded and with its line breaks; as long as the property is
 * not changed, VCardWriter writes those bytes back. Every setter drops them, so a changed
 * property is serialised afresh in its card's style.
 */
class VCardProperty
{
public:
    //! How a property's value is structured (RFC 6350 §6, RFC 2426 §3).
    enum class Kind { Text, Structured, List, Raw };

    VCardProperty() = default;
    explicit VCardProperty(const QString &name, const QString &rawValue = {});

    static Kind kindOf(QStringView name);
    Kind kind() const { return kindOf(m_name); }

    QString group() const { return m_group; }
    void setGroup(const QString &group);
    QString name() const { return m_name; }
    void setName(const QString &name);
    //! Property names are case-insensitive (RFC 6350 §3.3).
    bool is(QStringView name) const { return m_name.compare(name, Qt::CaseInsensitive) == 0; }

    const QList<VCardParameter> &params() const { return m_params; }
    void setParams(const QList<VCardParameter> &params);
    void addParam(const VCardParameter &param);
    void removeParams(QStringView name);
    bool hasParam(QStringView name) const;
    //! All values of the parameters called \a name, repeated or comma-separated, in order.
    QStringList paramValues(QStringView name) const;
    //! TYPE values in lower case, including vCard 2.1 bare types.
    QStringList types() const;
    bool hasType(QStringView type) const;

    //! The escaped value as it appears on the wire (unfolded, decoded).
    QString rawValue() const { return m_value; }
    void setRawValue(const QString &value);

    //! The whole value unescaped.
    QString text() const;
    //! Escapes \a text as this property's kind needs (raw kinds: only backslashes and line breaks).
    void setText(const QString &text);
    //! Structured components split on unescaped ';' and unescaped (RFC 6350 §3.4).
    QStringList components() const;
    void setComponents(const QStringList &components);
    //! List items split on unescaped ','.
    QStringList listValues() const;
    void setListValues(const QStringList &values);

    //! The dialect the value is escaped in.
    VCardVersion syntax() const { return m_syntax; }
    void setSyntax(VCardVersion syntax) { m_syntax = syntax; }

    //! Source bytes of the line(s), empty for a new or changed property.
    QByteArray original() const { return m_original; }
    void setOriginal(const QByteArray &bytes) { m_original = bytes; }
    bool hasOriginal() const { return !m_original.isEmpty(); }
    void dropOriginal() { m_original.clear(); }

    //! 1-based line in the source where the property starts, 0 for a new one.
    int line() const { return m_line; }
    void setLine(int line) { m_line = line; }

private:
    QString m_group;
    QString m_name;
    QList<VCardParameter> m_params;
    QString m_value;
    QByteArray m_original;
    VCardVersion m_syntax = VCardVersion::V30;
    int m_line = 0;
};

} // namespace crmsync
