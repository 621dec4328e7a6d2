// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace crmsync {

/*!
 * \brief Upper bounds on what one item of text from a server or a file may make the
 * vCard, iCalendar and Zoho JSON readers do, and the Data errors that name a limit.
 *
 * Every limit is far above what real exports hold (docs/vcard.md "Limits",
 * docs/icalendar.md "Limits", docs/fuzzing.md): an item over one is hostile or broken,
 * and refusing it with a clear error beats a crash, a hang or gigabytes of memory.
 */
class ParseLimits
{
    Q_DECLARE_TR_FUNCTIONS(ParseLimits)
public:
    //! One vCard or one calendar object resource (all its components), in bytes.
    static constexpr qsizetype MaxItemBytes = 20 * 1024 * 1024;
    //! One physical line, and one content line after unfolding (RFC 5545 §3.1, RFC 6350 §3.2).
    static constexpr qsizetype MaxLineBytes = 10 * 1024 * 1024;
    //! One physical iCalendar line: libical 3.0 reads a line in time that grows with the
    //! square of its length (a 10 MB line took half a minute), folded lines in linear time.
    static constexpr qsizetype MaxICalPhysicalLineBytes = 1024 * 1024;
    //! Properties of one vCard.
    static constexpr int MaxVCardProperties = 10000;
    //! Content lines (properties, BEGIN and END) of one calendar object resource.
    static constexpr int MaxICalContentLines = 100000;
    //! Parameters of one property.
    static constexpr int MaxParameters = 100;
    //! One parameter (name, "=", values) in bytes.
    static constexpr qsizetype MaxParameterBytes = 64 * 1024;
    //! BEGIN nesting of iCalendar components (VCALENDAR > VEVENT > VALARM is 3).
    static constexpr int MaxComponentDepth = 16;
    //! One Zoho CRM record as JSON.
    static constexpr qsizetype MaxJsonRecordBytes = 8 * 1024 * 1024;
    //! Arrays and objects inside each other in one Zoho CRM record.
    static constexpr int MaxJsonDepth = 32;
    //! Instances of one recurring item across all its RRULEs and RDATEs.
    static constexpr int MaxRecurrenceInstances = 100000;

    static Error itemTooLarge(const QString &what, qsizetype size, qsizetype limit);
    static Error lineTooLong(const QString &where, qsizetype length, qsizetype limit = MaxLineBytes);
    static Error unfoldedLineTooLong(const QString &where, qsizetype length);
    static Error tooManyProperties(const QString &what, int limit);
    static Error nestedTooDeep(const QString &where, int limit);

    /*!
     * Checks the parameters in \a header, the part of an unfolded content line before its
     * value ("TEL;TYPE=work,voice"): at most MaxParameters, each at most MaxParameterBytes.
     * Semicolons inside double quotes do not separate (RFC 6350 §3.3, RFC 5545 §3.2).
     */
    static std::optional<Error> checkParameters(QByteArrayView header, const QString &where);

    //! Checks size and nesting of a Zoho record's JSON before it is parsed; \a what names it.
    static std::optional<Error> checkJson(QByteArrayView json, const QString &what);

    //! \a n with the user's digit grouping ("2,000,000").
    static QString number(qint64 n);
};

} // namespace crmsync
