// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/itemcodec.h"
#include "model/moduleinfo.h"

#include <QDateTime>

#include <functional>

namespace crmsync {

/*!
 * \brief iCalendar (RFC 5545) codec for CRM Events (VEVENT) and Tasks (VTODO), on libical.
 *
 * One item is one VCALENDAR resource: one master component, its RECURRENCE-ID overrides
 * with the same UID and the VTIMEZONEs it uses (RFC 4791 §4.1). encode() patches the
 * original's master and keeps everything else; paths, value forms and decisions are in
 * docs/icalendar.md.
 */
class ICalCodec : public ItemCodec
{
public:
    using Clock = std::function<QDateTime()>;

    //! \a format is VEvent or VTodo; \a clock gives DTSTAMP/LAST-MODIFIED (tests inject one).
    explicit ICalCodec(ModuleInfo::Format format, Clock clock = {});

    Result<DecodedItem> decode(const QByteArray &raw, const FieldMap &map) const override;
    Result<QByteArray> encode(const QJsonObject &fields, const QByteArray &original,
                              const FieldMap &map, const QString &uid) const override;

    //! The canonical spelling of an RRULE value (libical's: FREQ first, INTERVAL=1
    //! dropped); empty when \a rule is not a valid RRULE. The CRM side uses it too.
    static QString canonicalRRule(const QString &rule);

private:
    QDateTime now() const;

    ModuleInfo::Format m_format;
    Clock m_clock;
};

} // namespace crmsync
