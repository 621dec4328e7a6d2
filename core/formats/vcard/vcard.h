// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vcardproperty.h"
#include "vcardversion.h"

#include <QByteArray>
#include <QList>

namespace crmsync {

/*!
 * \brief One vCard: its properties in source order plus the bytes around them.
 *
 * beginBytes() holds the BEGIN:VCARD line and anything the parser skipped before it
 * (blank lines between cards), endBytes() the END:VCARD line and what trails the last card,
 * so that writing an unchanged card gives back its input byte for byte.
 */
class VCard
{
public:
    VCard() = default;

    //! From the VERSION property; 3.0 when there is none (read leniently).
    VCardVersion version() const;
    bool hasVersion() const { return indexOf(u"VERSION") >= 0; }
    //! Sets or adds VERSION (added right after BEGIN, RFC 6350 §6.7.9).
    void setVersion(VCardVersion version);

    QList<VCardProperty> &properties() { return m_properties; }
    const QList<VCardProperty> &properties() const { return m_properties; }
    //! Index of the first property called \a name at or after \a from, or -1.
    int indexOf(QStringView name, int from = 0) const;
    const VCardProperty *first(QStringView name) const;
    //! Adds a property at the end, i.e. just before END:VCARD, in this card's dialect.
    void append(VCardProperty property);
    void insert(int index, VCardProperty property);
    void removeAt(int index);

    //! "\r\n" or "\n", as the card's first line ended; new lines use the same.
    QByteArray lineEnding() const { return m_lineEnding; }
    void setLineEnding(const QByteArray &eol) { m_lineEnding = eol; }
    QByteArray beginBytes() const { return m_beginBytes; }
    void setBeginBytes(const QByteArray &bytes) { m_beginBytes = bytes; }
    QByteArray endBytes() const { return m_endBytes; }
    void setEndBytes(const QByteArray &bytes) { m_endBytes = bytes; }

    //! True when any property lost its original bytes (it will be serialised afresh).
    bool isModified() const;

    /*!
     * Rewrites a vCard 2.1 card as 3.0: we read 2.1 but do not write it, because its
     * quoted-printable and CHARSET values cannot be mixed with 3.0 lines (RFC 2426 §5 has
     * neither). Values are re-escaped, bare types become TYPE=, ENCODING=BASE64 becomes
     * ENCODING=b and CHARSET/quoted-printable go. Does nothing to 3.0 and 4.0 cards.
     */
    void convertToVersion30();

private:
    QList<VCardProperty> m_properties;
    QByteArray m_lineEnding = QByteArrayLiteral("\r\n");
    QByteArray m_beginBytes;
    QByteArray m_endBytes;
};

} // namespace crmsync
