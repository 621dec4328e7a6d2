// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace crmsandbox {

//! The outcome of checking one input record: the normalised fields, or Zoho's error item.
struct ValidationResult
{
    bool ok = false;
    QJsonObject fields; // writable fields to store (datetimes normalised to the org offset)
    QJsonObject error; // {"code","details","message","status":"error"} when !ok
};

/*!
 * \brief Checks one record of an insert/update body against the module's
 * field metadata the way Zoho does (reference/zoho-crm-api.md §2.3, §3.1, §3.3):
 * MANDATORY_NOT_FOUND, INVALID_DATA for wrong types, formats and lengths.
 */
class RecordValidator
{
public:
    explicit RecordValidator(int utcOffsetSecs);

    //! \a index is the record's position in `data` (for `json_path`); \a insert
    //! demands all mandatory fields, an update only checks what it sends.
    ValidationResult validate(const QString &module, const QJsonObject &input, int index,
                              bool insert) const;

    static QJsonObject mandatoryError(const QString &apiName, int index);
    static QJsonObject invalidData(const QString &apiName, int index, const QJsonObject &extra = {});

private:
    int m_utcOffsetSecs;
};

} // namespace crmsandbox
