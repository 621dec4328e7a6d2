// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/itemcodec.h"
#include "model/moduleinfo.h"

#include <QJsonValue>

namespace crmsync {

/*!
 * \brief The CRM side's ItemCodec: a Zoho record's JSON object ⇄ canonical mapped values.
 *
 * decode() turns Zoho's shapes (reference/zoho-crm-api.md §3.1–3.2) into CanonicalValue
 * forms: date-times in UTC, lookups to their name, Participants to sorted lower-case
 * e-mail addresses, Tasks' Remind_At ALARM to a date-time, Recurring_Activity to its
 * RRULE without DTSTART. uid is the record id.
 *
 * encode() returns the JSON object to send for a create or an update: only mapped
 * fields, in Zoho's request shapes. Unlike file formats, the original is not patched:
 * Zoho updates are partial (§2.4), so unmapped fields stay as they are on the server by
 * not being sent. For an update (\a original non-empty), a mapped field absent from
 * \a fields that has a value in \a original is sent as null to clear it.
 */
class ZohoRecordCodec : public ItemCodec
{
public:
    explicit ZohoRecordCodec(const ModuleInfo &module);

    Result<DecodedItem> decode(const QByteArray &raw, const FieldMap &map) const override;
    Result<QByteArray> encode(const QJsonObject &fields, const QByteArray &original, const FieldMap &map,
                              const QString &uid) const override;

    //! One Zoho value of \a field in canonical form (Undefined when empty).
    QJsonValue decodeValue(const QString &field, const QJsonValue &value) const;
    static void normalizeAllDay(const QJsonObject &record, QJsonObject &fields);
    static void allDayToZoho(const QJsonObject &original, QJsonObject &out);
    //! One canonical value back in Zoho's request shape; \a fields gives context (RRULE DTSTART).
    QJsonValue encodeValue(const QString &field, const QJsonValue &value, const QJsonObject &fields,
                           const QJsonObject &original) const;

private:
    ModuleInfo m_module;
};

} // namespace crmsync
