// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace crmsync {

//! A version that lost a conflict, kept so the user can see and restore it.
struct ConflictRecord
{
    enum class LosingSide { Crm, Remote };
    LosingSide losingSide = LosingSide::Remote;
    QJsonObject losing;
    QJsonObject winning;
    //! The fields both sides changed differently (empty for edit-vs-delete).
    QStringList fields;
    QString reason;
};

} // namespace crmsync
